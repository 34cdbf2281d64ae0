/**
 * The number inside a `stat` callout: a percentage or a range of percentages.
 */

/** A parsed statistic, in percent. */
export type StatValue =
  | { kind: 'percent'; percent: number; text: string }
  | { kind: 'range'; low: number; high: number; text: string };

/**
 * Parse "28%", "2.9%", "17%-28%", "17-28%" or "85–90%".
 * @param text The `value` attribute as written.
 * @returns The value, or a message saying what is wrong.
 */
export function parseStatValue(text: string): StatValue | { error: string } {
  const trimmed = text.trim();
  const number = String.raw`(\d+(?:\.\d+)?)`;
  const single = new RegExp(String.raw`^${number}\s*%$`).exec(trimmed);
  if (single) {
    const percent = Number(single[1]);
    return percent > 100 ? { error: `${trimmed} is more than 100%` } : { kind: 'percent', percent, text: trimmed };
  }
  const range = new RegExp(String.raw`^${number}\s*%?\s*(?:-|–|to)\s*${number}\s*%$`).exec(trimmed);
  if (range) {
    const low = Number(range[1]);
    const high = Number(range[2]);
    if (high > 100) return { error: `${trimmed} goes above 100%` };
    if (low >= high) return { error: `${trimmed} is not a range from low to high` };
    return { kind: 'range', low, high, text: trimmed };
  }
  return { error: `"${trimmed}" is not a percentage; write it as "28%" or a range as "17%-28%"` };
}
