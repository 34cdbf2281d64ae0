import { findInProse, sentenceAt } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

const PATTERN = /(?<![\p{L}])(?:very\s+)?(?:(?:un)?common(?:ly)?|rare(?:ly)?|(?:in)?frequent(?:ly)?)(?![\p{L}])/giu;
// A figure in the same sentence: digits, or a count in words with "in"/"out of".
const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\b/i;

/**
 * "Common" or "rare" without a number: readers take "common" (meant as 1–10%) to mean about
 * 45% (Webster 2017), so a verbal risk word needs a figure in the same sentence.
 */
export const verbalRisk: LintRule = {
  id: 'lint/verbal-risk',
  check({ prose }) {
    // A stat box prints its number beside the caption, so its words always have one.
    const units = prose.units.filter((unit) => (unit.kind === 'paragraph' || unit.kind === 'cell') && !unit.inStat);
    const findings: Finding[] = [];
    for (const { unit, match, place } of findInProse(units, PATTERN)) {
      const sentence = sentenceAt(unit, match.index);
      if (NUMBER.test(sentence?.text ?? unit.text)) continue;
      const words = match[0].replace(/\s+/g, ' ');
      findings.push({
        place,
        message: `"${words}" means very different things to different readers; say how many people it affects next to it, e.g. "(about 8 in 100 people)"`,
      });
    }
    return findings;
  },
};
