import { SIZES } from '../print/sizes.js';
import { compareText } from '../diagnostics.js';
import type { ManifestOutput } from './manifest.js';

/** Editions after the plain file: reading-order pages, then the print shop's. */
const EDITIONS: ReadonlyArray<string | undefined> = [undefined, 'pages', 'bleed', 'pages-bleed'];

/**
 * A handout's files in the order people look for them: by size as the size registry lists
 * them (a4, letter, a5, large-print, dl-trifold, a5-booklet), each size's plain file before
 * its other editions. The manifest keeps them by file name, which put a5 before a4.
 * @param outputs A manifest entry's outputs.
 * @returns A new, sorted array.
 */
export function inPrintOrder(outputs: readonly ManifestOutput[]): ManifestOutput[] {
  const sizes = Object.keys(SIZES);
  // A size the registry no longer knows (an old manifest) goes last, by name.
  const sizeRank = (size: string) => (sizes.includes(size) ? sizes.indexOf(size) : sizes.length);
  const editionRank = (edition: string | undefined) => (EDITIONS.includes(edition) ? EDITIONS.indexOf(edition) : EDITIONS.length);
  return [...outputs].sort(
    (a, b) => sizeRank(a.size) - sizeRank(b.size) || compareText(a.size, b.size) || editionRank(a.edition) - editionRank(b.edition) || compareText(a.file, b.file),
  );
}
