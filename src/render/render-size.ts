import { A4_LANDSCAPE, DL_PANEL, SIZES, TRIFOLD_BODY_SIZES, TRIFOLD_LARGER_BODY_SIZES, type SizeProfile } from '../../templates/shared/sizes.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import type { Slot } from '../output/impose.js';
import { countPages, renderDocument } from './render-document.js';
import { checkTablesFit } from './table-fit.js';

/** One file a size produces. */
export interface RenderedFile {
  /** '' for the size's main file; 'pages' for a booklet's reading-order pages. */
  edition: '' | 'pages';
  bytes: Uint8Array;
  pages: number;
  /** Problems worth a word that did not stop the file (a tri-fold with blank panels). */
  warnings?: Diagnostic[];
}

/** Print options that apply to every size. */
export interface PrintOptions {
  /** Bleed in points; 0 makes the office-printer and email edition (no marks, links kept). */
  bleed: number;
}

/**
 * The imposition module, loaded when a size is imposed or printed with bleed: it brings in
 * pdf-lib, which takes about 0.5 s of CPU to load, and an A4 or Letter PDF never needs it.
 */
const imposition = () => import('../output/impose.js');

/** A DL leaflet has six panels: the front cover, four inside panels and the back. */
const TRIFOLD_FLOW_PANELS = 5;

/**
 * Render a handout in one size, imposing it when the size is folded or bound.
 * @param document The validated handout.
 * @param sizeId A key of `SIZES`.
 * @param print Bleed and marks.
 * @returns The files, or a located diagnostic when the content cannot fit the size.
 */
export async function renderSize(document: HandoutDocument, sizeId: string, print: PrintOptions): Promise<RenderedFile[] | Diagnostic> {
  const size = SIZES[sizeId];
  if (!size) throw new Error(`renderSize: unknown size "${sizeId}"`);
  // A size's render reports one problem; `handouts check` lists every table.
  const [tooWide] = checkTablesFit(document, size);
  if (tooWide) return tooWide;
  switch (size.kind) {
    case 'pages':
      return [await renderPages(document, size, print.bleed)];
    case 'booklet':
      return renderBooklet(document, size, print.bleed);
    case 'trifold':
      return renderTrifold(document, size, print.bleed);
  }
}

async function renderPages(document: HandoutDocument, size: SizeProfile, bleed: number): Promise<RenderedFile> {
  // The screen and office-printer edition is tagged (PDF/UA-1); the bleed edition goes through
  // pdf-lib, which keeps no structure tree, so it is rendered untagged.
  const rendered = await renderDocument(document, size, { bleed, writingPages: 0, tagged: bleed === 0 });
  const bytes = bleed > 0 ? await (await imposition()).addPrintMarks(rendered, size, bleed) : rendered;
  return { edition: '', bytes, pages: countPages(rendered) };
}

/**
 * An A5 booklet: pad to a multiple of four with writing pages, then impose 2-up for
 * saddle stitching. Also returns the padded pages in reading order for print shops.
 */
async function renderBooklet(document: HandoutDocument, size: SizeProfile, bleed: number): Promise<RenderedFile[]> {
  let pages = await renderDocument(document, size, { bleed, writingPages: 0 });
  let pad = 0;
  // Each writing page is sized to fill one page; check anyway, and add more if one spilled over.
  for (let attempt = 0; countPages(pages) % 4 !== 0 && attempt < 3; attempt += 1) {
    pad += (4 - (countPages(pages) % 4)) % 4;
    pages = await renderDocument(document, size, { bleed, writingPages: pad });
  }
  const count = countPages(pages);
  const { addPrintMarks, impose } = await imposition();
  const imposed = await impose(pages, {
    sheet: A4_LANDSCAPE,
    page: size,
    sheets: saddleStitchOrder(count).map(([left, right]) => [
      { page: left, x: 0, width: size.width },
      { page: right, x: size.width, width: size.width },
    ]),
    bleed,
    folds: [size.width],
  });
  const readingOrder = bleed > 0 ? await addPrintMarks(pages, size, bleed) : pages;
  return [
    { edition: '', bytes: imposed, pages: count / 2 },
    { edition: 'pages', bytes: readingOrder, pages: count },
  ];
}

/**
 * Page pairs for each sheet side of a saddle-stitched booklet, 0-based: for 8 pages,
 * [7,0] [1,6] [5,2] [3,4] (front of sheet 1, back of sheet 1, …). Print duplex, flip on short edge.
 * @param pageCount A multiple of four.
 * @returns [left, right] page indexes per side.
 */
export function saddleStitchOrder(pageCount: number): Array<[number, number]> {
  if (pageCount % 4 !== 0) throw new Error(`saddleStitchOrder: ${pageCount} is not a multiple of 4`);
  const sides: Array<[number, number]> = [];
  for (let sheet = 0; sheet < pageCount / 4; sheet += 1) {
    const outer = pageCount - 1 - 2 * sheet;
    const inner = 2 * sheet;
    sides.push([outer, inner], [inner + 1, outer - 1]);
  }
  return sides;
}

/** One try at laying a tri-fold out at a body size. */
interface TrifoldAttempt {
  bodySize: number;
  panels: Uint8Array;
  /** Panels the cover and the handout's text fill, and panels the back needs (1 when it fits). */
  flowPanels: number;
  backPanels: number;
}

/** Render the tri-fold's panels at one body size, counting the panels the flow and the back take. */
async function layOutTrifold(document: HandoutDocument, size: SizeProfile, bleed: number, bodySize: number): Promise<TrifoldAttempt> {
  const backPages = new Set<number>();
  const panels = await renderDocument(document, scaleType(size, bodySize), { bleed, writingPages: 0, onBackPanelPage: (page) => backPages.add(page) });
  const backPanels = Math.max(1, backPages.size);
  return { bodySize, panels, flowPanels: countPages(panels) - backPanels, backPanels };
}

