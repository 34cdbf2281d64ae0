import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MM } from '../../src/print/sizes.js';
import { handout } from '../helpers/library.js';
import { textBoxes, type TextBox } from '../helpers/pdf-layout.js';
import { pagePicture, tableFrameLeftOf } from '../helpers/pdf-pixels.js';
import { buildOne } from '../helpers/run-cli.js';

/** A table long enough to split in every size built here (test data). */
const ROWS = 30;
const TABLE = [
  '| Week number | What you can do | Who to ask |',
  '| --- | --- | --- |',
  ...Array.from({ length: ROWS }, (_, i) => `| Row ${i + 1} | Walk for ${5 * (i + 1)} minutes a day, a little further each time | Your nurse |`),
].join('\n');
const SIZES = ['a4', 'large-print', 'dl-trifold'] as const;

/** Where a run of text is: its page and, on an imposed tri-fold sheet, its panel (about 99 mm each). */
const partOf = (box: TextBox) => `${box.page}/${Math.floor(box.left / (99 * MM))}`;

const built: Record<string, Uint8Array> = {};

beforeAll(async () => {
  const file = handout(`An introduction.\n\n## What can I do each week?\n\n${TABLE}\n\n## What next?\n\nMore text.\n`).replace('sizes: [a4]', `sizes: [${SIZES.join(', ')}]`);
  const { code, stderr, out } = await buildOne({ 'handouts/table.md': file }, ['--quiet']);
  expect(code, stderr).toBe(0);
  for (const size of SIZES) built[size] = new Uint8Array(await readFile(join(out, 'table', `table-${size}.pdf`)));
}, 120_000);

describe.each(SIZES)('a table split across pages or panels in %s', (size) => {
  test('should repeat the header row on every part', async () => {
    const boxes = await textBoxes(built[size]!);
    const partsWithRows = new Set(boxes.filter((box) => /^Row \d+$/.test(box.text)).map(partOf));
    const partsWithHeader = boxes.filter((box) => box.text === 'Week number').map(partOf);
    expect(partsWithRows.size).toBeGreaterThan(1);
    expect(partsWithHeader).toEqual([...partsWithRows]);
  });

  test('should close every part with a top and a bottom border, and no side border beyond them', async () => {
    const bytes = built[size]!;
    // Each part's first cell: its topmost header or row text.
    const firstCells = new Map<string, TextBox>();
    for (const box of await textBoxes(bytes)) {
      if (box.text !== 'Week number' && !/^Row \d+$/.test(box.text)) continue;
      const first = firstCells.get(partOf(box));
      if (!first || box.top > first.top) firstCells.set(partOf(box), box);
    }
    expect(firstCells.size).toBeGreaterThan(1);
    for (const [part, cell] of firstCells) {
      const picture = await pagePicture(bytes, cell.page);
      const frame = tableFrameLeftOf(picture, cell.left, picture.height / picture.scale - cell.top);
      expect({ part, closedTop: frame?.closedTop, closedBottom: frame?.closedBottom }).toEqual({ part, closedTop: true, closedBottom: true });
    }
  });
});

describe('a table header row at a page foot', () => {
  /** Questions with answers of growing length, each ending in a table, so tables start at many heights of a page. */
  const questions = Array.from({ length: 14 }, (_, i) =>
    [
      `## Question ${i + 1}?`,
      '',
      'Rest and walk a little each day. '.repeat(3 + 2 * i).trim(),
      '',
      `| Table${i + 1} week | What you can do here | Who to ask |`,
      '| --- | --- | --- |',
      `| Row${i + 1}a | Walk for five minutes a day, a little further each time, and rest when you are tired | The nurse on the ward or the physiotherapist |`,
      `| Row${i + 1}b | Walk for ten minutes a day | Your surgeon |`,
      '',
    ].join('\n'),
  ).join('\n');

  test.each(['a4', 'large-print'])('should never be left without a row under it in %s', async (size) => {
    const { code, stderr, out } = await buildOne({ 'handouts/tables.md': handout(`An introduction.\n\n${questions}`).replace('sizes: [a4]', `sizes: [${size}]`) }, ['--quiet']);
    expect(code, stderr).toBe(0);
    const boxes = await textBoxes(new Uint8Array(await readFile(join(out, 'tables', `tables-${size}.pdf`))));
    const alone: string[] = [];
    for (let table = 1; table <= 14; table += 1) {
      const rowPages = new Set(boxes.filter((box) => box.text.startsWith(`Row${table}a`) || box.text.startsWith(`Row${table}b`)).map((box) => box.page));
      for (const header of boxes.filter((box) => box.text.startsWith(`Table${table} `) || box.text === `Table${table}`)) {
        if (!rowPages.has(header.page)) alone.push(`table ${table}: header alone on page ${header.page}`);
      }
    }
    expect(alone).toEqual([]);
  }, 60_000);
});
