import type { HandoutMeta } from '../../model/schema.js';
import { addYears } from '../dates.js';
import type { Finding, LintRule } from '../types.js';

// NHS Ayrshire & Arran: in-house leaflets are reviewed at least every 3 years.
const MAX_REVIEW_YEARS = 3;

const REQUIRED: ReadonlyArray<[keyof HandoutMeta, string]> = [
  ['doc_id', 'give the handout a document id (e.g. `doc_id: SPINE-004`) so a consent form can record which leaflet the patient saw'],
  ['version', 'give it a version (e.g. `version: "1.0"`) so a consent form can record which version the patient saw'],
  ['reviewed', 'add the date of its last clinical review (e.g. `reviewed: 2026-01-15`) so readers can see it is current'],
  ['review_due', `add the date the next review is due (e.g. \`review_due: 2027-01-15\`), at most ${MAX_REVIEW_YEARS} years after \`reviewed\``],
];

/**
 * Document control: a handout needs `doc_id`, `version`, `reviewed` and `review_due`, and
 * its next review at most 3 years after the last one.
 */
export const documentControl: LintRule = {
  id: 'lint/document-control',
  check({ document, parsed }) {
    const { meta } = document;
    const findings: Finding[] = REQUIRED.filter(([key]) => meta[key] === undefined).map(([key, fix]) => ({
      place: parsed.placeOfKey([key]),
      message: `\`${key}\` is missing from the front matter; ${fix}`,
    }));
    if (meta.reviewed && meta.review_due && meta.review_due > addYears(meta.reviewed, MAX_REVIEW_YEARS)) {
      findings.push({
        place: parsed.placeOfKey(['review_due']),
        message: `\`review_due\` (${meta.review_due}) is more than ${MAX_REVIEW_YEARS} years after \`reviewed\` (${meta.reviewed}); set it no later than ${addYears(meta.reviewed, MAX_REVIEW_YEARS)}`,
      });
    }
    return findings;
  },
};
