import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Manifest } from '../../src/output/manifest.js';
import { build } from '../../src/pipeline.js';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';

/** Two one-page handouts and a build function into one output folder. */
async function library() {
  const content = await makeContent({
    'surgeons/test-surgeon.md': TEST_SURGEON,
    'handouts/alpha.md': handout('Alpha text.\n'),
    'handouts/beta.md': handout('Beta text.\n'),
  });
  const out = join(content, 'out');
  const run = (inputs: string[] = []) => build({ contentDir: content, outDir: out, jobs: 1, today: '2026-11-25', inputs });
  const manifest = async () => JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
  return { content, out, run, manifest };
}

describe('the manifest describes every PDF in the folder', () => {
  test('a deleted manifest comes back on a no-op build, with nothing rebuilt', async () => {
    const { out, run, manifest } = await library();
    await run();
    const original = await readFile(join(out, 'manifest.json'), 'utf8');
    await rm(join(out, 'manifest.json'));
    const again = await run();
    expect(again.written).toEqual([]);
    expect(again.skipped).toHaveLength(2);
    // Before, it said "skipped 2 up-to-date handouts" and wrote no manifest at all.
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(original);
    expect((await manifest()).handouts.map((h) => [h.slug, h.status])).toEqual([['alpha', 'built'], ['beta', 'built']]);
  }, 60_000);

  test('a lost entry comes back, even when only another handout is built', async () => {
    const { out, run, manifest } = await library();
    await run();
    const full = await manifest();
    await writeFile(join(out, 'manifest.json'), `${JSON.stringify({ handouts: full.handouts.filter((h) => h.slug !== 'beta') })}\n`);
    await run(['alpha']);
    expect(await manifest()).toEqual(full);
    await rm(join(out, 'manifest.json'));
    await run(['alpha']);
    expect(await manifest()).toEqual(full);
  }, 60_000);

  test('a handout that fails now keeps its last good files, marked failing, until it builds again', async () => {
    const { content, out, run, manifest } = await library();
    await run();
    const good = await manifest();
    await writeFile(join(content, 'handouts/beta.md'), handout('Beta text.\n', 'surgeon: nobody\n'));
    const failing = await run();
    expect(failing.failed).toEqual([expect.stringMatching(/beta\.md$/)]);
    const beta = (await manifest()).handouts.find((h) => h.slug === 'beta');
    expect(beta).toEqual({ ...good.handouts.find((h) => h.slug === 'beta'), status: 'failing' });
    // Lost while failing: restored from the cache, still failing.
    await rm(join(out, 'manifest.json'));
    await run();
    expect((await manifest()).handouts.map((h) => [h.slug, h.status])).toEqual([['alpha', 'built'], ['beta', 'failing']]);
    // Fixed: built again.
    await writeFile(join(content, 'handouts/beta.md'), handout('Beta text, fixed.\n'));
    await run();
    expect((await manifest()).handouts.map((h) => [h.slug, h.status])).toEqual([['alpha', 'built'], ['beta', 'built']]);
  }, 120_000);

  test('a PDF deleted from the folder is built again and listed', async () => {
    const { out, run, manifest } = await library();
    await run();
    const full = await manifest();
    await rm(join(out, 'alpha/alpha-a4.pdf'));
    const again = await run();
    expect(again.written).toEqual([expect.stringMatching(/alpha-a4\.pdf$/)]);
    expect(await manifest()).toEqual(full);
  }, 60_000);

  test('files deleted by hand with their handout leave the manifest, so it lists only files that are there', async () => {
    const { content, out, run, manifest } = await library();
    await run();
    await rm(join(content, 'handouts/beta.md'));
    await rm(join(out, 'beta'), { recursive: true });
    await run();
    expect((await manifest()).handouts.map((h) => h.slug)).toEqual(['alpha']);
  }, 60_000);
});
