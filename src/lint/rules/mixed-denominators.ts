import type { Place } from '../../diagnostics.js';
import { allBlocks } from '../../model/all-blocks.js';
import { statDenominator } from '../../model/stat-phrase.js';
import { formatCount } from '../../model/stat-phrase.js';
import { COUNT, readCount } from '../number-words.js';
import { findInProse } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

// "28 in 100", "5 out of 1,000", "3 per 1,000", "1 in 100".
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}\p{N},.])(${COUNT}|\d+\.\d+)\s+(?:in|out\s+of|per|of\s+every)\s+(${COUNT})(?![\p{L}\p{N}])`,
  'giu',
);
// Only fixed denominators count here; "1 in 4" is lint/one-in-x's business.
const FIXED = new Set([10, 100, 1000, 10000]);

interface Use {
  place: Place;
  denominator: number;
  text: string;
}

/**
 * Natural frequencies over different denominators in one handout ("28 in 100" and
 * "5 in 1,000"): readers compare the numerators and misjudge the risks (IPDAS).
 * Stat boxes count with the denominator they are printed with (`statDenominator`).
 */
export const mixedDenominators: LintRule = {
  id: 'lint/mixed-denominators',
  check({ prose, document }) {
    const uses: Use[] = [];
    for (const { match, place } of findInProse(prose.units, PATTERN)) {
      const denominator = readCount(match[2] ?? '');
      if (FIXED.has(denominator)) uses.push({ place, denominator, text: `"${match[0].replace(/\s+/g, ' ')}"` });
    }
    for (const block of allBlocks(document)) {
      if (block.type === 'stat') {
        const denominator = statDenominator(block);
        uses.push({ place: block.place, denominator, text: `the \`:::stat\` figure ${block.value.text}` });
      }
    }
    uses.sort((a, b) => a.place.line - b.place.line || a.place.column - b.place.column);
    const first = uses[0];
    if (!first) return [];
    return uses
      .filter((use) => use.denominator !== first.denominator)
      .map(
        (use): Finding => ({
          place: use.place,
          message: `${use.text} counts out of ${formatCount(use.denominator)}, but ${first.text} at ${first.place.line}:${first.place.column} counts out of ${formatCount(first.denominator)}; use one denominator throughout so readers can compare the figures`,
        }),
      );
  },
};
