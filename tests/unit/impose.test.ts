import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFStream } from '@cantoo/pdf-lib';
import { describe, expect, test } from 'vitest';
import { A4_LANDSCAPE, DL_PANEL, MM, SIZES } from '../../src/print/sizes.js';
import { impose, type ImpositionPlan } from '../../src/output/impose.js';
import { saddleStitchOrder, trifoldPlan } from '../../src/output/imposition-plans.js';

/**
 * Imposition, without rendering a handout: where each page goes on a sheet (booklet and
 * tri-fold order), the page boxes a print shop's RIP reads, and the crop and fold marks.
 * Source pages are drawn with pdf-lib, each holding one rectangle whose width names it.
 */

const PAGE = { width: 100, height: 200 };
const SHEET = { width: 300, height: 200 };
/** Crop marks start this far outside the bleed and are this long (src/output/impose.ts). */
const MARK_GAP = 2 * MM;
const MARK_LENGTH = 6 * MM;

/** A source PDF of `count` pages (with `bleed` on every side); page i holds a rectangle 10 + i wide. */
async function sourcePages(count: number, bleed = 0): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < count; index += 1) {
    pdf.addPage([PAGE.width + 2 * bleed, PAGE.height + 2 * bleed]).drawRectangle({ x: 20, y: 20, width: 10 + index, height: 5 });
  }
  return pdf.save();
}

function decode(stream: PDFStream): string {
  return Buffer.from(stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents()).toString('latin1');
}

/** One imposed sheet as the test reads it: the pages placed on it, its lines, and its boxes. */
interface SheetReadback {
  /** Each placed source page: its index, where it is drawn, and the part of it that is kept. */
  placed: Array<{ page: number; x: number; y: number; box: number[] }>;
  /** Stroked lines as [x1, y1, x2, y2], with whether they are dashed. */
  lines: Array<{ from: [number, number]; to: [number, number]; dashed: boolean }>;
  media: { x: number; y: number; width: number; height: number };
  trim: { x: number; y: number; width: number; height: number };
  bleed: { x: number; y: number; width: number; height: number };
}

async function readSheets(bytes: Uint8Array): Promise<SheetReadback[]> {
  const pdf = await PDFDocument.load(bytes);
  return pdf.getPages().map((page) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref) as PDFStream) : contents ? [contents] : [];
    const content = streams.map(decode).join('\n');
    const xObjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    const placed = [...content.matchAll(/1 0 0 1 (\S+) (\S+) cm\n(?:1 0 0 1 0 0 cm\n)*\/(\S+) Do/g)].map(([, x, y, name]) => {
      const form = xObjects?.lookup(PDFName.of(name as string)) as PDFStream;
      const width = Number(/(\d+) 0 l/.exec(decode(form))?.[1]);
      const box = (form.dict.lookup(PDFName.of('BBox'), PDFArray).asArray() as unknown[]).map(Number);
      return { page: width - 10, x: Number(x), y: Number(y), box };
    });
    const lines = [...content.matchAll(/(\[[^\]]*\]) 0 d\n(?:\S+ \S+ m\n)*(\S+) (\S+) m\n(\S+) (\S+) l/g)].map(([, dash, x1, y1, x2, y2]) => ({
      from: [Number(x1), Number(y1)] as [number, number],
      to: [Number(x2), Number(y2)] as [number, number],
      dashed: dash !== '[]',
    }));
    return { placed, lines, media: page.getMediaBox(), trim: page.getTrimBox(), bleed: page.getBleedBox() };
  });
}

describe('saddleStitchOrder', () => {
  test('should pair pages for each side of each sheet, outer sheet first', () => {
    expect(saddleStitchOrder(8)).toEqual([
      [7, 0],
      [1, 6],
      [5, 2],
      [3, 4],
    ]);
  });

  test('should put the last page beside the first on the outside of a single sheet', () => {
    expect(saddleStitchOrder(4)).toEqual([
      [3, 0],
      [1, 2],
    ]);
  });

  test('should place every page exactly once, facing pages adding up to the last index', () => {
    const sides = saddleStitchOrder(16);
    expect(sides.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 16 }, (_, index) => index));
    for (const [left, right] of sides) expect(left + right).toBe(15);
  });

  test('should refuse a page count that is not a multiple of four', () => {
    expect(() => saddleStitchOrder(6)).toThrow('6 is not a multiple of 4');
  });
});

describe('trifoldPlan', () => {
  const size = SIZES['dl-trifold']!;

  test('should put the tuck-in flap, the back and the cover outside, and panels 3 to 5 inside', () => {
    const plan = trifoldPlan(size, 5, 5, 0);
    expect(plan.sheets.map((side) => side.map((slot) => slot.page))).toEqual([
      [1, 5, 0],
      [2, 3, 4],
    ]);
  });

  test('should butt the panels edge to edge across an A4 landscape sheet, folding between them', () => {
    const plan = trifoldPlan(size, 5, 5, 0);
    expect(plan.sheet).toEqual(A4_LANDSCAPE);
    for (const side of plan.sheets) {
      side.forEach((slot, index) => expect(slot.x).toBeCloseTo(index === 0 ? 0 : (side[index - 1]?.x ?? 0) + (side[index - 1]?.width ?? 0), 6));
      // 97 + 100 + 100 mm is 297 mm; A4 in points is rounded to 841.89, so within 0.001 pt.
      expect(side.reduce((sum, slot) => sum + slot.width, 0)).toBeCloseTo(A4_LANDSCAPE.width, 2);
    }
    expect(plan.sheets[0]?.[0]?.width).toBeCloseTo(DL_PANEL.tuckInWidth, 6);
    expect(plan.sheets[1]?.[2]?.width).toBeCloseTo(DL_PANEL.tuckInWidth, 6);
    expect(plan.folds).toEqual([DL_PANEL.tuckInWidth, DL_PANEL.tuckInWidth + DL_PANEL.width]);
  });

  test('should leave the panels the text does not reach empty', () => {
    const plan = trifoldPlan(size, 3, 3, 0);
    expect(plan.sheets.map((side) => side.map((slot) => slot.page))).toEqual([
      [1, 3, 0],
      [2, null, null],
    ]);
  });
});

