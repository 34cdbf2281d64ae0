/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) in UTC, so no time zone can move a day.
 */

const DAY_MS = 86_400_000;

/**
 * Days from one date to another (negative when `to` is earlier).
 * @param from An ISO date.
 * @param to An ISO date.
 * @returns Whole days.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * The same calendar day some years later (29 February becomes 1 March).
 * @param date An ISO date.
 * @param years Years to add.
 * @returns An ISO date.
 */
export function addYears(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}
