import { asNaturalFrequency, COUNT, readCount } from '../number-words.js';
import { findInProse } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

// "1 in 4", "one in five", "1 out of 3" (but "1 in 100" is already a fixed denominator).
const PATTERN = new RegExp(String.raw`(?<![\p{L}\p{N},.])(?:1|one)\s+(?:in|out\s+of)\s+(${COUNT})(?![\p{L}\p{N}])`, 'giu');
const FIXED = new Set([100, 1000]);

/**
 * "1 in X" odds: readers compare the Xs the wrong way round (IPDAS risk primer). Natural
 * frequencies over one fixed denominator ("25 in 100") are understood better.
 */
export const oneInX: LintRule = {
  id: 'lint/one-in-x',
  check({ prose }) {
    const findings: Finding[] = [];
    for (const { match, place } of findInProse(prose.units, PATTERN)) {
      const x = readCount(match[1] ?? '');
      if (!Number.isFinite(x) || x <= 1 || FIXED.has(x)) continue;
      findings.push({
        place,
        message: `"${match[0].replace(/\s+/g, ' ')}" is hard to compare with other risks; write it over a fixed number of people, as "${asNaturalFrequency(100 / x)}"`,
      });
    }
    return findings;
  },
};
