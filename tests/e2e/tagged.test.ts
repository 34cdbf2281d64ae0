import { execFileSync, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import { PDFParse } from 'pdf-parse';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HandoutDocument } from '../../src/model/document.js';
import { loadProject, prepareHandout } from '../../src/build/prepare.js';
import { renderDocument } from '../../src/render/render-document.js';
import { SIZES } from '../../src/print/sizes.js';
import { scanMarkedContent } from '../helpers/content-stream.js';
import { makeContent, TEST_SURGEON } from '../helpers/library.js';
import { longHandout } from '../helpers/long-handout.js';
import { filesIn, run } from '../helpers/run-cli.js';
import { seedParagraphs, sentences } from '../helpers/seed.js';
import { readTagged, squeeze, type StructElement, type TaggedReadback } from '../helpers/tagged-pdf.js';

// Every screen edition is tagged (PDF/UA-1); the imposed and bleed editions are not.
const SCREEN_SIZES = ['a4', 'letter', 'a5', 'large-print'] as const;
const FBSS = 'failed-back-surgery-syndrome';
const DISCLAIMER =
  'All information is general in nature. Patients should consider their own personal circumstances and seek a second opinion. Any surgical or invasive procedure carries risks.';
const LINK_URL = 'https://example.org/test-page';
const WEB_URL = 'https://example.org/handouts/long';

interface Subject {
  document: HandoutDocument;
  /** Sentences in the order a reader must meet them. */
  sentences: string[];
  questions: string[];
}

interface Edition {
  tagged: Uint8Array;
  readback: TaggedReadback;
}

const subjects = new Map<string, Subject>();
const editions = new Map<string, Edition>();
const cases: Array<[string, string]> = [];
for (const name of ['fbss', 'long']) for (const size of SCREEN_SIZES) cases.push([name, size]);

/** The long handout, with a surgeon, an inline link and a web version (QR code) added: clearly test data. */
function longSource(): { text: string; sentences: string[] } {
  const long = longHandout();
  const linkSentence = 'Read the sample rules before you start.';
  const text = long.text
    .replace('title: "Sample long handout for layout tests"', `title: "Sample long handout for layout tests"\nsurgeon: test-surgeon\nweb_url: ${WEB_URL}`)
    .concat(`\n## Where can I read more?\n\n${linkSentence} The [sample rules page](${LINK_URL}) lists them.\n`);
  return { text, sentences: [...long.sentences, linkSentence, 'The sample rules page lists them.', 'A fictional surgeon used only in tests.'] };
}

async function prepare(contentDir: string, file: string): Promise<HandoutDocument> {
  const project = await loadProject(contentDir, () => {});
  const prepared = await prepareHandout({ path: resolve(contentDir, 'handouts', file), fileSlug: file.replace(/\.md$/, '') }, project, { today: '2026-11-25' });
  if (!prepared.document) throw new Error(JSON.stringify(prepared.diagnostics));
  return prepared.document;
}

beforeAll(async () => {
  const fbss = await prepare('content', `${FBSS}.md`);
  const seed = sentences(seedParagraphs()).filter((s) => !DISCLAIMER.includes(s) && s !== 'Dr David Edis' && s !== fbss.meta.title);
  subjects.set('fbss', { document: fbss, sentences: seed, questions: fbss.sections.map((s) => s.title) });
  const long = longSource();
  const dir = await makeContent({ 'handouts/long.md': long.text, 'surgeons/test-surgeon.md': TEST_SURGEON });
  const longDoc = await prepare(dir, 'long.md');
  subjects.set('long', { document: longDoc, sentences: long.sentences, questions: longDoc.sections.map((s) => s.title) });
  for (const [name, size] of cases) {
    const tagged = await renderDocument(subjects.get(name)!.document, SIZES[size]!, { bleed: 0, writingPages: 0, tagged: true });
    editions.set(`${name} ${size}`, { tagged, readback: await readTagged(tagged) });
  }
}, 300_000);

const all = (readback: TaggedReadback, role: string): StructElement[] => readback.elements.filter((element) => element.role === role);

