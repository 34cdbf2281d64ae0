import { Document, Packer, Paragraph } from 'docx';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeContent, TEST_SURGEON } from '../helpers/library.js';
import { filesIn, run } from '../helpers/run-cli.js';
import { makeZip } from './make-zip.js';

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** A valid Word document with the given paragraphs (Heading 1 for the first). */
async function wordDocument(paragraphs: string[]): Promise<Buffer> {
  const children = paragraphs.map((text, index) => new Paragraph(index === 0 ? { text, heading: 'Heading1' } : { text }));
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/** A throwaway content folder and a file in it; the import's output and what it wrote. */
async function importFile(name: string, bytes: Buffer | string, extra: string[] = [], files: Record<string, Buffer | string> = {}) {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON, ...files });
  const source = join(content, 'in', name);
  await mkdir(join(content, 'in'), { recursive: true });
  await writeFile(source, bytes);
  const before = await filesIn(content);
  const result = await run(['import', source, '--content', content, '--today', '2026-12-01', ...extra]);
  const written = (await filesIn(content)).filter((file) => !before.includes(file));
  return { ...result, content, source, written };
}

describe('handouts import: files it cannot read', () => {
  test.each([
    ['a damaged .docx', 'damaged.docx', Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]), 'the file is damaged: it has no zip directory', 'import/docx'],
    ['a password-protected .docx', 'secret.docx', Buffer.concat([OLE, Buffer.alloc(500), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(500)]), 'the file is password-protected: open it in Word, remove the password', 'import/kind'],
    ['an old binary .doc', 'old.doc', Buffer.concat([OLE, Buffer.alloc(500), Buffer.from('WordDocument', 'utf16le'), Buffer.alloc(500)]), 'the file is an old Word 97–2003 document (.doc); open it in Word and save it as a Word document (.docx)', 'import/kind'],
    ['a PDF', 'leaflet.pdf', Buffer.from('%PDF-1.4\n%test\n'), 'the file is a PDF: its text cannot be read back reliably in order', 'import/kind'],
    ['a PDF renamed .docx', 'leaflet.docx', Buffer.from('%PDF-1.7\n%test\n'), 'the file is a PDF', 'import/kind'],
    ['an empty file', 'empty.docx', Buffer.alloc(0), 'the file is empty: there is nothing to import', 'import/kind'],
    ['a plain-text file', 'notes.txt', Buffer.from('Some notes.'), 'the file has the extension ".txt"; handouts import reads Word documents (.docx), saved web pages (.html, .htm) and markdown (.md)', 'import/kind'],
    ['a zip that is not a Word document', 'photos.docx', makeZip([{ name: 'photo.png', data: PNG }]), 'the file is a zip archive but not a Word document (it has no word/document.xml)', 'import/docx'],
    ['a zip bomb (60 MB of zeros in 60 KB)', 'bomb.docx', makeZip([{ name: 'word/document.xml', data: Buffer.alloc(60_000_000) }]), 'would unpack to more than 50 MB, far more than any leaflet; it looks like a zip bomb and is refused before anything is unpacked', 'import/docx'],
    ['a zip bomb whose directory lies about its size', 'liar.docx', makeZip([{ name: 'word/document.xml', data: Buffer.alloc(5_000_000), statedSize: 1_000 }]), 'does not unpack to the 1000 bytes its directory states; it is refused', 'import/docx'],
  ])('%s is an error naming the file, exit 1, nothing written', async (_what, name, bytes, message, rule) => {
    const result = await importFile(name, bytes);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${result.source}:1:1 error `);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toMatch(new RegExp(` ${rule}\n$`));
    expect(result.written).toEqual([]);
  });

  test('a .docx cut short while copying is reported as damaged', async () => {
    const whole = await wordDocument(['Test heading', 'Test text.']);
    const result = await importFile('cut.docx', whole.subarray(0, Math.floor(whole.length / 2)));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error the file is damaged/);
    expect(result.written).toEqual([]);
  });

  test('a Word document with no text is an error', async () => {
    const result = await importFile('blank.docx', await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('')] }] })));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the file has no text to import');
  });

  test('a page that converts to more than 1 MB of markdown is refused, not cut', async () => {
    const paragraph = `<p>${'Test words for a very long page. '.repeat(200)}</p>\n`;
    const result = await importFile('long.html', `<h1>Test long page</h1>\n${paragraph.repeat(180)}`);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the file converts to 1\.\d MB of markdown, over the 1 MB limit for a handout/);
    expect(result.written).toEqual([]);
  });
});

describe('handouts import: character sets', () => {
  test('a page saved as Windows-1252 that says so is read in that character set', async () => {
    // One byte per character: é is 0xE9, ï 0xEF, and Windows-1252 puts the curly quotes at 0x93 and 0x94.
    const bytes = Buffer.from('<meta charset="windows-1252"><h1>Test caf\u00e9 page</h1><p>Test \u0093quoted\u0094 na\u00efve text.</p>', 'latin1');
    const result = await importFile('old.html', bytes);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const markdown = await readFile(join(result.content, 'handouts/test-cafe-page.md'), 'utf8');
    expect(markdown).toContain('title: "Test caf\u00e9 page"');
    expect(markdown).toContain('Test \u201cquoted\u201d na\u00efve text.');
  });

  test('a page in an undeclared character set is an error', async () => {
    const result = await importFile('odd.html', Buffer.from('<h1>Test caf\u00e9</h1>', 'latin1'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('the file is neither UTF-8 text nor in the character set its <meta charset> names');
  });
});

describe('handouts import: never overwrites, never half-writes', () => {
  test('an existing slug is an error naming the file, which is left as it was', async () => {
    const result = await importFile('again.html', '<h1>Test page</h1><p>New text.</p>', [], { 'handouts/test-page.md': 'the clinic’s own file\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${join(result.content, 'handouts/test-page.md')} already exists; it was left as it is, and nothing was written. Import under another name with --slug  import/exists`);
    expect(await readFile(join(result.content, 'handouts/test-page.md'), 'utf8')).toBe('the clinic’s own file\n');
    expect(result.written).toEqual([]);
  });

  test('--dry-run converts, checks and reports, and writes nothing', async () => {
    const result = await importFile('page.html', '<h1>Test page</h1><h2>Test question?</h2><p>Test answer.</p><img src="pic.png" alt="Test picture">', ['--dry-run'], { 'in/pic.png': PNG });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('page.html → ');
    expect(result.stdout).toContain('  dry run: nothing written\n');
    expect(result.stdout).toContain('checked 1 of 1 file (dry run: nothing written)');
    expect(result.written).toEqual([]);
  });

  test('a handout the press would refuse (a character the font lacks) is reported as the build would, and nothing is written', async () => {
    const result = await importFile('page.html', '<h1>Test page</h1><h2>Test question?</h2><p>Test answer שלום.</p><img src="pic.png" alt="Test picture">', [], { 'in/pic.png': PNG });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${join(result.content, 'handouts/test-page.md').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ error .*U\\+05E9`));
    expect(result.stdout).toContain('not written: the new handout has');
    expect(result.written).toEqual([]);
  });

  test('a handout that cannot be written takes its pictures with it: no image folder is left behind', async () => {
    const content = await makeContent({ handouts: 'a file where the handouts folder should be', 'in/page.html': '<h1>Test page</h1><p>Test text.</p><img src="pic.png" alt="Test picture">', 'in/pic.png': PNG });
    const result = await run(['import', join(content, 'in/page.html'), '--content', content, '--today', '2026-12-01']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^cannot write .*test-page\.md.*: a file stands where a folder should be\n$/);
    expect(await filesIn(join(content, 'images'))).toEqual([]);
  });

  test('one bad file among good ones: the good one is imported, the run exits 1', async () => {
    const content = await makeContent({ 'in/good.html': '<h1>Test good page</h1><p>Test text.</p>', 'in/bad.pdf': '%PDF-1.4\n' });
    const result = await run(['import', join(content, 'in/bad.pdf'), join(content, 'in/good.html'), '--content', content, '--today', '2026-12-01']);
    expect(result.code).toBe(1);
    // Located at the file as it was named, with the rule from the catalogue.
    expect(result.stderr).toContain(`${join(content, 'in/bad.pdf')}:1:1 error the file is a PDF: its text cannot be read back reliably in order. Import the Word document or web page it was made from instead  import/kind\n`);
    expect(await filesIn(join(content, 'handouts'))).toEqual(['test-good-page.md']);
    expect(result.stdout).toContain('imported 1 of 2 files');
  });

  test('a file that does not exist is a usage error, found before anything is imported', async () => {
    const content = await makeContent({ 'in/good.html': '<h1>Test good page</h1><p>Test text.</p>' });
    const result = await run(['import', join(content, 'in/good.html'), join(content, 'in/missing.docx'), '--content', content]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`"${join(content, 'in/missing.docx')}" does not exist; name the Word documents (.docx), saved web pages (.html) or markdown files (.md) to import. Use --help to see the options.`);
    expect(await filesIn(join(content, 'handouts'))).toEqual([]);
  });

  test.each([
    ['--surgeon dr-nobody', ['--surgeon', 'dr-nobody'], '--surgeon "dr-nobody" is not a surgeon (known: test-surgeon)'],
    ['--brand nobody', ['--brand', 'nobody'], '--brand "nobody" is not a brand (known: vicoss)'],
    ['--today 2026-02-30', ['--today', '2026-02-30'], '--today "2026-02-30" must be a real date written as YYYY-MM-DD'],
    ['--slug Bad_Slug', ['--slug', 'Bad_Slug'], '--slug "Bad_Slug" must use only lower-case letters'],
  ])('%s is a usage error, exit 2, nothing written', async (_flag, flags, message) => {
    const result = await importFile('page.html', '<h1>Test page</h1><p>Test text.</p>', flags);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.written).toEqual([]);
  });

  test('--slug with more than one file is a usage error', async () => {
    const result = await run(['import', 'a.docx', 'b.docx', '--slug', 'x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--slug names one handout');
  });
});

describe('handouts import: suggestions', () => {
  const page = '<h1>Test risks</h1><h2>How often does it go wrong?</h2><p>About 2.9% of test patients need a second operation.</p><p>Warning: stop the test tablets a week before.</p><p>Between 17% and 28% of test patients, or 5%, have pain.</p>';

  test('are HTML comments beside the text by default, and change no word', async () => {
    const result = await importFile('risks.html', page);
    const markdown = await readFile(join(result.content, 'handouts/test-risks.md'), 'utf8');
    expect(markdown).toContain('<!-- import: could be a statistic box: 2.9% -->\n\nAbout 2.9% of test patients need a second operation.');
    expect(markdown).toContain('<!-- import: could be a warning box -->\n\nWarning: stop the test tablets a week before.');
    // Two different figures: which one a box would show is a person's call.
    expect(markdown).toContain('\n\nBetween 17% and 28% of test patients, or 5%, have pain.');
    expect(markdown).not.toMatch(/could be a statistic box: (17|5)%/);
  });

  test('--apply-suggestions makes the boxes with the figure exactly as written and no source', async () => {
    const result = await importFile('risks.html', page, ['--apply-suggestions']);
    expect(result.code).toBe(0);
    const markdown = await readFile(join(result.content, 'handouts/test-risks.md'), 'utf8');
    expect(markdown).toContain(':::stat{value="2.9%"}\nAbout 2.9% of test patients need a second operation.\n:::');
    expect(markdown).toContain(':::warning\nWarning: stop the test tablets a week before.\n:::');
    expect(markdown).not.toContain('source=');
    expect(result.stdout).toContain('lint/stat-source ×1');
  });
});

describe('handouts import: markdown', () => {
  test('keeps the body as written and adds the document-control fields it lacks', async () => {
    const body = '## Test question?\n\nTest answer, kept *exactly* as written.\n';
    const result = await importFile('old.md', `---\ntitle: "Test old handout"\nlanguage: en-GB\n---\n\n${body}`);
    expect(result.code).toBe(0);
    const markdown = await readFile(join(result.content, 'handouts/test-old-handout.md'), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "Test old handout"\nlanguage: en-GB\ndoc_id: "DRAFT-test-old-handout"\nversion: "0.1"\nreviewed: 2026-12-01\nreview_due: 2027-12-01\nimported_from: "old.md"\n---\n/);
    expect(markdown.endsWith(body)).toBe(true);
  });

  test('takes the title from a # line when there is no front matter', async () => {
    const result = await importFile('plain.md', '# Test plain handout\n\nTest intro.\n\n## Test question?\n\nTest answer.\n');
    expect(result.code).toBe(0);
    const markdown = await readFile(join(result.content, 'handouts/test-plain-handout.md'), 'utf8');
    expect(markdown).toMatch(/^---\ntitle: "Test plain handout"\n/);
    expect(markdown).not.toContain('# Test plain handout');
    expect(markdown).toContain('Test intro.\n\n## Test question?\n\nTest answer.\n');
  });

  test('copies its PNG pictures beside the handout and points the links at them; a GIF is left out and reported', async () => {
    const body = 'Test intro.\n\n![Test picture](pics/one.png "Test caption")\n\n![Test animation](pics/two.gif)\n\n## Test question?\n\nTest answer.\n';
    const result = await importFile('pics.md', `# Test pictures\n\n${body}`, [], { 'in/pics/one.png': PNG, 'in/pics/two.gif': 'GIF89a test' });
    expect(result.code).toBe(0);
    const markdown = await readFile(join(result.content, 'handouts/test-pictures.md'), 'utf8');
    expect(markdown).toContain('Test intro.\n\n![Test picture](../images/test-pictures/image-1.png "Test caption")\n\n\n\n## Test question?');
    expect(result.written).toEqual(['handouts/test-pictures.md', 'images/test-pictures/image-1.png']);
    expect(result.stderr).toBe('pics.md:7:1 warning image "Test animation" is not a PNG or JPEG, the kinds a PDF can print; save it as PNG and add it by hand (left out)  import/image\n');
  });

  test('is read by the press’s own reader: a file that is not UTF-8 is an error with its line', async () => {
    const result = await importFile('latin.md', Buffer.concat([Buffer.from('# Test title\n\nCaf'), Buffer.from([0xe9]), Buffer.from('.\n')]));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('latin.md:1:1 error the file cannot be read (line 3: file is not valid UTF-8; save it as UTF-8');
    expect(result.written).toEqual([]);
  });
});
