import { SIZES, WEB_SIZE } from './sizes.js';
import { UsageError } from '../diagnostics.js';


/**
 * How one run prints, as one value: which edition (bleed or none) and which sizes. Every
 * stage that names an output file, keys the cache or renders a size takes this, instead
 * of a loose `bleed` and a loose size list.
 */
export interface PrintOptions {
  /** Bleed in points on every side; 0 makes the office-printer and email edition (no marks, links kept). */
  bleed: number;
  /** Sizes to make instead of each handout's own `sizes` (`--size`); absent: each handout's own. */
  sizes?: readonly string[];
}

/** The screen and office-printer edition in each handout's own sizes. */
export const SCREEN_EDITION: PrintOptions = { bleed: 0 };

/**
 * Check and settle a run's print options once, before anything is built.
 * @param options Bleed (default 0) and the sizes asked for, if any.
 * @returns The options, with the sizes listed once each.
 * @throws UsageError when a size is not one the press knows.
 */
export function resolvePrintOptions(options: { bleed?: number | undefined; sizes?: readonly string[] | undefined }): PrintOptions {
  const bleed = options.bleed ?? 0;
  if (!options.sizes) return { bleed };
  for (const size of options.sizes) {
    if (!(size in SIZES) && size !== WEB_SIZE) {
      throw new UsageError(`--size "${size}" is not a known size (supported: ${[...Object.keys(SIZES), WEB_SIZE].join(', ')})`);
    }
  }
  return { bleed, sizes: [...new Set(options.sizes)] };
}

/**
 * The sizes a handout is made in under these options.
 * @param print The run's print options.
 * @param own The handout's own `sizes`.
 * @returns The override when there is one, else the handout's own.
 */
export function sizesFor(print: PrintOptions, own: readonly string[]): readonly string[] {
  return print.sizes ?? own;
}

/**
 * The edition these options make, as it appears in file names: 'bleed' for the print-shop
 * edition, '' for the screen and office-printer one.
 * @param print The run's print options.
 * @returns The edition suffix.
 */
export function printEdition(print: PrintOptions): '' | 'bleed' {
  return print.bleed > 0 ? 'bleed' : '';
}
