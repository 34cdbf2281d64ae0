import { SIZES, TRIFOLD_BODY_SIZES, TRIFOLD_LARGER_BODY_SIZES, type SizeProfile } from '../print/sizes.js';
import { diagnostic, type Diagnostic, type Report } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import type { PrintOptions } from '../print/print-options.js';
import { countPages, renderDocument } from './render-document.js';
import { checkTablesFit } from './table-fit.js';

/**
 * A size rendered, before any imposition: its pages in reading order as one PDF, and what
 * imposing them needs. Placing pages on sheets, adding marks and bleed boxes is output's job
 * (`src/output/print-size.ts`).
 */
export type RenderedSize =
  /** Plain pages (A4, Letter, A5, large print), one per sheet. */
  | { kind: 'pages'; size: SizeProfile; bytes: Uint8Array; pages: number }
  /** A5 pages padded with writing pages to a multiple of four, for a saddle-stitched booklet. */
  | { kind: 'booklet'; size: SizeProfile; bytes: Uint8Array; pages: number }
  /**
   * DL panels: the flow (cover first) then the back panel, at the body size that fits;
   * `warnings` names panels the text leaves blank.
   */
  | { kind: 'trifold'; size: SizeProfile; bytes: Uint8Array; pages: number; flowPanels: number; warnings: Diagnostic[] };


/** A DL leaflet has six panels: the front cover, four inside panels and the back. */
const TRIFOLD_FLOW_PANELS = 5;

/**
 * Render a handout's pages in one size, in reading order: padded for a booklet, fitted to
 * the panels for a tri-fold. Nothing is imposed here.
 * @param document The validated handout.
 * @param sizeId A key of `SIZES`.
 * @param print Bleed (pages are drawn with it; the marks are added when imposing).
 * @param report Where it is reported when the content cannot fit the size.
 * @returns The rendered pages, or null when the content cannot fit the size (reported).
 */
export async function renderSize(document: HandoutDocument, sizeId: string, print: PrintOptions, report: Report): Promise<RenderedSize | null> {
  const size = SIZES[sizeId];
  if (!size) throw new Error(`renderSize: unknown size "${sizeId}"`);
  // A size's render reports one problem; `handouts check` lists every table.
  const [tooWide] = checkTablesFit(document, size);
  if (tooWide) {
    report(tooWide);
    return null;
  }
  switch (size.kind) {
    case 'pages':
      return renderPages(document, size, print.bleed);
    case 'booklet':
      return renderBooklet(document, size, print.bleed);
    case 'trifold':
      return renderTrifold(document, size, print.bleed, report);
  }
}

async function renderPages(document: HandoutDocument, size: SizeProfile, bleed: number): Promise<RenderedSize> {
  // The screen and office-printer edition is tagged (PDF/UA-1); the bleed edition goes through
  // pdf-lib, which keeps no structure tree, so it is rendered untagged.
  const bytes = await renderDocument(document, size, { bleed, writingPages: 0, tagged: bleed === 0 });
  return { kind: 'pages', size, bytes, pages: countPages(bytes) };
}

/** An A5 booklet's pages, padded with writing pages to a multiple of four. */
async function renderBooklet(document: HandoutDocument, size: SizeProfile, bleed: number): Promise<RenderedSize> {
  let pages = await renderDocument(document, size, { bleed, writingPages: 0 });
  let pad = 0;
  // Each writing page is sized to fill one page; check anyway, and add more if one spilled over.
  for (let attempt = 0; countPages(pages) % 4 !== 0 && attempt < 3; attempt += 1) {
    pad += (4 - (countPages(pages) % 4)) % 4;
    pages = await renderDocument(document, size, { bleed, writingPages: pad });
  }
  return { kind: 'booklet', size, bytes: pages, pages: countPages(pages) };
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
async function renderTrifold(document: HandoutDocument, size: SizeProfile, bleed: number, report: Report): Promise<RenderedSize | null> {
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
    const warnings = chosen.flowPanels < TRIFOLD_FLOW_PANELS ? [blankPanelsWarning(document, chosen)] : [];
    return { kind: 'trifold', size, bytes: chosen.panels, pages: countPages(chosen.panels), flowPanels: chosen.flowPanels, warnings };
  }
  const floor = TRIFOLD_BODY_SIZES.at(-1);
  const backPanels = last?.backPanels ?? 1;
  const flowPanels = last?.flowPanels ?? 0;
  if (backPanels > 1) {
    report(diagnostic(
      document.source,
      { line: 1, column: 1 },
      `the back panel of the DL tri-fold (the surgeon's bio, the clinic's details and the disclaimer) needs ${backPanels} panels even at ${floor} pt, and there is one. Shorten the bio, or build a size without a page limit (a4, letter, a5, large-print, a5-booklet)`,
      'size/trifold-overflow',
    ));
    return null;
  }
  const over = Math.round(((flowPanels - TRIFOLD_FLOW_PANELS) / flowPanels) * 100);
  report(diagnostic(
    document.source,
    { line: 1, column: 1 },
    `too long for a DL tri-fold: even at ${floor} pt it needs ${flowPanels} panels for the text and 5 are available, so it is about ${over}% too long. Shorten it, or build a size without a page limit (a4, letter, a5, large-print, a5-booklet)`,
    'size/trifold-overflow',
  ));
  return null;
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
