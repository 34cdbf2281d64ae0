/**
 * The words `handouts new` leaves for an author to replace. The scaffold writes them and lint
 * (`lint/placeholder`) looks for them, so they live below both.
 */

/** How every placeholder paragraph starts. */
export const PLACEHOLDER_START = 'Replace this text';

/** How a new handout's draft document id starts. */
export const DRAFT_ID_PREFIX = 'DRAFT-';
