import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { packageRoot } from '../package-root.js';
import type { RenderOutcome, RenderTask } from './render-task.js';
import { workerScript } from './worker-script.js';

/** How to run a batch of renders. */
export interface PoolOptions {
  /** Parallel workers; 1 renders in this thread. */
  jobs: number;
  /** A worker is replaced after this many documents, because react-pdf keeps memory per render. */
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
 * Documents a worker renders before it is replaced (`BuildOptions.recycleAfter`'s default):
 * react-pdf keeps about 0.15–0.18 MB per render, so 100 renders stay well inside the
 * worker's heap (`WORKER_HEAP_MB`).
 */
export const DEFAULT_RECYCLE_AFTER = 100;

/** Old-generation heap of a render worker: room for DEFAULT_RECYCLE_AFTER renders' leaked memory and the work in hand. */
const WORKER_HEAP_MB = 256;

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
  // the worker can be recycled and memory stays flat however many documents there are.
  if (jobs === 1 && tasks.length <= options.recycleAfter) return renderHere(tasks, options);
  // Running from TypeScript (under vitest), this module's own file ends in .ts.
  const workerFile = workerScript({ root: packageRoot(), fromSource: import.meta.url.endsWith('.ts') });
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
        // A bounded heap makes V8 collect before it grows: react-pdf's garbage is large.
        worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
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
