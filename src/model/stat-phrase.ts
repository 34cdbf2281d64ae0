/**
 * Statistics as natural frequencies ("About 28 in 100 people"), the form patients read best
 * (IPDAS risk-communication primer; Galesic and Garcia-Retamero), and the icons that picture them.
 *
 * Rules:
 * - The denominator is 100, or 1,000 when the whole value is below 1% (0.5% → "5 in 1,000"),
 *   unless the author sets `denominator`. One form per handout is the lint's job (`statDenominator`).
 * - Counts are rounded half up ("2.9%" → "About 3 in 100"); the exact figure is printed beside
 *   the headline by the template, so nothing the author wrote is lost.
 * - A value that rounds to no one is "Fewer than 1 in 1,000" and gets no icon array: an array
 *   with nothing filled would say "no one". One that rounds to everyone is "More than 99 in 100".
 *   Exactly 0% and 100% are stated as they are, without "About".
 * - A range is "Between 17 and 28 in 100": the low end filled, the rest up to the high end shaded.
 *   If the low end rounds to no one it is "Up to 2 in 100"; if both ends round alike it is "About …".
 */

import type { IconMark, LegendEntry, NaturalFrequency, StatBlock } from './document.js';
import { say, type Messages } from './messages.js';
import type { Denominator } from './stat-value.js';


/** The parts of a stat block the phrasing reads. */
export type StatFigure = Pick<StatBlock, 'value' | 'denominator' | 'people' | 'timeframe'>;

/**
 * The denominator a stat is shown with: the author's, or 1,000 when the whole value is below 1%.
 * The lint uses it to warn when one handout mixes "in 100" and "in 1,000".
 * @param stat The stat block (its value and optional `denominator`).
 * @returns 100 or 1000.
 */
export function statDenominator(stat: Pick<StatBlock, 'value' | 'denominator'>): Denominator {
  if (stat.denominator != null) return stat.denominator;
  const top = stat.value.kind === 'percent' ? stat.value.percent : stat.value.high;
  return top > 0 && top < 1 ? 1000 : 100;
}

/**
 * Put a stat as a natural frequency: the headline, the icons to fill and the key.
 * @param stat The stat block.
 * @param messages The words to use, in the document's language (the caller loads them: the model reads no file).
 * @returns The words and counts; deterministic for the same input.
 */
export function naturalFrequency(stat: StatFigure, messages: Messages): NaturalFrequency {
  const denominator = statDenominator(stat);
  const value = stat.value;
  const low = value.kind === 'percent' ? value.percent : value.low;
  const high = value.kind === 'percent' ? value.percent : value.high;
  const lowCount = countOf(low, denominator);
  const highCount = countOf(high, denominator);
  const phrase: Phrase = (key, values) => {
    // Who is counted: the author's word, else the catalogue's ("people", or "persona"/"persone"
    // by the count in Italian), then the time frame.
    const people = stat.people ?? say(messages, 'stat_people', { count: values.count });
    const who = [people, stat.timeframe].filter((part): part is string => part != null).join(' ');
    return say(messages, key, { ...values, denominator, people: who });
  };
  const keyLine: Phrase = (key, values) => say(messages, key, { ...values, denominator });
  const base =
    value.kind === 'range' && lowCount !== highCount
      ? rangeFrequency(lowCount, highCount, denominator, phrase, keyLine)
      : singleFrequency(value.kind === 'percent' && (low === 0 || low === 100), highCount, denominator, phrase, keyLine);
  return { denominator, ...base };
}

/**
 * Write a count with a thousands separator, independent of the machine's locale.
 * @param count A whole number.
 * @returns E.g. "1,000".
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

// People out of `denominator`, rounded half up. Rounding to 6 places first keeps float noise
// (2.9 * 100 / 100 = 2.9000000000000004) from moving a half.
function countOf(percent: number, denominator: Denominator): number {
  return Math.round(Number(((percent * denominator) / 100).toFixed(6)));
}

type Phrased = Omit<NaturalFrequency, 'denominator'>;

/** A message with its numbers: `count` is the number the plural form agrees with. */
type Phrase = (key: string, values: { count: number; low?: number; more?: number }) => string;

function singleFrequency(exact: boolean, count: number, denominator: Denominator, phrase: Phrase, keyLine: Phrase): Phrased {
  if (count === 0 && !exact) {
    return { headline: phrase('stat_fewer_than', { count: 1 }), filled: 0, span: 0, showArray: false, legend: [] };
  }
  if (count === denominator && !exact) {
    // Draw one icon short of all: the picture must not say "everyone" when the words do not.
    const legend = [entry('filled', keyLine('key_filled_more_than', { count: denominator - 1 })), entry('empty', keyLine('key_outline_fewer_than', { count: 1 }))];
    return { headline: phrase('stat_more_than', { count: denominator - 1 }), filled: denominator - 1, span: 0, showArray: true, legend };
  }
  const legend: LegendEntry[] = [];
  if (count > 0) legend.push(entry('filled', keyLine('key_filled', { count })));
  if (count < denominator) legend.push(entry('empty', keyLine('key_outline', { count: denominator - count })));
  return { headline: phrase(exact ? 'stat_exact' : 'stat_about', { count }), filled: count, span: 0, showArray: true, legend };
}

function rangeFrequency(lowCount: number, highCount: number, denominator: Denominator, phrase: Phrase, keyLine: Phrase): Phrased {
  const rest = entry('empty', keyLine('key_outline', { count: denominator - highCount }));
  const tail = highCount < denominator ? [rest] : [];
  if (lowCount === 0) {
    return {
      headline: phrase('stat_up_to', { count: highCount }),
      filled: 0,
      span: highCount,
      showArray: true,
      legend: [entry('span', keyLine('key_shaded_up_to', { count: highCount })), ...tail],
    };
  }
  return {
    headline: phrase('stat_between', { low: lowCount, count: highCount }),
    filled: lowCount,
    span: highCount - lowCount,
    showArray: true,
    legend: [
      entry('filled', keyLine('key_filled', { count: lowCount })),
      entry('span', keyLine('key_shaded_more', { more: highCount - lowCount, count: highCount })),
      ...tail,
    ],
  };
}

function entry(mark: IconMark, text: string): LegendEntry {
  return { mark, text };
}
