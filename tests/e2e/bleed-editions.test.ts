import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { buildOne, filesIn, run } from '../helpers/run-cli.js';

/**
 * What `--bleed` writes, as the README says: only the print-shop edition (`-bleed`), so a
 * print job renders nothing it does not send; the plain files come from a build without
 * `--bleed`, and the manifest keeps both editions (issue 17, item 18).
 */

describe('--bleed', () => {
  test('should write only the -bleed files on a fresh build, and a plain build should add the plain ones', async () => {
    const first = await buildOne({ 'handouts/x.md': handout('## What is it?\n\nText.\n') }, ['--bleed', '--today', '2026-11-25']);
    expect(first.code).toBe(0);
    expect((await filesIn(first.out)).filter((f) => f.endsWith('.pdf'))).toEqual(['x/x-a4-bleed.pdf']);

    const second = await run(['build', '--content', first.content, '--out', first.out, '--jobs', '1', '--today', '2026-11-25']);
    expect(second.code).toBe(0);
    expect((await filesIn(first.out)).filter((f) => f.endsWith('.pdf'))).toEqual(['x/x-a4-bleed.pdf', 'x/x-a4.pdf']);
    const manifest = JSON.parse(await readFile(join(first.out, 'manifest.json'), 'utf8')) as { handouts: Array<{ outputs: Array<{ file: string; edition?: string }> }> };
    expect(manifest.handouts[0]?.outputs.map((o) => [o.file, o.edition ?? ''])).toEqual([
      ['x/x-a4-bleed.pdf', 'bleed'],
      ['x/x-a4.pdf', ''],
    ]);
  });
});