describe.each(cases)('the tagged %s handout in %s', (name, size) => {
  const edition = () => editions.get(`${name} ${size}`)!;
  const subject = () => subjects.get(name)!;

  test('should put every text item in a structure element or an artifact', () => {
    const { readback } = edition();
    for (const page of readback.pages) {
      expect(page.untagged).toEqual([]);
      expect(page.dangling).toEqual([]);
    }
  });

  test('should read every source sentence in source order, the disclaimer last', () => {
    const text = squeeze(edition().readback.text);
    let from = 0;
    const outOfOrder: string[] = [];
    for (const sentence of subject().sentences) {
      const at = text.indexOf(squeeze(sentence), from);
      if (at < 0) outOfOrder.push(sentence);
      else from = at + squeeze(sentence).length;
    }
    expect(outOfOrder).toEqual([]);
    const paragraphs = all(edition().readback, 'P');
    expect(squeeze(paragraphs.at(-1)?.flow ?? '')).toBe(squeeze(subject().document.disclaimer));
  });

  test('should have one H1, and one H2 per question in order, each opening a Sect', () => {
    const { readback } = edition();
    expect(all(readback, 'H1').map((h) => squeeze(h.flow))).toEqual([squeeze(subject().document.meta.title)]);
    const headings = all(readback, 'H2').map((h) => squeeze(h.flow));
    // A heading is never split over pages, so each appears once.
    expect(headings.slice(0, subject().questions.length)).toEqual(subject().questions.map(squeeze));
    const sectHeads = readback.elements.filter((e) => e.role === 'Sect').map((sect) => sect.children[0]?.role ?? sect.children.length);
    expect(sectHeads.filter((role) => role === 'H2').length).toBeGreaterThanOrEqual(subject().questions.length);
  });

  test('should tag lists as L > LI > Lbl + LBody, nested lists inside LBody', () => {
    const { readback } = edition();
    const items = all(readback, 'LI');
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(item.children.every((child) => child.role === 'Lbl' || child.role === 'LBody')).toBe(true);
    const nested = all(readback, 'LBody').filter((body) => body.children.some((child) => child.role === 'L'));
    expect(nested.length).toBeGreaterThan(0);
  });

  test('should give every statistic picture one Figure whose alt is its natural frequency', () => {
    const figures = all(edition().readback, 'Figure');
    const stats = figures.filter((figure) => /^(About|Between|Fewer|More) .* in [\d,]+ people/.test(figure.alt ?? ''));
    expect(stats.length).toBeGreaterThan(0);
    for (const figure of figures) expect(figure.alt?.trim()).toBeTruthy();
  });

  test('should keep page numbers and the running footer out of the structure', () => {
    const { readback } = edition();
    readback.pages.forEach((page, index) => {
      expect(page.artifacts.join(' ')).toContain(`Page ${index + 1} of ${readback.pages.length}`);
      if (index < readback.pages.length - 1) expect(squeeze(page.artifacts.join(''))).toContain(squeeze(DISCLAIMER));
    });
    expect(squeeze(readback.text)).not.toContain('Page1of');
    // Read once: the disclaimer is in the structure exactly once.
    expect(squeeze(readback.text).split(squeeze(DISCLAIMER)).length - 1).toBe(1);
  });

  test('should nest every painting operator in balanced marked content, never across q/Q', async () => {
    const reports = await scanMarkedContent(edition().tagged);
    for (const report of reports) {
      expect(report.painted).toBeGreaterThan(0);
      expect({ page: report.page, unmarked: report.unmarked, unbalanced: report.unbalanced, crossing: report.crossing }).toEqual({ page: report.page, unmarked: 0, unbalanced: 0, crossing: 0 });
    }
  });

  test('should say it is tagged, in its language, with PDF/UA metadata and complete ToUnicode maps', async () => {
    const { tagged } = edition();
    const pdf = await PDFDocument.load(tagged, { updateMetadata: false });
    const catalog = pdf.catalog;
    const markInfo = catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))?.toString()).toBe('true');
    expect(catalog.get(PDFName.of('Lang'))?.toString()).toBe(`(${subject().document.meta.language})`);
    expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))?.toString()).toBe('true');
    const xmp = Buffer.from(catalog.lookup(PDFName.of('Metadata'), PDFRawStream).getContents()).toString('utf8');
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<dc:language><rdf:Bag><rdf:li>${subject().document.meta.language}</rdf:li>`);
    expect(xmp).toContain('<dc:title>');
    expect(xmp).toContain('<dc:creator>');
    for (const page of pdf.getPages()) if (page.node.Annots()) expect(page.node.get(PDFName.of('Tabs'))?.toString()).toBe('/S');
    // Every embedded font maps every glyph it uses to characters: pdfkit writes an empty `<>`
    // for a glyph it was given no code points for.
    const fonts = pdf.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('Subtype'))?.toString() === '/Type0');
    expect(fonts.length).toBeGreaterThan(0);
    // Every font is embedded: no standard 14 font (Helvetica…), which a PDF/UA file may not use unembedded.
    const standard = pdf.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('Subtype'))?.toString() === '/Type1');
    expect(standard).toEqual([]);
    for (const [, font] of fonts) {
      const cmap = (font as PDFDict).lookup(PDFName.of('ToUnicode'), PDFRawStream);
      const text = Buffer.from(decodePDFRawStream(cmap).decode()).toString('latin1');
      expect(text).toContain('beginbfrange');
      expect(text).not.toMatch(/<>/);
    }
  });
});

describe('tagged structure where the source has it', () => {
  test('a table is Table > TR > TH with /Scope /Column, then TD', async () => {
    const { readback, tagged } = editions.get('long a4')!;
    const tables = all(readback, 'Table');
    expect(tables.length).toBeGreaterThan(0);
    const [header, row] = tables[0]!.children;
    expect(header?.role).toBe('TR');
    expect(header?.children.map((cell) => cell.role)).toEqual(['TH', 'TH', 'TH']);
    expect(header?.children.map((cell) => squeeze(cell.flow))).toEqual(['Item', 'Whatitmeans', 'When']);
    expect(row?.children.map((cell) => cell.role)).toEqual(['TD', 'TD', 'TD']);
    // pdf.js does not expose attributes: read the TH elements' /A with pdf-lib.
    const pdf = await PDFDocument.load(tagged, { updateMetadata: false });
    const headers = pdf.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('S'))?.toString() === '/TH');
    expect(headers.length).toBeGreaterThan(0);
    for (const [, th] of headers) {
      const attributes = (th as PDFDict).get(PDFName.of('A')) as PDFDict;
      expect(attributes.get(PDFName.of('Scope'))?.toString()).toBe('/Column');
    }
  });

  test('a table split over pages reads its header row once; the repeated header rows are artifacts', async () => {
    const rows = Array.from({ length: 70 }, (_, n) => `| Test row ${n + 1} | Value ${n + 1} |`).join('\n');
    const source = `---\ntitle: "Split table test"\n---\n\n## What is in the long table?\n\n| Column heading one | Column heading two |\n| --- | --- |\n${rows}\n`;
    const dir = await makeContent({ 'handouts/split.md': source });
    const document = await prepare(dir, 'split.md');
    const readback = await readTagged(await renderDocument(document, SIZES.a4!, { bleed: 0, writingPages: 0, tagged: true }));
    const continued = readback.pages.slice(1).filter((page) => page.artifacts.some((text) => text.includes('Column heading one')));
    expect(continued.length).toBeGreaterThan(0);
    const headers = all(readback, 'TH').map((cell) => squeeze(cell.flow));
    expect(headers).toEqual(['Columnheadingone', 'Columnheadingtwo']);
    expect(readback.pages.flatMap((page) => page.untagged)).toEqual([]);
    expect(squeeze(readback.text)).toContain(squeeze('Test row 70'));
  });

  test('a link is a Link element holding its text and its annotation, which says where it goes', async () => {
    const { readback, tagged } = editions.get('long a4')!;
    const links = all(readback, 'Link');
    const inline = links.find((link) => squeeze(link.flow) === 'samplerulespage');
    expect(inline?.annotations).toBeGreaterThan(0);
    expect(links.find((link) => link.flow === WEB_URL)?.annotations).toBeGreaterThan(0);
    const pdf = await PDFDocument.load(tagged, { updateMetadata: false });
    for (const page of pdf.getPages()) {
      for (const ref of page.node.Annots()?.asArray() ?? []) {
        const annotation = pdf.context.lookup(ref as PDFRef, PDFDict);
        expect(annotation.get(PDFName.of('StructParent'))).toBeDefined();
        expect(annotation.get(PDFName.of('Contents'))?.toString()).toMatch(/^\(https:/);
      }
    }
  });

  test('the QR code is a Figure saying where it leads, and the surgeon bio a Sect with its heading', () => {
    const { readback } = editions.get('long a4')!;
    expect(all(readback, 'Figure').some((figure) => figure.alt?.includes(WEB_URL) && /QR code/.test(figure.alt))).toBe(true);
    const bio = readback.elements.find((element) => element.role === 'Sect' && element.children.some((child) => child.role === 'H2' && squeeze(child.flow) === squeeze('About Dr Test Surgeon')));
    expect(bio).toBeDefined();
  });

  test('a paragraph split over two pages stays one P', () => {
    const { readback } = editions.get('long a4')!;
    // An element met on two pages appears in both pages' trees with the same text split in two.
    const firstOnPage = readback.pages.slice(1).map((page) => firstLeaf(page.roots));
    expect(firstOnPage.some((leaf) => leaf !== undefined && leaf.role === 'P' && !/^[A-Z]/.test(leaf.text))).toBe(true);
  });
});