const fitsTrifold = (attempt: TrifoldAttempt) => attempt.flowPanels <= TRIFOLD_FLOW_PANELS && attempt.backPanels === 1;

/**
 * A DL roll-fold leaflet. The content flows through panel-sized pages (cover first); the
 * last page is the back panel. When the flow needs more than five panels, or the back more
 * than one, the body size steps down to 9 pt; past that the build says how much too long it is.
 * When the text leaves a panel empty, the body size steps up (to 12 pt at most) to fill the
 * leaflet; when panels are still empty, a warning says which.
 */
async function renderTrifold(document: HandoutDocument, size: SizeProfile, bleed: number): Promise<RenderedFile[] | Diagnostic> {
  let last: TrifoldAttempt | null = null;
  for (const bodySize of TRIFOLD_BODY_SIZES) {
    last = await layOutTrifold(document, size, bleed, bodySize);
    if (!fitsTrifold(last)) continue;
    let chosen = last;
    if (chosen.flowPanels < TRIFOLD_FLOW_PANELS && bodySize === size.bodySize) {
      for (const larger of TRIFOLD_LARGER_BODY_SIZES) {
        const attempt = await layOutTrifold(document, size, bleed, larger);
        if (fitsTrifold(attempt)) {
          chosen = attempt;
          break;
        }
      }
    }
    const bytes = await (await imposition()).impose(chosen.panels, trifoldPlan(size, chosen.flowPanels, chosen.flowPanels, bleed));
    const warnings = chosen.flowPanels < TRIFOLD_FLOW_PANELS ? [blankPanelsWarning(document, chosen)] : [];
    return [{ edition: '', bytes, pages: 2, ...(warnings.length > 0 && { warnings }) }];
  }
  const floor = TRIFOLD_BODY_SIZES.at(-1);
  const backPanels = last?.backPanels ?? 1;
  const flowPanels = last?.flowPanels ?? 0;
  if (backPanels > 1) {
    return diagnostic(
      document.source,
      { line: 1, column: 1 },
      `the back panel of the DL tri-fold (the surgeon's bio, the clinic's details and the disclaimer) needs ${backPanels} panels even at ${floor} pt, and there is one. Shorten the bio, or build a size without a page limit (a4, letter, a5, large-print, a5-booklet)`,
      'size/trifold-overflow',
    );
  }
  const over = Math.round(((flowPanels - TRIFOLD_FLOW_PANELS) / flowPanels) * 100);
  return diagnostic(
    document.source,
    { line: 1, column: 1 },
    `too long for a DL tri-fold: even at ${floor} pt it needs ${flowPanels} panels for the text and 5 are available, so it is about ${over}% too long. Shorten it, or build a size without a page limit (a4, letter, a5, large-print, a5-booklet)`,
    'size/trifold-overflow',
  );
}

/** The panels of the flow in reading order, by what a reader calls them. */
const FLOW_PANEL_NAMES = ['the front cover', 'the tuck-in flap', 'the inside left panel', 'the inside middle panel', 'the inside right panel'];

/** A warning naming the panels a short handout leaves blank at the largest body size that fits. */
function blankPanelsWarning(document: HandoutDocument, attempt: TrifoldAttempt): Diagnostic {
  const blank = FLOW_PANEL_NAMES.slice(attempt.flowPanels);
  // Three blank inside panels are the whole inside of the sheet: say so.
  const parts = blank.length >= 3 ? [...blank.slice(0, -3), 'the whole inside of the leaflet (three panels)'] : blank;
  const named = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
  return diagnostic(
    document.source,
    { line: 1, column: 1 },
    `the DL tri-fold's text fills ${attempt.flowPanels} of its ${TRIFOLD_FLOW_PANELS} panels at ${attempt.bodySize} pt (short text is set larger, up to ${TRIFOLD_LARGER_BODY_SIZES[0]} pt, to fill the leaflet), so ${named} ${parts.length === 1 ? 'is' : 'are'} printed blank; add to the handout, or build a size that fits its length (a4, letter, a5, large-print, a5-booklet)`,
    'size/trifold-blank-panels',
    'warning',
  );
}

/** The same profile with the body size changed and the other sizes scaled with it. */
function scaleType(size: SizeProfile, bodySize: number): SizeProfile {
  const ratio = bodySize / size.bodySize;
  return { ...size, bodySize, titleSize: size.titleSize * ratio, questionSize: size.questionSize * ratio, footerSize: size.footerSize * ratio };
}

/**
 * Roll fold from an A4 sheet. Outside, left to right: the tuck-in panel (97 mm), the back
 * (100 mm), the front cover (100 mm). Inside: three panels 100 / 100 / 97 mm, read left to
 * right once the leaflet is open. Reading order: cover, tuck-in flap, inside ×3; the back
 * panel carries the bio and the disclaimer.
 */
function trifoldPlan(size: SizeProfile, backPage: number, flowPanels: number, bleed: number) {
  const full = DL_PANEL.width;
  const tuck = DL_PANEL.tuckInWidth;
  const flow = (n: number) => (n < flowPanels ? n : null);
  const outside: Slot[] = [
    { page: flow(1), x: 0, width: tuck },
    { page: backPage, x: tuck, width: full },
    { page: flow(0), x: tuck + full, width: full },
  ];
  const inside: Slot[] = [
    { page: flow(2), x: 0, width: full },
    { page: flow(3), x: full, width: full },
    { page: flow(4), x: 2 * full, width: tuck },
  ];
  return { sheet: A4_LANDSCAPE, page: size, sheets: [outside, inside], bleed, folds: [tuck, tuck + full] };
}
