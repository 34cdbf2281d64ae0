import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline.js';
import { saddleStitchOrder } from '../../src/output/imposition-plans.js';
import { DL_PANEL, MM } from '../../src/print/sizes.js';
import { makeContent } from '../helpers/library.js';
import { longHandout } from '../helpers/long-handout.js';
import { bodyText, normalizeSpace, readPdf } from '../helpers/pdf.js';
import { textBetween, textRuns } from '../helpers/pdf-layout.js';
import { seedParagraphs, sentences } from '../helpers/seed.js';

const FBSS = 'failed-back-surgery-syndrome';
const LONG = 'long-sample';
const DISCLAIMER =
  'All information is general in nature. Patients should consider their own personal circumstances and seek a second opinion. Any surgical or invasive procedure carries risks.';
const A4 = { width: 595.28, height: 841.89 };
const A5 = { width: 419.53, height: 595.28 };
const A4_LANDSCAPE = { width: A4.height, height: A4.width };
const BLEED = 3 * MM;
/** Sizes whose pages are read in order (the booklet's reading-order file stands for the booklet). */
const READING_FILES = { a4: '', letter: '', a5: '', 'large-print': '', 'a5-booklet': 'pages' } as const;

let outDir: string;
let longDir: string;
let long: ReturnType<typeof longHandout>;
let fbssBuild: BuildResult;
let longTrifold: BuildResult;

const file = (dir: string, slug: string, size: string, edition = '') => join(dir, slug, `${slug}-${size}${edition ? `-${edition}` : ''}.pdf`);
const bytesOf = async (path: string) => new Uint8Array(await readFile(path));

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'handouts-sizes-'));
  fbssBuild = await build({ contentDir: 'content', outDir, inputs: [FBSS], sizes: ['a4', 'letter', 'a5', 'large-print', 'dl-trifold', 'a5-booklet'] });
  await build({ contentDir: 'content', outDir, inputs: [FBSS], sizes: ['a4', 'dl-trifold', 'a5-booklet'], bleed: BLEED });
  await build({ contentDir: 'content', outDir, inputs: [FBSS], sizes: ['letter'], bleed: 9 });
  long = longHandout();
  const content = await makeContent({ [`handouts/${LONG}.md`]: long.text });
  longDir = join(content, 'out');
  await build({ contentDir: content, outDir: longDir });
  longTrifold = await build({ contentDir: content, outDir: join(content, 'trifold'), sizes: ['dl-trifold'] });
}, 300_000);

describe('page and sheet sizes', () => {
  test.each([
    ['a4', '', A4, null],
    ['letter', '', { width: 612, height: 792 }, null],
    ['a5', '', A5, null],
    ['large-print', '', A4, null],
    ['dl-trifold', '', A4_LANDSCAPE, 2],
    ['a5-booklet', '', A4_LANDSCAPE, null],
    ['a5-booklet', 'pages', A5, null],
  ] as const)('%s %s', async (size, edition, expected, pages) => {
    const pdf = await readPdf(await bytesOf(file(outDir, FBSS, size, edition)));
    for (const page of pdf.sizes) {
      expect(page.width).toBeCloseTo(expected.width, 1);
      expect(page.height).toBeCloseTo(expected.height, 1);
    }
    if (pages !== null) expect(pdf.sizes).toHaveLength(pages);
  });

  test('the tri-fold panels are 97, 100 and 100 mm', () => {
    expect(DL_PANEL.tuckInWidth / MM).toBeCloseTo(97, 5);
    expect(DL_PANEL.width / MM).toBeCloseTo(100, 5);
    expect(DL_PANEL.tuckInWidth + 2 * DL_PANEL.width).toBeCloseTo(A4.height, 1);
  });

  test('a booklet has a multiple of four pages, padded with writing pages', async () => {
    const pages = await readPdf(await bytesOf(file(outDir, FBSS, 'a5-booklet', 'pages')));
    expect(pages.pages.length % 4).toBe(0);
    const imposed = await readPdf(await bytesOf(file(outDir, FBSS, 'a5-booklet')));
    expect(imposed.pages).toHaveLength(pages.pages.length / 2);
    const firstPad = pages.pages.findIndex((page) => page.includes('Questions for your surgeon'));
    expect(firstPad).toBeGreaterThan(0);
    for (const page of pages.pages.slice(firstPad + 1)) expect(page).toContain('Notes');
  });
});

