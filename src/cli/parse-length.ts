import { UsageError } from '../diagnostics.js';

const POINTS_PER_UNIT: Record<string, number> = { mm: 72 / 25.4, cm: 72 / 2.54, in: 72, pt: 1 };

/**
 * Parse a print length such as "3mm", "0.125in" or "9pt" into points.
 * @param text The length as typed.
 * @param flag The flag it came from, for the error.
 * @returns Points.
 */
export function parseLength(text: string, flag: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(mm|cm|in|pt)$/.exec(text.trim());
  if (!match) throw new UsageError(`${flag} "${text}" is not a length; write it like 3mm or 0.125in`);
  const value = Number(match[1]) * (POINTS_PER_UNIT[match[2] ?? 'pt'] ?? 1);
  if (value > 36) throw new UsageError(`${flag} ${text} is more than half an inch; print shops ask for 3mm or 0.125in`);
  return value;
}

/** `--bleed` alone means the trade's usual 3 mm. */
export const DEFAULT_BLEED = '3mm';

/**
 * Give a bare `--bleed` its default value, since node's parseArgs has no optional values.
 * @param argv The arguments.
 * @returns The arguments with `--bleed 3mm` where `--bleed` had no length after it.
 */
export function defaultBleedValue(argv: readonly string[]): string[] {
  const out: string[] = [];
  argv.forEach((arg, index) => {
    out.push(arg);
    const next = argv[index + 1];
    if (arg === '--bleed' && (next === undefined || !/^\d/.test(next))) out.push(DEFAULT_BLEED);
  });
  return out;
}
