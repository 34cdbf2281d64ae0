import { UsageError } from '../diagnostics.js';
import type { FlagValues, Flags } from './command.js';

/**
 * `--today YYYY-MM-DD`: the date that review dates (and consult dates) are checked against,
 * instead of the machine's. Every command that checks dates takes it, so a CI job or a
 * test can pin the day.
 */
export const TODAY_OPTION = {
  today: { type: 'string', value: '<date>', description: 'the date review dates are checked against, YYYY-MM-DD', defaultText: 'today' },
} as const satisfies Flags;

/**
 * Read `--today`.
 * @param values Parsed flags.
 * @returns The date, or undefined when the flag was not given.
 * @throws UsageError when it is not a real date written as YYYY-MM-DD.
 */
export function parseToday(values: FlagValues): string | undefined {
  const today = values['today'];
  if (typeof today !== 'string') return undefined;
  const date = new Date(`${today}T00:00:00Z`);
  const real = /^\d{4}-\d{2}-\d{2}$/.test(today) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(today);
  if (!real) throw new UsageError(`--today "${today}" must be a real date written as YYYY-MM-DD, e.g. 2026-03-05`);
  return today;
}
