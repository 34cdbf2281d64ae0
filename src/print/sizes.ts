/**
 * Page sizes the press can build, and the typography each one uses.
 * Points throughout (1 pt = 1/72 in; 1 mm = 72 / 25.4 pt).
 */

export const MM = 72 / 25.4;

/** How a size turns rendered pages into the file the clinic prints. */
export type SizeKind =
  /** Pages in reading order, one per sheet side. */
  | 'pages'
  /** A DL roll-fold leaflet: six panels imposed onto both sides of one A4 landscape sheet. */
  | 'trifold'
  /** A5 pages imposed 2-up on A4 landscape in saddle-stitch order. */
  | 'booklet';

/**
 * How many PDFs one render of a size writes: a booklet writes its imposed sheets and the same
 * pages in reading order (for print shops), every other size one file.
 * @param kind The size's kind.
 * @returns The number of files.
 */
export function filesPerRender(kind: SizeKind): number {
  return kind === 'booklet' ? 2 : 1;
}

/** How one size is laid out. */
export interface SizeProfile {
  id: string;
  /** Shown in help and the manifest. */
  label: string;
  kind: SizeKind;
  /** Width and height in points of one rendered page (for a tri-fold: one panel). */
  width: number;
  height: number;
  /** Page margins in points; the footer sits inside the bottom margin's edge. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Body text size in points. */
  bodySize: number;
  /** Heading sizes in points. */
  titleSize: number;
  questionSize: number;
  /** Footer text size in points (large print keeps it at body size). */
  footerSize: number;
  /** Large print: no italics (bold instead), everything at least body size. */
  largePrint: boolean;
}

const A4 = { width: 595.28, height: 841.89 };
const A5 = { width: 419.53, height: 595.28 };
const standardType = { bodySize: 11.5, titleSize: 24, questionSize: 15, footerSize: 8.5, largePrint: false } as const;
const mm = (top: number, right: number, bottom: number, left: number) => ({ top: top * MM, right: right * MM, bottom: bottom * MM, left: left * MM });

/** A DL panel, and the narrower tuck-in panel of a roll fold (97 mm instead of 100). */
export const DL_PANEL = { width: 100 * MM, height: 210 * MM, tuckInWidth: 97 * MM } as const;

/** The tri-fold's body size is stepped down from its start to this floor before the build gives up. */
export const TRIFOLD_BODY_SIZES = [10, 9.5, 9] as const;

/**
 * Larger body sizes for a tri-fold whose text leaves a panel empty at the start size, tried
 * largest first: the leaflet is filled with larger type rather than left blank inside. The
 * ceiling, 12 pt, is a little over the A4 body (11.5 pt); headings grow with the body.
 */
export const TRIFOLD_LARGER_BODY_SIZES = [12, 11.5, 11, 10.5] as const;

/** A5 pages for reading and for the booklet share one profile. */
const a5Pages = {
  ...A5,
  margin: mm(14, 14, 9, 14),
  bodySize: 10.5,
  titleSize: 19,
  questionSize: 13,
  footerSize: 7.5,
  largePrint: false,
} as const;

/** Sizes that can be built, by id. */
export const SIZES: Record<string, SizeProfile> = {
  a4: { id: 'a4', label: 'A4 (210 × 297 mm)', kind: 'pages', ...A4, margin: mm(20, 20, 10, 20), ...standardType },
  letter: { id: 'letter', label: 'US Letter (8.5 × 11 in)', kind: 'pages', width: 612, height: 792, margin: { top: 54, right: 54, bottom: 28, left: 54 }, ...standardType },
  a5: { id: 'a5', label: 'A5 (148 × 210 mm)', kind: 'pages', ...a5Pages },
  'large-print': {
    id: 'large-print',
    label: 'Large print A4 (18 pt)',
    kind: 'pages',
    ...A4,
    // UKAAF: 16 pt minimum, 18 pt ideal; ACB: headings 22/20 pt, 1 inch margins.
    margin: { top: 72, right: 72, bottom: 36, left: 72 },
    bodySize: 18,
    titleSize: 28,
    questionSize: 22,
    footerSize: 18,
    largePrint: true,
  },
  'dl-trifold': {
    id: 'dl-trifold',
    label: 'DL tri-fold (A4 landscape, roll fold 97/100/100 mm)',
    kind: 'trifold',
    width: DL_PANEL.width,
    height: DL_PANEL.height,
    // Text stays 8 mm clear of each fold and 8 mm from the trim edges.
    margin: mm(8, 8, 8, 8),
    bodySize: TRIFOLD_BODY_SIZES[0],
    titleSize: 17,
    questionSize: 11.5,
    footerSize: 7.5,
    largePrint: false,
  },
  'a5-booklet': { id: 'a5-booklet', label: 'A5 booklet (2-up on A4, saddle stitch)', kind: 'booklet', ...a5Pages },
};

/** Sizes that are planned but not built yet: named so the error can say so. */
export const PLANNED_SIZES: readonly string[] = [];

/** Sizes used when neither the handout nor the brand lists any. */
export const DEFAULT_SIZES = ['a4', 'letter'];

/** The A4 landscape sheet that tri-folds and booklets are imposed on. */
export const A4_LANDSCAPE = { width: A4.height, height: A4.width } as const;

/**
 * The web edition's size id: `--size web`, or `web` in a handout's or brand's `sizes`.
 * It is not a page size (`SIZES`): it is written as `<slug>/index.html` from the same
 * document, after the handout's PDFs, so the page can link to them.
 */
export const WEB_SIZE = 'web';
