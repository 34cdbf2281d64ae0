import { AlignmentType, Document, ExternalHyperlink, Footer, FootnoteReferenceRun, Header, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeContent, TEST_SURGEON } from '../helpers/library.js';
import { bodyText, readPdf, type PdfReadback } from '../helpers/pdf.js';
import { filesIn, run } from '../helpers/run-cli.js';
import { questionsOf } from './helpers.js';

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

/** The leaflet's text: fictional, clearly test data. */
const TITLE = 'Test knee scope';
const INTRO = 'This test leaflet is for people having a test knee scope.';
const QUESTIONS = ['What is a test knee scope?', 'What happens on the test day?', 'How do I look after the test wound?'];
const HEADER_TEXT = 'Test Clinic letterhead for tests only';
const FOOTER_TEXT = 'Test footer with a fictional reference number';

function text(value: string, options: { bold?: boolean } = {}) {
  return new TextRun({ text: value, ...options });
}

/** A Word leaflet as clinics write them: Title style, Heading 1 questions, lists, a table, a picture, a letterhead. */
async function leaflet(): Promise<Buffer> {
  const numbered = { reference: 'steps', levels: [0, 1].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })) };
  const doc = new Document({
    numbering: { config: [numbered] },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(HEADER_TEXT)] }) },
        footers: { default: new Footer({ children: [new Paragraph(FOOTER_TEXT)] }) },
        children: [
          new Paragraph({ text: TITLE, heading: HeadingLevel.TITLE }),
          new Paragraph(INTRO),
          new Paragraph({ text: TITLE, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: QUESTIONS[0], heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              text('The surgeon looks inside the knee with a '),
              text('small test camera', { bold: true }),
              text('. Read more on '),
              new ExternalHyperlink({ link: 'https://example.org/test-knee', children: [new TextRun({ text: 'the test page', style: 'Hyperlink' })] }),
              text('.'),
            ],
          }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 60, height: 60 }, altText: { name: 'knee', title: 'Test knee', description: 'A test drawing of the knee' } })] }),
          new Paragraph({ text: QUESTIONS[1], heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: 'Before you come in', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Stop eating six hours before.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Water is fine until two hours before.', numbering: { reference: 'steps', level: 1 } }),
          new Paragraph({ text: 'Bring your test scans.', numbering: { reference: 'steps', level: 0 } }),
          new Paragraph({ text: 'Wear loose clothes.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Shorts are best.', bullet: { level: 1 } }),
          new Paragraph({ text: QUESTIONS[2], heading: HeadingLevel.HEADING_1 }),
          new Table({
            rows: [
              ['Day', 'What to do'],
              ['1 to 2', 'Keep the dressing dry.'],
              ['3 to 10', 'Change the dressing daily.'],
            ].map((cells) => new TableRow({ children: cells.map((cell) => new TableCell({ children: [new Paragraph(cell)] })) })),
          }),
          new Paragraph('About 2% of test patients get a wound infection.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Every sentence of the leaflet's body, as written in Word. */
const BODY_SENTENCES = [
  INTRO,
  ...QUESTIONS,
  'The surgeon looks inside the knee with a small test camera.',
  'Read more on the test page.',
  'Before you come in',
  'Stop eating six hours before.',
  'Water is fine until two hours before.',
  'Bring your test scans.',
  'Wear loose clothes.',
  'Shorts are best.',
  'Keep the dressing dry.',
  'Change the dressing daily.',
  'About 2% of test patients get a wound infection.',
];

describe('handouts import: a Word document', () => {
  let content: string;
  let report: { code: number; stdout: string; stderr: string };
  let markdown: string;
  let pdf: PdfReadback;

  beforeAll(async () => {
    content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON });
    const source = join(content, 'test-knee-scope.docx');
    await writeFile(source, await leaflet());
    report = await run(['import', source, '--content', content, '--surgeon', 'test-surgeon', '--today', '2026-12-01']);
    markdown = await readFile(join(content, 'handouts/test-knee-scope.md'), 'utf8');
    const built = await run(['build', '--content', content, '--out', join(content, 'out'), '--size', 'a4', '--jobs', '1']);
    expect(built.stderr).not.toMatch(/ error /);
    pdf = await readPdf(await readFile(join(content, 'out/test-knee-scope/test-knee-scope-a4.pdf')));
  }, 120_000);

  test('should write the handout with front matter as handouts new does, and the file it came from', () => {
    expect(report.code).toBe(0);
    expect(markdown).toMatch(/^---\ntitle: "Test knee scope"\nsurgeon: test-surgeon\n/);
    expect(markdown).toContain('doc_id: "DRAFT-test-knee-scope"\nversion: "0.1"\nreviewed: 2026-12-01\nreview_due: 2027-12-01\n');
    expect(markdown).toContain('imported_from: "test-knee-scope.docx"\n');
  });

  test('should print every sentence of the Word body in the A4 PDF', () => {
    const text = bodyText(pdf, []);
    expect(BODY_SENTENCES.filter((sentence) => !text.includes(sentence))).toEqual([]);
  });

  test('should make the Heading 1 paragraphs the questions, in order, and drop the heading that repeats the title', () => {
    expect(questionsOf(markdown)).toEqual(QUESTIONS);
    // The surgeon's bio adds its own bookmark after the questions.
    expect(pdf.bookmarks.filter((title) => !title.startsWith('About '))).toEqual(QUESTIONS);
    expect(markdown).toContain('### Before you come in');
    expect(report.stdout).toMatch(/test-knee-scope\.docx paragraph 3: heading "Test knee scope" only repeats the title/);
  });

  test('should keep the numbered and bulleted lists with their nesting', () => {
    expect(markdown).toContain('1. Stop eating six hours before.\n   1. Water is fine until two hours before.\n2. Bring your test scans.');
    expect(markdown).toContain('- Wear loose clothes.\n  - Shorts are best.');
    expect(bodyText(pdf, [])).toMatch(/1\.\s*Stop eating six hours before\.\s*1\.\s*Water is fine until two hours before\.\s*2\.\s*Bring your test scans\./);
  });

  test('should keep the table with its header row', () => {
    expect(bodyText(pdf, [])).toMatch(/Day\s+What to do\s+1 to 2\s+Keep the dressing dry\.\s+3 to 10\s+Change the dressing daily\./);
    expect(markdown).toMatch(/\| Day +\| What to do +\|\n\| -+ \| -+ \|\n\| 1 to 2 +\| Keep the dressing dry\. +\|\n\| 3 to 10 +\| Change the dressing daily\. +\|/);
  });

  test('should keep bold and links', () => {
    expect(markdown).toContain('**small test camera**');
    expect(markdown).toContain('[the test page](https://example.org/test-knee)');
    expect(pdf.links.flat()).toContain('https://example.org/test-knee');
  });

  test('should copy the picture into content/images/<slug>/ with its alt text', async () => {
    expect(markdown).toContain('![A test drawing of the knee](../images/test-knee-scope/image-1.png)');
    expect(await filesIn(join(content, 'images'))).toEqual(['test-knee-scope/image-1.png']);
    expect((await readFile(join(content, 'out/test-knee-scope/test-knee-scope-a4.pdf'))).toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  test('should leave the page header and footer out of the handout, and list them', () => {
    const text = bodyText(pdf, []);
    expect(text).not.toContain(HEADER_TEXT);
    expect(text).not.toContain(FOOTER_TEXT);
    expect(markdown).not.toContain(HEADER_TEXT);
    expect(report.stdout).toContain(`test-knee-scope.docx word/header1.xml: page header: "${HEADER_TEXT}"`);
    expect(report.stdout).toContain(`test-knee-scope.docx word/footer1.xml: page footer: "${FOOTER_TEXT}"`);
  });

  test('should suggest a statistic box as a comment, with the figure exactly as written', () => {
    expect(markdown).toContain('<!-- import: could be a statistic box: 2% -->\n\nAbout 2% of test patients get a wound infection.');
    expect(report.stdout).toMatch(/paragraph \d+: could be a statistic box: 2%/);
  });

  test('should end the report with the lint summary of the new handout', () => {
    expect(report.stdout).toMatch(/lint: 0 errors, \d+ warnings? \([^)]*lint\/placeholder ×1[^)]*\); reading grade SMOG/);
    expect(report.stdout).toContain(`written: ${join(content, 'images/test-knee-scope/image-1.png')}, ${join(content, 'handouts/test-knee-scope.md')}`);
  });
});

describe('handouts import: Word footnotes and pictures the press cannot print', () => {
  const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///ywAAAAAAQABAAACAUwAOw==', 'base64');

  test('should keep footnotes as a list marked [n], report a GIF as left out and a picture without alt text', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Test footnote text.')] } },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Test notes', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Main test sentence.'), new FootnoteReferenceRun(1)] }),
            new Paragraph({ children: [new ImageRun({ type: 'gif', data: GIF, transformation: { width: 10, height: 10 } })] }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 10, height: 10 } })] }),
          ],
        },
      ],
    });
    const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON });
    await writeFile(join(content, 'notes.docx'), await Packer.toBuffer(doc));

    const result = await run(['import', join(content, 'notes.docx'), '--content', content, '--today', '2026-12-01']);

    expect(result.code).toBe(0);
    const markdown = await readFile(join(content, 'handouts/test-notes.md'), 'utf8');
    expect(markdown).toContain('Main test sentence.\\[1]');
    expect(markdown).toContain('1. Test footnote text.');
    expect(markdown).not.toContain('↑');
    expect(result.stdout).toContain('notes.docx paragraph 3: an image with no alt text is not a PNG or JPEG, the kinds a PDF can print');
    expect(result.stderr).toContain('notes.docx paragraph 3 warning an image with no alt text is not a PNG or JPEG, the kinds a PDF can print; save it as PNG and add it by hand (left out)  import/image\n');
    expect(result.stderr).toContain('notes.docx paragraph 4 warning image image-1.png has no alt text; describe what it shows, for readers who cannot see it  import/image-alt\n');
    expect(await filesIn(join(content, 'images'))).toEqual(['test-notes/image-1.png']);
  });
});

