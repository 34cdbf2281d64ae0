import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runRenderTasks, startRenderWorkers } from '../../src/batch/render-pool.js';
import type { RenderOutcome } from '../../src/batch/render-task.js';
import { loadProject, prepareHandout } from '../../src/build/prepare.js';
import { printSize } from '../../src/output/print-size.js';
import { handout, makeContent } from '../helpers/library.js';

// A build starts its render workers while it still reads and lints (so loading react-pdf in
// them overlaps that work), before it knows how many renders there will be. The order of these
// tests matters: the first render in a process decides whether later single-job builds start
// a worker (see `startRenderWorkers`).
describe('render workers started before their tasks', () => {
  test('should start one per job, at most one per handout, and none with nothing to render', async () => {
    const none = startRenderWorkers(2, 0);
    const one = startRenderWorkers(2, 1);
    const two = startRenderWorkers(2, 5);
    expect([none.size, one.size, two.size]).toEqual([0, 1, 2]);
    await Promise.all([none.stop(), one.stop(), two.stop()]);
    expect(two.size).toBe(0);
  });

  test('should be ended when there is nothing to render after all', async () => {
    const started = startRenderWorkers(1, 1);
    expect(started.size).toBe(1);
    await runRenderTasks([], { jobs: 1, recycleAfter: 100, started, onOutcome: () => {} });
    expect(started.size).toBe(0);
  });

  test('should render a single-job batch in a fresh process with the same bytes as this thread does', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('## Which letters?\n\nÖsterreich, Éclair; Oslo, Eagle.\n') });
    const prepared = await prepareHandout({ path: join(content, 'handouts', 'x.md'), fileSlug: 'x' }, await loadProject(content), { today: '2026-06-01' });
    const document = prepared.document!;
    const started = startRenderWorkers(1, 1);
    expect(started.size).toBe(1);
    const outcomes: RenderOutcome[] = [];
    await runRenderTasks([{ id: 0, document, size: 'a4', print: { bleed: 0 } }], { jobs: 1, recycleAfter: 100, started, onOutcome: (outcome) => void outcomes.push(outcome) });
    // The worker was used (it is no longer waiting), and what it made is what this thread makes.
    expect(started.size).toBe(0);
    const [outcome] = outcomes;
    if (outcome?.kind !== 'files') throw new Error(JSON.stringify(outcome));
    const here = await printSize(document, 'a4', { bleed: 0 }, (d) => {
      throw new Error(d.message);
    });
    expect(Buffer.compare(Buffer.from(outcome.files[0]!.bytes), Buffer.from(here![0]!.bytes))).toBe(0);
  });

  test('should leave a single-job build to this thread once this process has rendered', () => {
    expect(startRenderWorkers(1, 3).size).toBe(0);
    const two = startRenderWorkers(2, 3);
    expect(two.size).toBe(2);
    return two.stop();
  });
});
