import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout, makeContent } from '../helpers/library.js';

// The command starts its render workers at once and hands each handout's sizes to them as soon
// as its document is built, before its lint. Run from the TypeScript sources (as `build` is here),
// renders wait and run in this thread: the reference to compare the command's files with.
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const TODAY = '2026-06-01';
const CONTROL = 'doc_id: "T-1"\nversion: "1.0"\nreviewed: 2025-01-01\n';
const LIBRARY = {
  'handouts/first.md': handout('## When to ring\n\nRing the clinic if the pain gets worse. Österreich, then Oslo.\n', `${CONTROL}review_due: 2027-01-01\n`),
  // Only the lint finds its error (a review overdue on --today), after its renders have started.
  'handouts/overdue.md': handout('## What is it?\n\nA handout whose review is overdue.\n', `${CONTROL}review_due: 2026-01-01\n`),
  'handouts/last.md': handout('## After surgery\n\n1. Rest.\n2. Walk a little every day.\n', `${CONTROL}review_due: 2027-01-01\n`),
};

async function pdfs(dir: string): Promise<Map<string, Buffer>> {
  const found = new Map<string, Buffer>();
  for (const name of await readdir(dir, { recursive: true })) if (name.endsWith('.pdf')) found.set(name, await readFile(join(dir, name)));
  return found;
}

describe('renders started before the lint', () => {
  test.each([[1], [2]])('with %i job(s): a handout the lint fails writes nothing, the others are the same bytes as renders in this thread', async (jobs) => {
    const content = await makeContent(LIBRARY);
    const out = join(content, 'out');
    const args = ['bin/handouts.js', 'build', '--content', content, '--out', out, '--size', 'a4,a5', '--jobs', String(jobs), '--today', TODAY, '--quiet'];
    const failed = await run(process.execPath, args, { cwd: ROOT }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toContain('lint/review-overdue');

    const written = await pdfs(out);
    expect([...written.keys()].sort()).toEqual(['first/first-a4.pdf', 'first/first-a5.pdf', 'last/last-a4.pdf', 'last/last-a5.pdf']);
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as { handouts: Array<{ slug: string }> };
    expect(manifest.handouts.map((h) => h.slug).sort()).toEqual(['first', 'last']);

    const here = join(content, 'here');
    await build({ contentDir: content, outDir: here, sizes: ['a4', 'a5'], jobs: 1, today: TODAY });
    const reference = await pdfs(here);
    expect([...reference.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [name, bytes] of written) expect(Buffer.compare(bytes, reference.get(name)!), name).toBe(0);
  }, 120_000);

  test('a build that only looks again at review dates (its files up to date) starts no render worker', async () => {
    // Due for review within 90 days of TODAY: checked again on every build.
    const content = await makeContent({ 'handouts/soon.md': LIBRARY['handouts/first.md'].replace('review_due: 2027-01-01', 'review_due: 2026-07-01') });
    const args = ['bin/handouts.js', 'build', '--content', content, '--out', join(content, 'out'), '--size', 'a4', '--today', TODAY];
    const env = { ...process.env, HANDOUTS_REPORT_CODE_CACHE: '1' };
    const first = await run(process.execPath, args, { cwd: ROOT, env });
    expect(first.stderr).toContain('code cache: render-worker.cjs');
    const again = await run(process.execPath, args, { cwd: ROOT, env });
    // Prepared again (not skipped), its review notice reported, and nothing rendered.
    expect(again.stdout).toContain('built 0 PDFs, skipped 0 up-to-date handouts, 0 failed');
    expect(again.stderr).toContain('lint/review-overdue');
    expect(again.stderr).not.toContain('code cache: render-worker.cjs');
  }, 60_000);
});
