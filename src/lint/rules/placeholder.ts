import { DRAFT_ID_PREFIX, PLACEHOLDER_START } from '../../model/placeholder-words.js';
import { findInProse } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

const PATTERN = new RegExp(`${PLACEHOLDER_START}\\b`, 'g');

/**
 * What `handouts new` leaves for the author to replace: "Replace this text …" paragraphs and
 * the draft document id. A warning, so a new handout still previews while it is written;
 * `--strict` (as in CI) stops a handout that still has them from going out.
 */
export const placeholder: LintRule = {
  id: 'lint/placeholder',
  check({ prose, document, parsed }) {
    const findings: Finding[] = findInProse(prose.units, PATTERN).map(({ place }) => ({
      place,
      message: `"${PLACEHOLDER_START} …" is a placeholder from handouts new; write the handout's own words here before it goes to patients`,
    }));
    const id = document.meta.doc_id;
    if (id?.startsWith(DRAFT_ID_PREFIX)) {
      findings.push({
        place: parsed.placeOfKey(['doc_id']),
        message: `doc_id "${id}" is the draft id from handouts new; replace it with the clinic's document id`,
      });
    }
    return findings;
  },
};
