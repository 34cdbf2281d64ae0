import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import type { RenderOutcome, RenderTask } from './render-task.js';
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

/**
 * Heap bound of a render worker. It is far above what a worker keeps live (about 45 MB); it is
 * what V8 sizes its collections by. 256 MB, the old bound, made a 500-PDF single-job build
 * 20–30% slower (59 s against 45–50 s, 2026-12-01) to save under 60 MB; with 1024 MB the same
 * build took 49–50 s at a peak of 340–380 MB (a young generation set to 16 or 32 MB made no
 * difference beyond the ±10% between runs).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 1024 };

/**
 * Render tasks, in this thread or on a pool of worker threads. A crash in one task is
 * reported as that task's outcome; the other tasks go on.
 * @param tasks The renders to do.
 * @param options Parallelism and the outcome callback.
 */
export async function runRenderTasks(tasks: readonly RenderTask[], options: PoolOptions): Promise<void> {
  if (tasks.length === 0) return;
  const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
  // A small single-job batch renders here; a large one goes to a worker even with one job, so
  // its heap is bounded and memory stays flat however many documents there are.
  if (jobs === 1 && tasks.length <= Math.min(IN_THREAD_RENDERS, options.recycleAfter)) return renderHere(tasks, options);
  // Running from TypeScript (under vitest), this module's own file ends in .ts; bundled, in .cjs.
  const workerFile = workerScript({ root: packageRoot(), fromSource: import.meta.url.endsWith('.ts'), bundled: import.meta.url.endsWith('.cjs') });
  if (!workerFile) return renderHere(tasks, options);
  const queue = [...tasks];
  await Promise.all(Array.from({ length: jobs }, () => drain(queue, workerFile, options)));
}

async function renderHere(tasks: readonly RenderTask[], options: PoolOptions): Promise<void> {
  // Loaded on first use: a build with nothing to render never pays for react-pdf.
  const { runTask } = await import('./run-task.js');
  for (const task of tasks) await options.onOutcome(await runTask(task));
}

/** One worker slot: takes tasks from the shared queue until it is empty, recycling its worker. */
async function drain(queue: RenderTask[], workerFile: string, options: PoolOptions): Promise<void> {
  let worker: Worker | null = null;
  let done = 0;
  try {
    for (let task = queue.shift(); task; task = queue.shift()) {
      if (!worker || done >= options.recycleAfter) {
        await worker?.terminate();
        worker = new Worker(workerFile, { resourceLimits: WORKER_HEAP });
        done = 0;
      }
      const outcome = await runOn(worker, task);
      done += 1;
      if (outcome.kind === 'crash') {
        // The worker may be in any state after a crash: start a fresh one.
        await worker.terminate();
        worker = null;
      }
      await options.onOutcome(outcome);
    }
  } finally {
    await worker?.terminate();
  }
}

function runOn(worker: Worker, task: RenderTask): Promise<RenderOutcome> {
  return new Promise((resolve) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (outcome: RenderOutcome) => {
      cleanup();
      resolve(outcome);
    };
    const onError = (error: Error) => {
      cleanup();
      resolve({ id: task.id, kind: 'crash', message: error.message });
    };
    const onExit = (code: number) => {
      cleanup();
      resolve({ id: task.id, kind: 'crash', message: `render worker exited with code ${code}` });
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task);
  });
}
