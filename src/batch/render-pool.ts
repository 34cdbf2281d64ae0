import { availableParallelism } from 'node:os';
import { packageRoot } from '../package-root.js';
import type { RenderOutcome, RenderTask } from './render-task.js';
import { RenderPool } from './worker-pool.js';
import { workerScript } from './worker-script.js';

/** How to run a batch of renders. */
export interface PoolOptions {
  /** Parallel workers; 1 renders in this thread. */
  jobs: number;
  /** A worker is replaced after this many documents (see DEFAULT_RECYCLE_AFTER). */
  recycleAfter: number;
  /** Called as each task finishes, in completion order. */
  onOutcome: (outcome: RenderOutcome) => Promise<void> | void;
}

/**
 * Render workers by default: one fewer than the cores. A react-pdf render keeps about 1.2
 * cores busy (its garbage collector runs beside it), and on the 2-core machines we measured,
 * two parallel renders each took twice as long, so a second worker bought nothing but memory.
 */
export const DEFAULT_JOBS = Math.max(1, availableParallelism() - 1);

/**
 * Documents a worker renders before it is replaced (`BuildOptions.recycleAfter`'s default).
 * Replacing a worker costs its start-up and its warm-up (about 2.5 s of a 500-PDF build per
 * replacement, measured), and a worker's heap no longer grows with its renders (measured after a
 * forced collection every 50 renders: 41.5 MB after 50, 42.7 MB after 500, now that fonts are
 * loaded once per process), so it is replaced rarely: only as a bound on what a future leak
 * could cost.
 */
export const DEFAULT_RECYCLE_AFTER = 1000;

/**
 * A single-job batch up to this many renders runs in this thread; a larger one goes to a worker
 * whose heap is bounded (`WORKER_HEAP`), so the build's peak memory stays within 400 MB
 * however many documents there are (in this thread, with V8's default heap, a 500-PDF build
 * peaked at 400–413 MB).
 */
const IN_THREAD_RENDERS = 100;

/** True once this process has rendered: a later single-job build (watch mode) renders here, warm. */
let renderedBefore = false;

/**
 * Render tasks, in this thread or on a pool of worker threads. A crash in one task is
 * reported as that task's outcome; the other tasks go on.
 * @param tasks The renders to do.
 * @param options Parallelism and the outcome callback; a pool already started (see
 * `startRenderPool`) takes the tasks, and outcomes it already has for them are used.
 */
export async function runRenderTasks(tasks: readonly RenderTask[], options: PoolOptions & { pool?: RenderPool | null }): Promise<void> {
  if (tasks.length === 0) return;
  renderedBefore = true;
  if (options.pool) {
    const pool = options.pool;
    // Outcomes are handed on one at a time, in the order they come.
    let handedOn: Promise<void> = Promise.resolve();
    await Promise.all(
      tasks.map(async (task) => {
        const outcome = { ...(await pool.outcome(task)), id: task.id };
        handedOn = handedOn.then(() => options.onOutcome(outcome));
        await handedOn;
      }),
    );
    return;
  }
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  // A small single-job batch renders here; a large one goes to a worker even with one job, so
  // its heap is bounded and memory stays flat however many documents there are.
  if (jobs === 1 && tasks.length <= Math.min(IN_THREAD_RENDERS, options.recycleAfter)) return renderHere(tasks, options);
  const workerFile = compiledWorker();
  if (!workerFile) return renderHere(tasks, options);
  const pool = new RenderPool(workerFile, jobs, options.recycleAfter);
  try {
    await runRenderTasks(tasks, { ...options, pool });
  } finally {
    await pool.close();
  }
}

/**
 * A render pool for a build, started before its handouts are checked, so that its workers load
 * react-pdf and render each handout while this thread checks the next (see `RenderPool`).
 * @param jobs The build's parallel jobs.
 * @param recycleAfter Renders before a worker is replaced.
 * @returns The pool, or null when renders should wait and run as a batch: a single-job build in
 * a process that has rendered before (watch mode: this thread is loaded and warm), or no
 * compiled worker, or the press running from its TypeScript sources (tests), where renders stay
 * in this thread as they always have.
 */
export function startRenderPool(jobs: number, recycleAfter: number): RenderPool | null {
  if ((jobs === 1 && renderedBefore) || import.meta.url.endsWith('.ts')) return null;
  const workerFile = compiledWorker();
  return workerFile ? new RenderPool(workerFile, Math.max(1, jobs), recycleAfter) : null;
}

function compiledWorker(): string | null {
  // Running from TypeScript (under vitest), this module's own file ends in .ts; bundled, in .cjs.
  return workerScript({ root: packageRoot(), fromSource: import.meta.url.endsWith('.ts'), bundled: import.meta.url.endsWith('.cjs') });
}

async function renderHere(tasks: readonly RenderTask[], options: PoolOptions): Promise<void> {
  // Loaded on first use: a build with nothing to render never pays for react-pdf.
  const { runTask } = await import('./run-task.js');
  for (const task of tasks) await options.onOutcome(await runTask(task));
}
