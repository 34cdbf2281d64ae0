import { MAX_SOURCE_BYTES } from '../content/read-text.js';
import type { ConvertedHandout } from './convert-html.js';
import { refuseFile, type ImportReport } from './refuse-import.js';

/*
 * What every kind of source (Word, web page, markdown) becomes before it is checked and
 * written, and the limits all of them share.
 */

/** How to import one file. */
export interface ImportOptions {
  /** --slug; otherwise the slug comes from the title. */
  slug: string | null;
  /** --surgeon; null leaves a comment listing the known surgeons, as `handouts new` does. */
  surgeon: string | null;
  knownSurgeons: readonly string[];
  /** --brand; null for the default brand. */
  brand: string | null;
  /** The `reviewed` date, YYYY-MM-DD. */
  today: string;
  /** The brand's review period, for `review_due`. */
  reviewMonths: number;
  applySuggestions: boolean;
}

/** A handout ready to be checked and written: its text, its images and the report. */
export interface PlannedImport extends Pick<ConvertedHandout, 'slug' | 'title' | 'images' | 'questions' | 'mapped' | 'left' | 'suggestions' | 'cleaned' | 'warnings'> {
  /** The source file's name, as the report shows it. */
  source: string;
  /** The whole handout file: front matter and body. */
  markdown: string;
}

/** The comment an imported handout starts with: it is a draft until someone has compared it. */
export const IMPORT_NOTE = '<!-- Imported by handouts import. Compare it with the original, settle each "import:" comment, then replace the draft doc_id. -->';

/**
 * The press reads no source over 1 MB; an import that converts to more is refused, not cut.
 * @param markdown The handout's text.
 * @param to Where a handout too large is reported (`import/size`).
 * @returns The text, or null after reporting it is too large.
 */
export function checkSize(markdown: string, to: ImportReport): string | null {
  const bytes = Buffer.byteLength(markdown);
  if (bytes <= MAX_SOURCE_BYTES) return markdown;
  return refuseFile(to, `converts to ${(bytes / 1_000_000).toFixed(1)} MB of markdown, over the 1 MB limit for a handout; a leaflet this long would run to hundreds of pages, so split the document first`, 'import/size');
}
