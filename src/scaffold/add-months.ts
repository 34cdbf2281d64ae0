/**
 * A calendar date some months later, clamped to the month's last day (31 January plus one
 * month is 28 or 29 February). Works on the YYYY-MM-DD text in UTC, so no time zone moves it.
 * @param iso A valid YYYY-MM-DD date.
 * @param months Whole months to add.
 * @returns The later date, YYYY-MM-DD.
 */
export function addMonths(iso: string, months: number): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/**
 * Today's date where the press runs (the clinic's own calendar day, not UTC's).
 * @param now The clock (injectable for tests).
 * @returns YYYY-MM-DD.
 */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
