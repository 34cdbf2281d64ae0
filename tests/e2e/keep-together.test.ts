import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { readPdf } from '../helpers/pdf.js';
import { buildOne } from '../helpers/run-cli.js';
import type { StatBlock } from '../../src/model/document.js';
import { parseStatValue } from '../../src/model/stat-value.js';
import { SIZES } from '../../src/print/sizes.js';
import { clinicBrand, pageTexts, renderStats } from '../stats/helpers.js';

/** How many paragraphs: each starts one word later, so the numbers land at every place in a line. */
const PARAGRAPHS = 30;

/** Test data: a fictional phone number in a sentence with a time and odds. */
const paragraph = (index: number) => `${'Rest well. '.repeat(index)}Call 03 9000 0000 at 7:00 am, as 1 in 3 people do.`;

describe('numbers kept together on a line', () => {
  test.each(['a5', 'dl-trifold'])('should never split a phone number, a time or "1 in 3" across lines in %s', async (size) => {
    const body = Array.from({ length: PARAGRAPHS }, (_, index) => paragraph(index % 10)).join('\n\n');
    const { code, stderr, out } = await buildOne({ 'handouts/numbers.md': handout(`${body}\n`).replace('sizes: [a4]', `sizes: [${size}]`) }, ['--quiet']);
    expect(code, stderr).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'numbers', `numbers-${size}.pdf`))));
    const lines = pdf.pages.join('\n').replaceAll('\u00a0', ' ').split('\n');
    const count = (what: string) => lines.filter((line) => line.includes(what)).length;
    // Each paragraph's number, time and odds are whole on one of the lines.
    expect(count('03 9000 0000')).toBe(PARAGRAPHS);
    expect(count('7:00 am')).toBe(PARAGRAPHS);
    expect(count('1 in 3')).toBe(PARAGRAPHS);
  }, 60_000);

  test('should never split "28 in 100" in a statistic box headline', async () => {
    const brand = await clinicBrand();
    const parsed = parseStatValue('28%', (problem) => {
      throw new Error(problem.message);
    }, 'test.md');
    if (parsed === null) throw new Error('no statistic');
    const place = { line: 1, column: 1 };
    const stat: StatBlock = { type: 'stat', place, value: parsed, source: null, people: 'people', timeframe: null, denominator: null, caption: [] };
    const split: number[] = [];
    // A5 pages made narrower a few points at a time, so the headline wraps at every place in it.
    for (let width = 150; width <= 300; width += 6) {
      const size = { ...SIZES['a5']!, width };
      const lines = (await pageTexts(await renderStats([stat], brand, size))).join('\n').replaceAll('\u00a0', ' ').split('\n');
      // Once in the headline, once in the key under the picture, each whole on a line.
      if (lines.filter((line) => line.includes('28 in 100')).length !== 2) split.push(width);
    }
    expect(split).toEqual([]);
  }, 60_000);
});
