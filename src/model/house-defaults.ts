/**
 * The press's house defaults: values a brand or a handout may leave out, and the notice a
 * review gets. Each is written once here; the schema, lint, the build and the CLI read them.
 */

/** The brand a handout gets when its front matter names none (the press's own templates/brands/vicoss). */
export const DEFAULT_BRAND = 'vicoss';

/** The language of a handout whose front matter names none (the clinic's, Australian English). */
export const DEFAULT_LANGUAGE = 'en-AU';

/** The SMOG grade a brand aims for unless its `reading_target` says otherwise (UNMH: SMOG ≤ 8). */
export const DEFAULT_READING_TARGET = 8;

/**
 * How many days before `review_due` a coming review is announced (PAH: submit 3 months before
 * the review date). Lint warns from then on, so the cache rechecks a handout from then on too.
 */
export const REVIEW_NOTICE_DAYS = 90;
