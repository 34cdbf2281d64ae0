import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { buildOne } from '../helpers/run-cli.js';

/**
 * Layout problems found while hardening (fuzzing with seeds 7 and 8 found the first).
 * Each is a `test.fails`: when the template is fixed, the test starts to pass, and `test.fails`
 * must become `test`. Rows of docs/hardening.md.
 */

/** The text of each page above its footer. */
async function pageBodies(out: string, file: string): Promise<string[]> {
  const pdf = await readPdf(await readFile(join(out, file)));
  return pdf.pages.map((page) => normalizeSpace(page.split('All information is general')[0] ?? page));
}

test('a question followed by a table is never left at the foot of a page', async () => {
  // 54 one-line paragraphs bring the question to the foot of page 2 in A4; the table's rows
  // cannot be split, so they all move on and the question stays behind.
  const filler = Array.from({ length: 54 }, (_, i) => `Filler sentence number ${i} takes a line.`).join('\n\n');
  const table = ['| A | B | C |', '| --- | --- | --- |', ...Array.from({ length: 6 }, (_, i) => `| r${i}a | r${i}b | r${i}c |`)].join('\n');
  const { code, out } = await buildOne({ 'handouts/strand.md': handout(`${filler}\n\n## What is the stranded question?\n\n${table}\n`) });
  expect(code).toBe(0);
  for (const body of await pageBodies(out, 'strand/strand-a4.pdf')) expect(body.endsWith('What is the stranded question?')).toBe(false);
});

test.fails('a word too long for its table cell is wrapped, not cut off at the panel edge', async () => {
  const word = 'Supercalifragilistic';
  const table = [`|${' H |'.repeat(6)}`, `|${' --- |'.repeat(6)}`, `|${Array.from({ length: 6 }, (_, i) => ` ${word}${i} |`).join('')}`].join('\n');
  const { code, out } = await buildOne({ 'handouts/wide.md': handout(`${table}\n`).replace('sizes: [a4]', 'sizes: [dl-trifold]') });
  expect(code).toBe(0);
  // The whole sheet: on a tri-fold the disclaimer's back panel comes before the text.
  const text = (await readPdf(await readFile(join(out, 'wide/wide-dl-trifold.pdf')))).pages.join(' ').replace(/[\s-]+/g, '');
  for (let i = 0; i < 6; i += 1) expect(text).toContain(`${word}${i}`);
});