describe('fonts', () => {
  test('every file, imposed and bleed editions too, embeds the brand font and no built-in font', async () => {
    const files = (fbssBuild.manifest.handouts[0]?.outputs ?? []).map((o) => join(outDir, o.file));
    expect(files.length).toBeGreaterThanOrEqual(7);
    files.push(file(outDir, FBSS, 'dl-trifold', 'bleed'), file(outDir, FBSS, 'a5-booklet', 'bleed'));
    for (const path of files) {
      const raw = Buffer.from(await bytesOf(path)).toString('latin1');
      expect(raw, path).toMatch(/\/BaseFont \/[A-Z]{6}\+AtkinsonHyperlegible-Regular/);
      expect(raw, path).toContain('/FontFile2');
      expect(raw, path).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    }
  });
});

describe('TrimBox and BleedBox', () => {
  const boxes = async (path: string) => {
    const pdf = await PDFDocument.load(await bytesOf(path), { updateMetadata: false });
    return pdf.getPages().map((page) => ({ media: page.getMediaBox(), trim: page.getTrimBox(), bleed: page.getBleedBox() }));
  };

  test('without --bleed the trim is the page', async () => {
    for (const [size, edition] of [['a4', ''], ['dl-trifold', ''], ['a5-booklet', '']]) {
      for (const { media, trim, bleed } of await boxes(file(outDir, FBSS, size!, edition))) {
        expect(trim).toEqual(media);
        expect(bleed).toEqual(media);
      }
    }
  });

  test.each([
    ['a4', A4, BLEED],
    ['dl-trifold', A4_LANDSCAPE, BLEED],
    ['a5-booklet', A4_LANDSCAPE, BLEED],
    ['letter', { width: 612, height: 792 }, 9],
  ] as const)('with --bleed, %s has its trim inside a bleed inside the marks', async (size, trimSize, bleed) => {
    for (const { media, trim, bleed: bleedBox } of await boxes(file(outDir, FBSS, size, 'bleed'))) {
      expect(trim.width).toBeCloseTo(trimSize.width, 2);
      expect(trim.height).toBeCloseTo(trimSize.height, 2);
      expect(bleedBox.x).toBeCloseTo(trim.x - bleed, 2);
      expect(bleedBox.y).toBeCloseTo(trim.y - bleed, 2);
      expect(bleedBox.width).toBeCloseTo(trim.width + 2 * bleed, 2);
      expect(bleedBox.height).toBeCloseTo(trim.height + 2 * bleed, 2);
      // Room for crop marks outside the bleed, centred on the sheet.
      expect(bleedBox.x).toBeGreaterThan(5 * MM);
      expect(media.width).toBeCloseTo(trim.width + 2 * trim.x, 2);
    }
  });
});

describe('every sentence in every size', () => {
  const fbssSentences = sentences(seedParagraphs());

  test.each(Object.entries(READING_FILES))('FBSS in %s', async (size, edition) => {
    const text = normalizeSpace((await readPdf(await bytesOf(file(outDir, FBSS, size, edition)))).pages.join(' '));
    expect(fbssSentences.filter((s) => !text.includes(s))).toEqual([]);
  });

  test.each(Object.entries(READING_FILES))('the long handout in %s', async (size, edition) => {
    const pdf = await readPdf(await bytesOf(file(longDir, LONG, size, edition)));
    const text = bodyText(pdf, [DISCLAIMER]);
    expect(long.text.split(/\s+/).length).toBeGreaterThan(3000);
    expect(long.sentences.filter((s) => !text.includes(s))).toEqual([]);
  });

  test('FBSS in the tri-fold, read panel by panel', async () => {
    const text = trifoldReadingOrder(await textRuns(await bytesOf(file(outDir, FBSS, 'dl-trifold'))));
    expect(fbssSentences.filter((s) => !text.includes(s))).toEqual([]);
  });
});

/** Panel x ranges on the sheet, in points. */
const tuck = DL_PANEL.tuckInWidth;
const full = DL_PANEL.width;
const PANELS = {
  flap: [0, tuck],
  back: [tuck, tuck + full],
  cover: [tuck + full, tuck + 2 * full],
  inside1: [0, full],
  inside2: [full, 2 * full],
  inside3: [2 * full, 2 * full + tuck],
} as const;

