import type { Place, Report } from '../diagnostics.js';
import type { RuleId } from '../rule-catalogue.js';

// The shape of image lookup, which block conversion (model) calls and content implements by
// reading the content folder: the model names the contract, so it never imports a file reader.

/** An image that may be printed: a PNG or JPEG file inside the content folder. */
export interface ImageFile {
  path: string;
}

/** Where an image is named: a problem with it is reported there, under the rule given. */
export interface ImageLink {
  file: string;
  place: Place;
  ruleId: RuleId;
  /** The front-matter key that names it (`photo`), put before the message; none for a markdown image. */
  key?: string;
}

/**
 * Finds the file an image link names, or reports why it cannot be used.
 * @param url The link as written.
 * @param link Where it is written, for the report.
 * @param report Where a refused or missing image is reported.
 * @returns The file, or null when it cannot be used (reported).
 */
export type ImageResolver = (url: string, link: ImageLink, report: Report) => ImageFile | null;