describe('handouts import: a Word table of contents', () => {
  test('should leave out the lines in the "toc" styles, listed with their paragraph numbers, and count paragraphs as Word does', async () => {
    const doc = new Document({
      styles: { paragraphStyles: [1, 2].map((level) => ({ id: `TOC${level}`, name: `toc ${level}`, run: {} })) },
      sections: [
        {
          children: [
            new Paragraph({ text: 'Test contents', heading: HeadingLevel.TITLE }),
            new Paragraph({ text: 'What is a test?\t2', style: 'TOC1' }),
            new Paragraph({ text: 'Why test?\t3', style: 'TOC1' }),
            new Paragraph({ text: 'What is a test?', heading: HeadingLevel.HEADING_1 }),
            new Paragraph('A test answer of about 5% length.'),
          ],
        },
      ],
    });
    const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON });
    await writeFile(join(content, 'contents.docx'), await Packer.toBuffer(doc));

    const result = await run(['import', join(content, 'contents.docx'), '--content', content, '--today', '2026-12-01']);

    expect(result.code).toBe(0);
    const markdown = await readFile(join(content, 'handouts/test-contents.md'), 'utf8');
    expect(markdown).not.toContain('Why test?');
    expect(questionsOf(markdown)).toEqual(['What is a test?']);
    expect(result.stdout).toContain('contents.docx paragraph 2: table of contents: "What is a test? 2"');
    expect(result.stdout).toContain('contents.docx paragraph 3: table of contents: "Why test? 3"');
    expect(result.stdout).toContain('contents.docx paragraph 5: could be a statistic box: 5%');
  });
});
