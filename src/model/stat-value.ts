/**
 * The number inside a `stat` callout: a percentage or a range of percentages.
 */

import { diagnostic, type Place, type Report } from '../diagnostics.js';

/** A parsed statistic, in percent (0 to 100). `text` is the value as the author wrote it, trimmed. */
export type StatValue =
  | { kind: 'percent'; percent: number; text: string }
  | { kind: 'range'; low: number; high: number; text: string };

/** How many people a natural frequency counts out of ("28 in 100", "5 in 1,000"). */
export type Denominator = 100 | 1000;

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const SINGLE = new RegExp(String.raw`^${NUMBER}\s*%$`);
// The first % is optional ("17-28%" and "17%-28%"); the last one is not, so "17-28" stays an error.
const RANGE = new RegExp(String.raw`^${NUMBER}\s*%?\s*(?:-|–|—|to)\s*${NUMBER}\s*%$`);

/**
 * Parse "28%", "2.9%", "0.5%", "17%-28%", "17-28%", "85–90%" or "5 to 15%".
 * @param text The `value` attribute as written.
 * @param report Where a value that is not a percentage is reported (`markdown/stat-value`), saying what to write instead.
 * @param file The handout, for the report.
 * @param place Where the callout is, for the report.
 * @returns The value, or null after reporting why there is none.
 */
export function parseStatValue(text: string, report: Report, file: string, place?: Place): StatValue | null {
  const problem = (message: string): null => {
    report(diagnostic(file, place, `\`:::stat\` value ${message}`, 'markdown/stat-value'));
    return null;
  };
  const trimmed = text.trim();
  const single = SINGLE.exec(trimmed);
  if (single) {
    const percent = Number(single[1]);
    if (percent > 100) return problem(`${trimmed} is more than 100%; a share of people is between 0% and 100%`);
    return { kind: 'percent', percent, text: trimmed };
  }
  const range = RANGE.exec(trimmed);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    if (high > 100) return problem(`${trimmed} goes above 100%; a share of people is between 0% and 100%`);
    if (low >= high) return problem(`${trimmed} is not a range from low to high; write the smaller number first, e.g. "17%-28%"`);
    return { kind: 'range', low, high, text: trimmed };
  }
  return problem(explainBadValue(trimmed));
}

// Name the likely slip so the author can fix it without reading the docs.
function explainBadValue(trimmed: string): string {
  if (/^[-−]\s*\d/.test(trimmed)) return `${trimmed} is negative; a share of people is between 0% and 100%`;
  if (/^\d+,\d+\s*%$/.test(trimmed)) return `"${trimmed}" uses a decimal comma; write it with a point, e.g. "${trimmed.replace(',', '.')}"`;
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return `"${trimmed}" has no % sign; write it as "${trimmed}%"`;
  return `"${trimmed}" is not a percentage; write it as "28%" or a range as "17%-28%"`;
}
