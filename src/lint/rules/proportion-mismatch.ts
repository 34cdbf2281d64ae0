import { asNaturalFrequency } from '../number-words.js';
import { findInProse } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

/** Fraction words and the share each names, in percent. */
const FRACTIONS: ReadonlyArray<[string, number]> = [
  [String.raw`two[\s-]thirds`, 200 / 3],
  [String.raw`three[\s-]quarters`, 75],
  [String.raw`(?:two|three|four)[\s-]fifths`, Number.NaN], // value read from the word below
  [String.raw`nine[\s-]tenths`, 90],
  [String.raw`(?:a|one)[\s-]third`, 100 / 3],
  [String.raw`(?:a|one)[\s-]quarter`, 25],
  [String.raw`(?:a|one)[\s-]fifth`, 20],
  [String.raw`(?:a|one)[\s-]tenth`, 10],
  [String.raw`(?:(?:a|one)[\s-])?half`, 50],
  [String.raw`most|the\s+majority`, Number.NaN], // "more than half": checked apart
];
const FRACTION = FRACTIONS.map(([pattern]) => pattern).join('|');
const FIFTHS: Record<string, number> = { two: 40, three: 60, four: 80 };

// Hedges that say which side of the fraction the number is on.
const BELOW = String.raw`nearly|almost|just\s+under|under|less\s+than|fewer\s+than|up\s+to`;
const ABOVE = String.raw`just\s+over|over|more\s+than|at\s+least`;
const AROUND = String.raw`about|around|roughly|approximately`;

// "<hedge> <fraction> [to <fraction>] [up to six words] (<percent or range>)"
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}])(?:(?<hedge>${BELOW}|${ABOVE}|${AROUND})\s+)?(?<first>${FRACTION})(?:\s+(?:to|or|and)\s+(?<second>${FRACTION}))?(?:\s+[\p{L}’'-]+){0,6}?\s*\((?<number>[^()]*)\)`,
  'giu',
);
const PERCENT = /^\s*(?:about\s+|around\s+)?(\d+(?:\.\d+)?)\s*%?\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*)?%\s*$/i;

/** How far a fraction word may be from the number: within a fifth of the fraction's value. */
const TOLERANCE = 0.2;

/**
 * Words for a proportion that do not match the number next to them: "two-thirds (40%)" or
 * "a quarter to a third (17%-28%)". "Nearly a third (28%)" and "half (48%)" are fine.
 */
export const proportionMismatch: LintRule = {
  id: 'lint/proportion-mismatch',
  check({ prose }) {
    const findings: Finding[] = [];
    for (const { match, place } of findInProse(prose.units, PATTERN)) {
      const groups = match.groups ?? {};
      const number = PERCENT.exec(groups['number'] ?? '');
      if (!number) continue;
      const low = Number(number[1]);
      const high = number[2] === undefined ? low : Number(number[2]);
      const hedge = (groups['hedge'] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const first = groups['first'] ?? '';
      const second = groups['second'];
      if (fits(first, second, low, high, hedge)) continue;
      const words = [groups['hedge'], first, second ? `to ${second}` : undefined].filter(Boolean).join(' ').replace(/\s+/g, ' ');
      const figure = (groups['number'] ?? '').trim();
      findings.push({
        place,
        message: `"${words}" means ${meaning(first, second, hedge)}, but the figure is ${figure}; use words that match the number, or give the number alone as "${asNaturalFrequency(low, high)}"`,
      });
    }
    return findings;
  },
};

function fits(first: string, second: string | undefined, low: number, high: number, hedge: string): boolean {
  if (isMost(first)) return low > 50;
  const a = share(first);
  if (second !== undefined) {
    const b = share(second);
    // A range of words against a range of numbers: each end must match.
    if (low !== high) return near(a, low, '') && near(b, high, '');
    return low >= a * (1 - TOLERANCE) && low <= b * (1 + TOLERANCE);
  }
  // One fraction against a range: the fraction should fall inside it (give or take).
  if (low !== high) return (a >= low && a <= high) || near(a, low, hedge) || near(a, high, hedge);
  return near(a, low, hedge);
}

function near(fraction: number, percent: number, hedge: string): boolean {
  const within = Math.abs(percent - fraction) <= fraction * TOLERANCE;
  if (new RegExp(`^(?:${BELOW})$`).test(hedge)) return within && percent <= fraction;
  if (new RegExp(`^(?:${ABOVE})$`).test(hedge)) return within && percent >= fraction;
  return within;
}

function share(words: string): number {
  const lower = words.toLowerCase().replace(/[\s-]+/g, ' ');
  const fifths = /^(two|three|four) fifths$/.exec(lower);
  if (fifths) return FIFTHS[fifths[1] ?? ''] ?? Number.NaN;
  for (const [pattern, value] of FRACTIONS) {
    if (new RegExp(`^(?:${pattern})$`, 'i').test(words)) return value;
  }
  return Number.NaN;
}

function isMost(words: string): boolean {
  return /^(?:most|the\s+majority)$/i.test(words);
}

function meaning(first: string, second: string | undefined, hedge: string): string {
  if (isMost(first)) return 'more than half';
  const a = Math.round(share(first));
  if (second === undefined) {
    if (new RegExp(`^(?:${BELOW})$`).test(hedge)) return `a little under ${a}%`;
    if (new RegExp(`^(?:${ABOVE})$`).test(hedge)) return `a little over ${a}%`;
    return `about ${a}%`;
  }
  return `${a}% to ${Math.round(share(second))}%`;
}
