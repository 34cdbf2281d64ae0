import type { Diagnostic, Report } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import type { PrintOptions } from '../print/print-options.js';
import { renderSize, type RenderedSize } from '../render/render-size.js';
import { bookletPlan, trifoldPlan } from './imposition-plans.js';

/**
 * The imposition module, loaded when a size is imposed or printed with bleed: it brings in
 * pdf-lib, which takes about 0.5 s of CPU to load, and an A4 or Letter PDF never needs it.
 */
const imposition = () => import('./impose.js');

/** One file a size produces. */
export interface RenderedFile {
  /** '' for the size's main file; 'pages' for a booklet's reading-order pages. */
  edition: '' | 'pages';
  bytes: Uint8Array;
  pages: number;
  /** Problems worth a word that did not stop the file (a tri-fold with blank panels). */
  warnings?: Diagnostic[];
}

/**
 * The files one size of a handout prints as: render its pages, then impose them when the
 * size is folded or bound, and add crop marks and bleed boxes for a print shop.
 * @param document The validated handout.
 * @param sizeId A key of `SIZES`.
 * @param print Bleed and marks.
 * @param report Where it is reported when the content cannot fit the size.
 * @returns The files, or null when the content cannot fit the size (reported).
 */
export async function printSize(document: HandoutDocument, sizeId: string, print: PrintOptions, report: Report): Promise<RenderedFile[] | null> {
  const rendered = await renderSize(document, sizeId, print, report);
  if (!rendered) return null;
  return imposeSize(rendered, print.bleed);
}

/**
 * Lay a rendered size out as the files a printer takes.
 * @param rendered The size's pages in reading order.
 * @param bleed Bleed the pages were rendered with, in points (0: no marks).
 * @returns The files, main file first.
 */
async function imposeSize(rendered: RenderedSize, bleed: number): Promise<RenderedFile[]> {
  const { size, bytes, pages } = rendered;
  const marked = async () => (bleed > 0 ? (await imposition()).addPrintMarks(bytes, size, bleed) : bytes);
  switch (rendered.kind) {
    case 'pages':
      return [{ edition: '', bytes: await marked(), pages }];
    case 'booklet': {
      // The booklet 2-up for saddle stitching, and its pages in reading order for print shops.
      const imposed = await (await imposition()).impose(bytes, bookletPlan(size, pages, bleed));
      return [
        { edition: '', bytes: imposed, pages: pages / 2 },
        { edition: 'pages', bytes: await marked(), pages },
      ];
    }
    case 'trifold': {
      const { flowPanels, warnings } = rendered;
      const imposed = await (await imposition()).impose(bytes, trifoldPlan(size, flowPanels, flowPanels, bleed));
      return [{ edition: '', bytes: imposed, pages: 2, ...(warnings.length > 0 && { warnings }) }];
    }
  }
}
