/**
 * Page sizes the press can build, and the typography each one uses.
 * Points throughout (1 pt = 1/72 in; 1 mm = 2.8346 pt).
 */

export const MM = 72 / 25.4;

/** How one size is laid out. */
export interface SizeProfile {
  id: string;
  /** Shown in help and the manifest. */
  label: string;
  /** Page width and height in points. */
  width: number;
  height: number;
  /** Page margins in points. */
  margin: { top: number; right: number; bottom: number; left: number };
  /** Body text size in points. */
  bodySize: number;
  /** Heading sizes in points. */
  titleSize: number;
  questionSize: number;
  /** Footer text size in points (large print keeps it at body size). */
  footerSize: number;
}

const standardType = { bodySize: 11.5, titleSize: 24, questionSize: 15, footerSize: 8.5 } as const;

/** Sizes that can be built today, by id. */
export const SIZES: Record<string, SizeProfile> = {
  a4: {
    id: 'a4',
    label: 'A4 (210 × 297 mm)',
    width: 595.28,
    height: 841.89,
    margin: { top: 20 * MM, right: 20 * MM, bottom: 24 * MM, left: 20 * MM },
    ...standardType,
  },
  letter: {
    id: 'letter',
    label: 'US Letter (8.5 × 11 in)',
    width: 612,
    height: 792,
    margin: { top: 54, right: 54, bottom: 66, left: 54 },
    ...standardType,
  },
};

/** Sizes that are planned but not built yet: named so the error can say so. */
export const PLANNED_SIZES = ['a5', 'large-print', 'dl-trifold', 'a5-booklet'] as const;

/** Sizes used when neither the handout nor the brand lists any. */
export const DEFAULT_SIZES = ['a4', 'letter'];
