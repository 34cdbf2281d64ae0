import { naturalFrequency } from '../model/stat-phrase.js';
import type { StatValue } from '../model/stat-value.js';
import { englishMessages } from '../content/load-messages.js';

/**
 * Numbers written as words or digits ("five", "1,000", "a hundred"), for risk phrasing rules.
 */

const WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  'a hundred': 100, 'one hundred': 100, 'a thousand': 1000, 'one thousand': 1000,
};

/** A pattern for a count written in digits ("1,000", "12") or as a word ("five", "a hundred"). */
export const COUNT = String.raw`\d{1,3}(?:,\d{3})+|\d+|(?:a|one)\s+(?:hundred|thousand)|${Object.keys(WORDS)
  .filter((word) => !word.includes(' '))
  .sort((a, b) => b.length - a.length)
  .join('|')}`;

/**
 * Read a count written as digits or words.
 * @param text "1,000", "12", "five" or "a hundred".
 * @returns The number, or NaN.
 */
export function readCount(text: string): number {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^[\d,]+$/.test(lower)) return Number(lower.replace(/,/g, ''));
  return WORDS[lower] ?? Number.NaN;
}

/**
 * A share in the words a `:::stat` box prints for it ("about 28 in 100 people", "between 17
 * and 28 in 100 people"), so a suggested rewrite matches what the template shows.
 * @param low The share in percent (or a range's low end).
 * @param high A range's high end (default: `low`).
 * @returns The natural frequency, starting lower-case.
 */
export function asNaturalFrequency(low: number, high: number = low): string {
  const value: StatValue = low === high ? { kind: 'percent', percent: low, text: `${low}%` } : { kind: 'range', low, high, text: `${low}%-${high}%` };
  const { headline } = naturalFrequency({ value, denominator: null, people: 'people', timeframe: null }, englishMessages());
  return headline.charAt(0).toLowerCase() + headline.slice(1);
}