describe('impose', () => {
  const plan = (bleed: number, sheets: ImpositionPlan['sheets']): ImpositionPlan => ({ sheet: SHEET, page: PAGE, sheets, bleed, folds: [100] });
  const threeSlots = (pages: Array<number | null>) => pages.map((page, index) => ({ page, x: index * 100, width: 100 }));

  test('should draw each source page in its slot and leave an empty slot empty', async () => {
    const [sheet] = await readSheets(await impose(await sourcePages(3), plan(0, [threeSlots([2, 0, null])])));
    expect(sheet?.placed.map(({ page, x, y }) => ({ page, x, y }))).toEqual([
      { page: 2, x: 0, y: 0 },
      { page: 0, x: 100, y: 0 },
    ]);
  });

  test('should write one sheet per side, in plan order', async () => {
    const sheets = await readSheets(await impose(await sourcePages(4), plan(0, [threeSlots([3, 0, null]), threeSlots([1, 2, null])])));
    expect(sheets.map((sheet) => sheet.placed.map(({ page }) => page))).toEqual([
      [3, 0],
      [1, 2],
    ]);
  });

  test('should make MediaBox, TrimBox and BleedBox the sheet, with no marks, without bleed', async () => {
    const [sheet] = await readSheets(await impose(await sourcePages(1), plan(0, [threeSlots([0, null, null])])));
    const whole = { x: 0, y: 0, ...SHEET };
    expect(sheet).toMatchObject({ media: whole, trim: whole, bleed: whole, lines: [] });
  });

  test('should grow the sheet by the bleed and the marks, with the TrimBox at the cut and the BleedBox around it', async () => {
    const bleed = 3 * MM;
    const margin = bleed + MARK_GAP + MARK_LENGTH;
    const [sheet] = await readSheets(await impose(await sourcePages(3, bleed), plan(bleed, [threeSlots([0, 1, 2])])));
    expect(sheet?.media.width).toBeCloseTo(SHEET.width + 2 * margin, 6);
    expect(sheet?.media.height).toBeCloseTo(SHEET.height + 2 * margin, 6);
    expect(sheet?.trim).toEqual({ x: margin, y: margin, ...SHEET });
    expect(sheet?.bleed.x).toBeCloseTo(margin - bleed, 6);
    expect(sheet?.bleed.width).toBeCloseTo(SHEET.width + 2 * bleed, 6);
  });

  test('should keep the bleed on the outer edges of the sheet and cut it where two slots meet', async () => {
    const bleed = 5;
    const [sheet] = await readSheets(await impose(await sourcePages(3, bleed), plan(bleed, [threeSlots([0, 1, 2])])));
    const fullHeight = PAGE.height + 2 * bleed;
    expect(sheet?.placed.map(({ page, box }) => ({ page, box }))).toEqual([
      { page: 0, box: [0, 0, 105, fullHeight] },
      { page: 1, box: [5, 0, 105, fullHeight] },
      { page: 2, box: [5, 0, 110, fullHeight] },
    ]);
    const margin = bleed + MARK_GAP + MARK_LENGTH;
    expect(sheet?.placed.map(({ x }) => x - margin)).toEqual([-bleed, 100, 200].map((x) => expect.closeTo(x, 6)));
  });

  test('should crop a slot narrower than its page equally from both sides', async () => {
    const [sheet] = await readSheets(await impose(await sourcePages(1), plan(0, [[{ page: 0, x: 0, width: 96 }]])));
    expect(sheet?.placed[0]?.box).toEqual([2, 0, 98, PAGE.height]);
  });

  test('should draw two crop marks at each corner outside the bleed, and dashed fold marks above and below each fold', async () => {
    const bleed = 3 * MM;
    const margin = bleed + MARK_GAP + MARK_LENGTH;
    const [sheet] = await readSheets(await impose(await sourcePages(3, bleed), plan(bleed, [threeSlots([0, 1, 2])])));
    const near = bleed + MARK_GAP;
    const far = near + MARK_LENGTH;
    const [left, right, bottom, top] = [margin, margin + SHEET.width, margin, margin + SHEET.height];
    const expected = [
      ...[left, right].flatMap((x) => [
        { from: [x, bottom - near], to: [x, bottom - far], dashed: false },
        { from: [x, top + near], to: [x, top + far], dashed: false },
      ]),
      ...[bottom, top].flatMap((y) => [
        { from: [left - near, y], to: [left - far, y], dashed: false },
        { from: [right + near, y], to: [right + far, y], dashed: false },
      ]),
      { from: [margin + 100, bottom - near], to: [margin + 100, bottom - far], dashed: true },
      { from: [margin + 100, top + near], to: [margin + 100, top + far], dashed: true },
    ];
    const rounded = (lines: ReadonlyArray<{ from: readonly number[]; to: readonly number[]; dashed: boolean }>) =>
      lines.map(({ from, to, dashed }) => ({ from: from.map((n) => Math.round(n * 1000) / 1000), to: to.map((n) => Math.round(n * 1000) / 1000), dashed }));
    expect(rounded(sheet?.lines ?? [])).toEqual(rounded(expected));
  });
});
