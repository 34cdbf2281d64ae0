import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { buildOne, filesIn, run } from '../helpers/run-cli.js';

/** Rows of the README's bad input and faults table about failures in a batch. */

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

  test('a handout that fails in one size keeps the previous PDFs of all its sizes, and its manifest entry, marked failing', async () => {
    const sizes = 'sizes: [a4, dl-trifold]';
    const first = await buildOne({ 'handouts/x.md': handout('## Is it short?\n\nYes.\n').replace('sizes: [a4]', sizes) });
    expect(first.code).toBe(0);
    const files = ['x/x-a4.pdf', 'x/x-dl-trifold.pdf'];
    const before = await Promise.all(files.map((file) => readFile(join(first.out, file))));
    const manifestBefore = JSON.parse(await readFile(join(first.out, 'manifest.json'), 'utf8')) as { handouts: Array<Record<string, unknown>> };
    // The A4 edition of the new text renders; the tri-fold does not fit. Neither is written.
    await writeFile(join(first.content, 'handouts/x.md'), handout(TOO_LONG).replace('sizes: [a4]', sizes));
    const second = await run(['build', '--content', first.content, '--out', first.out, '--jobs', '2']);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/failed: \S*handouts\/x\.md dl-trifold/);
    expect(second.stdout).toMatch(/built 0 PDFs, skipped 0 up-to-date handouts, 1 failed in/);
    for (const [index, file] of files.entries()) expect(Buffer.compare(await readFile(join(first.out, file)), before[index]!), file).toBe(0);
    const manifestAfter = JSON.parse(await readFile(join(first.out, 'manifest.json'), 'utf8')) as unknown;
    expect(manifestAfter).toEqual({ handouts: manifestBefore.handouts.map((h) => ({ ...h, status: 'failing' })) });
  });
});