function firstLeaf(elements: readonly StructElement[]): StructElement | undefined {
  const first = elements[0];
  if (!first) return undefined;
  return first.children.length > 0 && first.text === '' ? firstLeaf(first.children) : first;
}

describe('tagging changes no pixel', () => {
  test.each(cases)('the %s handout in %s renders the same tagged and untagged', async (name, size) => {
    const untagged = await renderDocument(subjects.get(name)!.document, SIZES[size]!, { bleed: 0, writingPages: 0 });
    const [before, after] = await Promise.all([pagePictures(untagged), pagePictures(editions.get(`${name} ${size}`)!.tagged)]);
    expect(after.length).toBe(before.length);
    after.forEach((picture, index) => {
      expect(picture.length).toBeGreaterThan(10_000);
      expect(Buffer.compare(picture, before[index]!)).toBe(0);
    });
  });
});

async function pagePictures(bytes: Uint8Array): Promise<Buffer[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const shot = await parser.getScreenshot({ scale: 1, imageBuffer: true, imageDataUrl: false });
    return shot.pages.map((page) => Buffer.from(page.data));
  } finally {
    await parser.destroy();
  }
}

describe('editions', () => {
  test('pdfinfo says a screen edition is tagged; an untagged rendering has no structure', async () => {
    const { tagged } = editions.get('fbss a4')!;
    const info = execFileSync('pdfinfo', ['-'], { input: tagged }).toString();
    expect(info).toMatch(/^Tagged:\s+yes$/m);
    const untagged = await renderDocument(subjects.get('fbss')!.document, SIZES.a4!, { bleed: 0, writingPages: 0 });
    const text = Buffer.from(untagged).toString('latin1');
    expect(text).not.toContain('/StructTreeRoot');
    expect(text).not.toContain('/MarkInfo');
  });

  test('qpdf finds no error in a tagged file (its structure tree sits in an object stream)', async () => {
    const dir = await makeContent({});
    for (const key of ['fbss a4', 'long large-print']) {
      const file = join(dir, `${key.replace(' ', '-')}.pdf`);
      await writeFile(file, editions.get(key)!.tagged);
      const check = spawnSync('qpdf', ['--check', file]);
      expect(check.stdout.toString()).toContain('No syntax or stream encoding errors found');
      expect(check.status).toBe(0);
    }
  });

  test('a title with & and < still gives well-formed XMP metadata', async () => {
    const fbss = subjects.get('fbss')!.document;
    const document = { ...fbss, meta: { ...fbss.meta, title: 'Hip & knee: <what> to expect' } };
    const bytes = await renderDocument(document, SIZES.a4!, { bleed: 0, writingPages: 0, tagged: true });
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const xmp = Buffer.from(pdf.catalog.lookup(PDFName.of('Metadata'), PDFRawStream).getContents()).toString('utf8');
    expect(xmp).toContain('<rdf:li xml:lang="x-default">Hip &#38; knee: &#60;what&#62; to expect</rdf:li>');
    expect(xmp).not.toMatch(/&(?!#\d+;)/);
  });

  test('tagging adds at most 15% to the file size', async () => {
    // Bytes are deterministic, so this is no timing test. Before the structure tree went into an
    // object stream (patches/pdfkit), the FBSS leaflet's A4 file grew by 22%.
    for (const key of ['fbss a4', 'long a4']) {
      const [name] = key.split(' ');
      const untagged = await renderDocument(subjects.get(name!)!.document, SIZES.a4!, { bleed: 0, writingPages: 0 });
      expect(editions.get(key)!.tagged.length / untagged.length).toBeLessThanOrEqual(1.15);
    }
  });

  test('the same tagged input gives the same bytes', async () => {
    const again = await renderDocument(subjects.get('fbss')!.document, SIZES.a4!, { bleed: 0, writingPages: 0, tagged: true });
    expect(Buffer.compare(Buffer.from(again), Buffer.from(editions.get('fbss a4')!.tagged))).toBe(0);
  });

  test('the consult (email) edition keeps its structure tree through pdf-lib', async () => {
    const out = join(await makeContent({}), 'out');
    const result = await run(['build', FBSS, '--out', out, '--prepared-for', 'Test Patient', '--consult', '2026-12-03', '--quiet']);
    expect(result.code).toBe(0);
    const [file] = await filesIn(join(out, 'consult'));
    const bytes = new Uint8Array(await readFile(join(out, 'consult', file!)));
    const readback = await readTagged(bytes);
    for (const page of readback.pages) expect(page.untagged).toEqual([]);
    expect(all(readback, 'H1').length).toBe(1);
    expect(squeeze(readback.text)).toContain(squeeze('Prepared for Test Patient'));
    expect(execFileSync('pdfinfo', ['-'], { input: bytes }).toString()).toMatch(/^Tagged:\s+yes$/m);
  }, 60_000);
});

describe('a translation is tagged too', () => {
  // The Simplified Chinese translation of the i18n test handout (test data), built by the
  // pipeline as a clinic would: its screen edition is tagged like any other, in its language.
  const SOURCE = 'tests/fixtures/i18n/handouts/i18n-test.zh-Hans.md';
  let readback: TaggedReadback;
  let pdf: PDFDocument;
  beforeAll(async () => {
    const { build } = await import('../../src/pipeline.js');
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const out = await mkdtemp(join(tmpdir(), 'handouts-tagged-zh-'));
    const result = await build({ contentDir: 'tests/fixtures/i18n', outDir: out, inputs: ['i18n-test.zh-Hans'], sizes: ['a4'], today: '2026-11-25' });
    expect(result.failed).toEqual([]);
    const bytes = new Uint8Array(await readFile(join(out, 'i18n-test', 'i18n-test.zh-Hans-a4.pdf')));
    readback = await readTagged(bytes);
    pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  }, 120_000);

  test('its /Lang is the translation’s language', () => {
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(zh-Hans)');
  });

  test('its structure text holds every sentence of the translation, in order, and its title as the H1', async () => {
    const body = (await readFile(SOURCE, 'utf8')).split(/^---$/m)[2]!;
    // Each sentence of the prose (headings, list items and boxes too), ending at a Chinese full stop or question mark.
    const wanted = body
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith(':::'))
      .map((line) => line.replace(/^(##|-)\s+/, ''))
      .flatMap((line) => line.split(/(?<=[。？])/))
      .map((sentence) => sentence.trim())
      .filter(Boolean);
    expect(wanted.length).toBeGreaterThan(8);
    const text = squeeze(readback.text);
    let from = 0;
    for (const sentence of wanted) {
      const at = text.indexOf(squeeze(sentence), from);
      expect(at, `"${sentence}" in reading order`).toBeGreaterThanOrEqual(0);
      from = at + squeeze(sentence).length;
    }
    expect(all(readback, 'H1').map((h) => squeeze(h.flow))).toEqual(['翻译测试讲义']);
    expect(all(readback, 'H2').map((h) => squeeze(h.flow)).slice(0, 2)).toEqual(['这个测试是什么？', '我接下来应该做什么？']);
    expect(readback.pages.flatMap((page) => page.untagged)).toEqual([]);
  });
});
