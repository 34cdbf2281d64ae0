import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { buildOne, filesIn, run } from '../helpers/run-cli.js';

/** Rows of docs/hardening.md about failures in a batch. */

/** Text too long for a DL tri-fold: it fails when rendered, not when checked. */
const TOO_LONG = Array.from({ length: 40 }, (_, i) => `## Question ${i + 1}?\n\n${'Some words about the operation and what happens after it. '.repeat(6)}\n`).join('\n');

describe('failures in a batch', () => {
  test('every failure is reported, whether found in checking or in rendering, and the good handout is still built', async () => {
    const { code, stdout, stderr, out } = await buildOne({
      'handouts/a-bad-surgeon.md': handout('Text.\n', 'surgeon: dr-x\n'),
      'handouts/b-too-long.md': handout(TOO_LONG).replace('sizes: [a4]', 'sizes: [dl-trifold]'),
      'handouts/c-good.md': handout('Good text.\n'),
    });
    expect(code).toBe(1);
    expect(stderr).toMatch(/handouts\/a-bad-surgeon\.md:4:10 error unknown surgeon "dr-x"/);
    expect(stderr).toMatch(/handouts\/b-too-long\.md:1:1 error too long for a DL tri-fold/);
    expect(stdout).toMatch(/failed: \S*handouts\/b-too-long\.md dl-trifold/);
    expect(stdout).toMatch(/built 1 PDF, skipped 0 up-to-date handouts, 2 failed in/);
    expect((await filesIn(out)).filter((file) => file.endsWith('.pdf'))).toEqual(['c-good/c-good-a4.pdf']);
  });

  // Known gap, for the pipeline (see docs/hardening.md): the sizes that did render are written
  // as soon as they are done, so the a4 file below is replaced while the manifest keeps the old
  // entry. When the pipeline holds a handout's files until all its sizes are done, this test
  // starts to pass and `test.fails` must become `test`.
  test.fails('a handout that fails in one size keeps the previous PDFs of all its sizes', async () => {
    const sizes = 'sizes: [a4, dl-trifold]';
    const first = await buildOne({ 'handouts/x.md': handout('## Is it short?\n\nYes.\n').replace('sizes: [a4]', sizes) });
    expect(first.code).toBe(0);
    const before = await readFile(join(first.out, 'x/x-a4.pdf'));
    await writeFile(join(first.content, 'handouts/x.md'), handout(TOO_LONG).replace('sizes: [a4]', sizes));
    const second = await run(['build', '--content', first.content, '--out', first.out, '--jobs', '1']);
    expect(second.code).toBe(1);
    expect(Buffer.compare(await readFile(join(first.out, 'x/x-a4.pdf')), before)).toBe(0);
  });
});
