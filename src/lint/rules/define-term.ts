import { escapeRegExp, findInProse, sentenceAt } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

// What counts as explaining a term in the sentence that first uses it, after the term and up
// to two more words of its noun phrase: an explanation in brackets, after a dash, or after a
// comma ("sacroiliac joint (where …)", "laminectomy – an operation …", "laminectomy, which …");
// or a defining verb within three words ("A laminectomy or microdiscectomy involves removing …");
// or a naming phrase before it ("an operation called a laminectomy").
const EXPLAINED_AFTER = new RegExp(
  String.raw`^(?:\s+[\p{L}’'-]+){0,2}?(?:\s*[([]|\s+[–—-]\s|,\s+(?:which|a|an|the|or|where|when|meaning)\b)` +
    String.raw`|^(?:\s+[\p{L}’'-]+){0,3}?\s+(?:means?|is|are|involves?|refers?\s+to|describes?)\b`,
  'iu',
);
const NAMED_BEFORE = /\b(?:called|known\s+as|named|termed)\s+(?:(?:a|an|the)\s+)?$/iu;

/**
 * A medical term from `content/dictionary/define-on-first-use.txt` that is not explained
 * where the handout first uses it (headings don't count: the text under them must explain).
 */
export const defineTerm: LintRule = {
  id: 'lint/define-term',
  check({ prose, words }) {
    const units = prose.units.filter((unit) => unit.kind === 'paragraph' || unit.kind === 'cell');
    const findings: Finding[] = [];
    for (const term of words.defineOnFirstUse) {
      const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(term).replace(/\s+/g, String.raw`\s+`)}(?:s|es)?(?![\p{L}\p{N}])`, 'iu');
      const first = findInProse(units, pattern)[0];
      if (!first) continue;
      const { unit, match } = first;
      const sentence = sentenceAt(unit, match.index);
      const sentenceEnd = sentence?.end ?? unit.text.length;
      const sentenceStart = sentence?.start ?? 0;
      const after = unit.text.slice(match.index + match[0].length, sentenceEnd);
      const before = unit.text.slice(sentenceStart, match.index);
      if (EXPLAINED_AFTER.test(after) || NAMED_BEFORE.test(before)) continue;
      findings.push({
        place: first.place,
        message: `"${match[0]}" is a medical term that many readers won't know; explain it where it is first used, e.g. "${match[0]} (a short explanation)"`,
      });
    }
    return findings;
  },
};
