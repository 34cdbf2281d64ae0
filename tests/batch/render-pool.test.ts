import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runRenderTasks } from '../../src/batch/render-pool.js';
import { RenderPool } from '../../src/batch/worker-pool.js';
import { workerScript } from '../../src/batch/worker-script.js';
import type { RenderOutcome, RenderTask } from '../../src/batch/render-task.js';
import { loadProject, prepareHandout } from '../../src/build/prepare.js';
import { handout, makeContent } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';

// Workers are replaced after `recycleAfter` renders, and rarely by default (a replacement
// costs its start-up and warm-up). Replacing one after every render must not change a byte.
const SENTENCE = 'Ring the clinic if the pain gets worse. Österreich, then Oslo.';

async function tasks(): Promise<RenderTask[]> {
  const content = await makeContent({ 'handouts/pool.md': handout(`## When to ring\n\n${SENTENCE}\n`) });
  const project = await loadProject(content, () => {});
  const prepared = await prepareHandout({ path: join(content, 'handouts', 'pool.md'), fileSlug: 'pool' }, project, { today: '2026-06-01' });
  if (!prepared.document) throw new Error(JSON.stringify(prepared.diagnostics));
  return ['a4', 'a5', 'a4'].map((size, id) => ({ id, document: prepared.document!, size, print: { bleed: 0 } }));
}

async function outcomes(list: RenderTask[], jobs: number, recycleAfter: number): Promise<RenderOutcome[]> {
  const seen: RenderOutcome[] = [];
  await runRenderTasks(list, { jobs, recycleAfter, onOutcome: (outcome) => void seen.push(outcome) });
  return seen.sort((a, b) => a.id - b.id);
}

describe('the render pool', () => {
  test('a worker replaced after every render makes the same PDFs as this thread', async () => {
    const list = await tasks();
    const here = await outcomes(list, 1, 1000);
    const recycled = await outcomes(list, 2, 1);
    expect(recycled.map((o) => `${o.id} ${o.kind}`)).toEqual(['0 files', '1 files', '2 files']);
    for (const [i, outcome] of recycled.entries()) {
      const mine = here[i]!;
      if (outcome.kind !== 'files' || mine.kind !== 'files') throw new Error(`task ${i} not rendered`);
      expect(Buffer.compare(Buffer.from(outcome.files[0]!.bytes), Buffer.from(mine.files[0]!.bytes)), `task ${i}`).toBe(0);
      expect(normalizeSpace((await readPdf(outcome.files[0]!.bytes)).pages.join(' '))).toContain(SENTENCE);
    }
  }, 120_000);
});

describe('a render pool with tasks handed in early', () => {
  const worker = workerScript({ root: resolve(import.meta.dirname, '../..'), fromSource: true });

  test('gives a task handed in early as the outcome of the same document and size, once', async () => {
    if (!worker) throw new Error('no compiled worker: run npm run compile');
    const [a4, a5] = await tasks();
    const pool = new RenderPool(worker, 1, 1000);
    try {
      const early = pool.early(a4!);
      expect(pool.outcome({ ...a4!, id: 7 })).toBe(early);
      // Asked again, or for another size, it renders anew.
      const again = pool.outcome(a4!);
      expect(again).not.toBe(early);
      const [first, second, other] = await Promise.all([early, again, pool.outcome(a5!)]);
      if (first.kind !== 'files' || second.kind !== 'files' || other.kind !== 'files') throw new Error('not rendered');
      expect(Buffer.compare(Buffer.from(first.files[0]!.bytes), Buffer.from(second.files[0]!.bytes))).toBe(0);
      expect(Buffer.compare(Buffer.from(first.files[0]!.bytes), Buffer.from(other.files[0]!.bytes))).not.toBe(0);
    } finally {
      await pool.close();
    }
  }, 120_000);

  test("drops a document's tasks that have not started, and forgets its early outcomes", async () => {
    if (!worker) throw new Error('no compiled worker: run npm run compile');
    const [a4, a5] = await tasks();
    const other = { ...a5!, document: { ...a5!.document } };
    const pool = new RenderPool(worker, 1, 1000);
    try {
      const running = pool.early(a4!);
      const waiting = pool.early(other);
      pool.drop(other.document);
      expect(await waiting).toMatchObject({ kind: 'crash', message: 'not rendered: the handout has errors' });
      expect(pool.outcome(other)).not.toBe(waiting);
      expect((await running).kind).toBe('files');
    } finally {
      await pool.close();
    }
  }, 120_000);
});
