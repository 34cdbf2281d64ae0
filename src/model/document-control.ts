import type { HandoutDocument } from './document.js';
import { say } from './messages.js';

/**
 * The document-control line: id, version, reviewed and next review, as every edition prints it,
 * in the words of the document's message catalogue.
 * @param document The handout.
 * @returns The line, or '' when the handout gives none of them.
 */
export function documentControlLine(document: Pick<HandoutDocument, 'meta' | 'messages' | 'translation'>): string {
  const { meta, messages, translation } = document;
  return [
    meta.doc_id,
    meta.version ? say(messages, 'version', { version: meta.version }) : undefined,
    // A translation says which version of its source it was made from, so a reader holding
    // a stale one can tell (the English says which version is current).
    translation ? say(messages, 'translated_from', { version: translation.sourceVersion }) : undefined,
    meta.reviewed ? say(messages, 'reviewed', { date: meta.reviewed }) : undefined,
    meta.review_due ? say(messages, 'next_review', { date: meta.review_due }) : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}