/** The tri-fold's text in reading order: cover, flap, the three inside panels, then the back. */
function trifoldReadingOrder(sheets: Awaited<ReturnType<typeof textRuns>>): string {
  const [outside = [], inside = []] = sheets;
  const panel = (runs: typeof outside, [from, to]: readonly [number, number]) => textBetween(runs, from, to);
  return [
    panel(outside, PANELS.cover),
    panel(outside, PANELS.flap),
    panel(inside, PANELS.inside1),
    panel(inside, PANELS.inside2),
    panel(inside, PANELS.inside3),
    panel(outside, PANELS.back),
  ].join(' ');
}

describe('imposition order', () => {
  test('tri-fold: cover on the right of the outside, back panel in the middle, inside read left to right', async () => {
    const [outside = [], inside = []] = await textRuns(await bytesOf(file(outDir, FBSS, 'dl-trifold')));
    const cover = textBetween(outside, ...PANELS.cover);
    const back = textBetween(outside, ...PANELS.back);
    expect(cover).toContain('Failed Back Surgery Syndrome: Your Questions Answered');
    expect(cover).toContain('The Victorian Orthopaedic Spine Service');
    expect(back).toContain('About Dr David Edis');
    expect(back).toContain(DISCLAIMER);
    // Each flow panel starts where the one before it in reading order left off.
    const a4 = normalizeSpace((await readPdf(await bytesOf(file(outDir, FBSS, 'a4')))).pages.join(' '));
    const order = [cover, textBetween(outside, ...PANELS.flap), ...[PANELS.inside1, PANELS.inside2, PANELS.inside3].map((range) => textBetween(inside, ...range))];
    const starts = order.map((panelText) => a4.indexOf(panelText.slice(0, 40)));
    expect(starts.every((start) => start >= 0), JSON.stringify(order.map((t) => t.slice(0, 40)))).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  test('booklet: each sheet side carries the saddle-stitch pair of pages', async () => {
    const sides = await textRuns(await bytesOf(file(outDir, FBSS, 'a5-booklet')));
    const total = sides.length * 2;
    const pageOn = (runs: (typeof sides)[number], from: number, to: number) => Number(/Page (\d+) of/.exec(textBetween(runs, from, to))?.[1]);
    const found = sides.map((runs) => [pageOn(runs, 0, A5.width), pageOn(runs, A5.width, A4_LANDSCAPE.width)]);
    expect(found).toEqual(saddleStitchOrder(total).map(([left, right]) => [left + 1, right + 1]));
  });

  test('saddle-stitch order for 8 pages', () => {
    expect(saddleStitchOrder(8)).toEqual([[7, 0], [1, 6], [5, 2], [3, 4]]);
  });
});

describe('large print', () => {
  test('sets every piece of text at 16 pt or more, footer and disclaimer included', async () => {
    const pdf = await getFontSizes(file(outDir, FBSS, 'large-print'));
    expect(Math.min(...pdf)).toBeGreaterThanOrEqual(16);
  });
});

async function getFontSizes(path: string): Promise<number[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await getDocument({ data: await bytesOf(path), isEvalSupported: false }).promise;
  const sizes: number[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item && item.str.trim()) sizes.push(Math.hypot(item.transform[0] as number, item.transform[1] as number));
  }
  await doc.destroy();
  return sizes;
}

describe('pagination', () => {
  test.each(Object.entries(READING_FILES))('no page ends with a question heading (%s)', async (size, edition) => {
    for (const [dir, slug] of [[outDir, FBSS], [longDir, LONG]] as const) {
      const pdf = await readPdf(await bytesOf(file(dir, slug, size, edition)));
      const questions = pdf.bookmarks.filter((title) => title.endsWith('?'));
      expect(questions.length).toBeGreaterThan(0);
      for (const page of pdf.pages) {
        const body = normalizeSpace(page.split(DISCLAIMER.slice(0, 24))[0] ?? page);
        for (const question of questions) expect(body.endsWith(question), `${slug} ${size}: page ends with "${question}"`).toBe(false);
      }
    }
  });
});

describe('a handout too long for a tri-fold', () => {
  test('fails with how much too long it is and which sizes fit', () => {
    const errors = longTrifold.diagnostics.filter((d) => d.ruleId === 'size/trifold-overflow');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.severity).toBe('error');
    expect(errors[0]!.message).toMatch(/^too long for a DL tri-fold: even at 9 pt it needs \d+ panels for the text and 5 are available, so it is about \d+% too long/);
    expect(errors[0]!.message).toContain('(a4, letter, a5, large-print, a5-booklet)');
    expect(longTrifold.written).toEqual([]);
  });

  test('the FBSS leaflet fits', () => {
    expect(fbssBuild.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
