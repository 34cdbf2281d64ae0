import type { HandoutDocument } from './document.js';

/**
 * The document-control line: id, version, reviewed and next review, as every edition prints it.
 * @param document The handout.
 * @returns The line, or '' when the handout gives none of them.
 */
export function documentControlLine(document: Pick<HandoutDocument, 'meta'>): string {
  const { meta } = document;
  return [
    meta.doc_id,
    meta.version ? `Version ${meta.version}` : undefined,
    meta.reviewed ? `Reviewed ${meta.reviewed}` : undefined,
    meta.review_due ? `Next review ${meta.review_due}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}
