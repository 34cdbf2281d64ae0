import { PDFDocument, PDFHexString, PDFName, PDFString, rgb, type PDFPage } from '@cantoo/pdf-lib';
import { MM } from '../print/sizes.js';

/**
 * Imposition: placing rendered pages onto press sheets, with bleed, crop marks and the
 * TrimBox/BleedBox a print shop's RIP reads. One mechanism serves single pages with marks,
 * the tri-fold and the booklet: each is a list of sheets, each sheet a list of slots.
 */

/** Where one rendered page goes on a sheet. */
export interface Slot {
  /** 0-based index of the source page (null: leave the slot empty). */
  page: number | null;
  /** Left edge of the slot on the trimmed sheet, in points. */
  x: number;
  /** Width of the slot on the trimmed sheet, in points. */
  width: number;
}

/** A whole imposition job. */
export interface ImpositionPlan {
  /** Trimmed sheet size in points. */
  sheet: { width: number; height: number };
  /** Width and height of each source page without its bleed. */
  page: { width: number; height: number };
  /** The sheets, front and back as separate entries, in print order. */
  sheets: Slot[][];
  /** Bleed rendered around each source page, in points (0: none). */
  bleed: number;
  /** x positions of folds on the trimmed sheet, marked outside the trim when printing with marks. */
  folds?: number[];
}

/** Crop marks start this far outside the bleed and are this long (Vivliostyle's defaults are close). */
const MARK_GAP = 2 * MM;
const MARK_LENGTH = 6 * MM;
const MARK_WIDTH = 0.25;

/**
 * Impose source pages onto sheets. Each page is centred in its slot; a slot narrower than
 * the page (the tri-fold's tuck-in panel) crops equally from both sides, which only eats
 * into the page margin. With bleed, a page's bleed is kept on the sheet's outer edges and
 * cropped where two slots meet; crop marks go outside the bleed, and TrimBox and BleedBox
 * are set. Metadata is copied from the source, and no clock is read.
 * @param source The rendered pages (a PDF).
 * @param plan Where each page goes.
 * @returns The imposed PDF.
 */
export async function impose(source: Uint8Array, plan: ImpositionPlan): Promise<Uint8Array> {
  const src = await PDFDocument.load(source, { updateMetadata: false });
  const out = await PDFDocument.create({ updateMetadata: false });
  copyMetadata(src, out);
  const { bleed } = plan;
  const margin = bleed > 0 ? bleed + MARK_GAP + MARK_LENGTH : 0;
  const media = { width: plan.sheet.width + 2 * margin, height: plan.sheet.height + 2 * margin };
  const srcPages = src.getPages();

  for (const slots of plan.sheets) {
    const sheet = out.addPage([media.width, media.height]);
    for (const slot of slots) {
      const page = slot.page === null ? undefined : srcPages[slot.page];
      if (!page) continue;
      const crop = (plan.page.width - slot.width) / 2;
      const outerLeft = slot.x <= 0.01;
      const outerRight = slot.x + slot.width >= plan.sheet.width - 0.01;
      // Bounding box in the source page's coordinates (the source includes its bleed).
      const box = {
        left: bleed + crop - (outerLeft ? bleed : 0),
        right: bleed + plan.page.width - crop + (outerRight ? bleed : 0),
        bottom: 0,
        top: plan.page.height + 2 * bleed,
      };
      const embedded = await out.embedPage(page, box);
      sheet.drawPage(embedded, {
        x: margin + slot.x - (outerLeft ? bleed : 0),
        y: margin - bleed,
        width: box.right - box.left,
        height: box.top - box.bottom,
      });
    }
    setBoxes(sheet, margin, plan.sheet, bleed);
    if (bleed > 0) drawMarks(sheet, margin, plan.sheet, bleed, plan.folds ?? []);
  }
  return out.save({ useObjectStreams: false });
}

/**
 * Put a document's pages one per sheet with bleed and crop marks (the print-shop edition
 * of a reading-order PDF).
 * @param source Pages rendered with `bleed` on every side.
 * @param page Trimmed page size in points.
 * @param bleed Bleed in points.
 * @returns The PDF with marks and boxes.
 */
export async function addPrintMarks(source: Uint8Array, page: { width: number; height: number }, bleed: number): Promise<Uint8Array> {
  const count = (await PDFDocument.load(source, { updateMetadata: false })).getPageCount();
  const sheets = Array.from({ length: count }, (_, index) => [{ page: index, x: 0, width: page.width }]);
  return impose(source, { sheet: page, page, sheets, bleed });
}

function setBoxes(sheet: PDFPage, margin: number, trim: { width: number; height: number }, bleed: number): void {
  // pdf-lib takes (x, y, width, height), not corner coordinates.
  sheet.setTrimBox(margin, margin, trim.width, trim.height);
  sheet.setBleedBox(margin - bleed, margin - bleed, trim.width + 2 * bleed, trim.height + 2 * bleed);
}

function drawMarks(sheet: PDFPage, margin: number, trim: { width: number; height: number }, bleed: number, folds: readonly number[]): void {
  const color = rgb(0, 0, 0);
  const line = (x1: number, y1: number, x2: number, y2: number) =>
    sheet.drawLine({ start: { x: x1, y: y1 }, end: { x: x2, y: y2 }, thickness: MARK_WIDTH, color });
  const left = margin;
  const right = margin + trim.width;
  const bottom = margin;
  const top = margin + trim.height;
  const near = bleed + MARK_GAP;
  const far = near + MARK_LENGTH;
  for (const x of [left, right]) {
    line(x, bottom - near, x, bottom - far);
    line(x, top + near, x, top + far);
  }
  for (const y of [bottom, top]) {
    line(left - near, y, left - far, y);
    line(right + near, y, right + far, y);
  }
  // Fold marks: short dashes above and below the sheet where it folds.
  for (const fold of folds) {
    const x = margin + fold;
    sheet.drawLine({ start: { x, y: bottom - near }, end: { x, y: bottom - far }, thickness: MARK_WIDTH, color, dashArray: [2, 2] });
    sheet.drawLine({ start: { x, y: top + near }, end: { x, y: top + far }, thickness: MARK_WIDTH, color, dashArray: [2, 2] });
  }
}

function copyMetadata(src: PDFDocument, out: PDFDocument): void {
  const title = src.getTitle();
  const author = src.getAuthor();
  const subject = src.getSubject();
  const creator = src.getCreator();
  const date = src.getCreationDate();
  if (title) out.setTitle(title);
  if (author) out.setAuthor(author);
  if (subject) out.setSubject(subject);
  if (creator) out.setCreator(creator);
  out.setProducer('handout-press');
  if (date) {
    out.setCreationDate(date);
    out.setModificationDate(date);
  }
  const language = src.catalog.get(PDFName.of('Lang'));
  if (language instanceof PDFString || language instanceof PDFHexString) out.setLanguage(language.decodeText());
}
