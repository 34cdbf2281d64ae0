import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWatch, type Watching } from '../../src/watch/watch-handouts.js';
import type { PreviewState } from '../../src/watch/preview-server.js';
import { handout, makeContent } from '../helpers/library.js';

/**
 * What the preview page is given to show (issue 17, item 19): each handout's size buttons in
 * the size registry's order, not by file name, and the problems with errors first.
 */

let watching: Watching;
let state: PreviewState;

beforeAll(async () => {
  const content = await makeContent({
    // Sizes listed out of order on purpose; the buttons follow the registry, not this list.
    'handouts/knee.md': handout('## What is it?\n\nA short test handout.\n').replace('sizes: [a4]', 'sizes: [large-print, a5, letter, a4]'),
    // Warnings at 1:1 (no document control) and an error further down.
    'handouts/zz-broken.md': handout('## What is it?\n\n<div>raw HTML</div>\n'),
  });
  const out = await mkdtemp(join(tmpdir(), 'handouts-watch-'));
  watching = await startWatch({ contentDir: content, outDir: out, port: 0, settleMs: 50, today: '2026-11-25' });
  await watching.idle();
  state = (await (await fetch(new URL('/api/state', watching.url))).json()) as PreviewState;
}, 120_000);

afterAll(async () => {
  await watching?.close();
});

describe('the preview page', () => {
  test('should offer the sizes in the registry order: a4, letter, a5, large print', () => {
    expect(state.handouts.find((h) => h.slug === 'knee')?.outputs.map((o) => o.name)).toEqual(['a4', 'letter', 'a5', 'large-print']);
  });

  test('should list the errors before the warnings', () => {
    const lines = state.problems.trim().split('\n').slice(0, -1);
    const firstWarning = lines.findIndex((line) => / warning /.test(line));
    const lastError = lines.findLastIndex((line) => / error /.test(line));
    expect(lastError).toBeGreaterThanOrEqual(0);
    expect(firstWarning).toBeGreaterThan(lastError);
  });
});
