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
  /** Workers started earlier (see `startRenderWorkers`), used before any new one is started. */
  started?: StartedWorkers;
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

/** True once this process has rendered a batch: react-pdf is then loaded (or a worker was used). */
let renderedBefore = false;

/**
 * Render workers started before their tasks are known, so that loading react-pdf and the
 * templates in them (about 0.7 s of CPU) overlaps this thread's reading and linting. Idle,
 * they do not keep the process alive; `stop` ends the ones never used.
 */
export class StartedWorkers {
  readonly #idle: Worker[] = [];

  /** @param workers Workers just started; they are unreferenced until taken. */
  constructor(workers: Worker[] = []) {
    for (const worker of workers) {
      worker.unref();
      // A worker that fails while it loads must not crash the build: it is dropped, and its
      // tasks go to a new worker, which reports the failure as their crash (see `runOn`).
      worker.on('error', ignore);
      worker.once('exit', () => this.#drop(worker));
      this.#idle.push(worker);
    }
  }

  /** How many are waiting for work. */
  get size(): number {
    return this.#idle.length;
  }

  /** A started worker that is still running, now kept alive until it is done with. */
  take(): Worker | undefined {
    const worker = this.#idle.shift();
    if (!worker) return undefined;
    worker.off('error', ignore);
    worker.ref();
    return worker;
  }

  #drop(worker: Worker): void {
    const at = this.#idle.indexOf(worker);
    if (at >= 0) this.#idle.splice(at, 1);
  }

  /** End every worker never taken. */
  async stop(): Promise<void> {
    await Promise.all(this.#idle.splice(0).map((worker) => worker.terminate()));
  }
}

/**
 * Start render workers ahead of a build's renders, while it still prepares its handouts. A
 * single-job build renders in this thread once this process has rendered before (watch
 * mode's later builds, where react-pdf is loaded and warm here); in a fresh process it pays
 * the same loading in a worker, started early, instead.
 * @param jobs The build's parallel workers.
 * @param handouts Handouts that may render: at least one task each.
 * @returns The workers (none when nothing may render or there is no compiled worker).
 */
export function startRenderWorkers(jobs: number, handouts: number): StartedWorkers {
  const count = Math.max(0, Math.min(jobs, handouts));
  if (count === 0 || (jobs === 1 && renderedBefore)) return new StartedWorkers();
  const workerFile = renderWorkerFile();
  if (!workerFile) return new StartedWorkers();
  return new StartedWorkers(Array.from({ length: count }, () => newWorker(workerFile)));
}

function ignore(): void {}

/**
 * Render tasks, in this thread or on a pool of worker threads. A crash in one task is
 * reported as that task's outcome; the other tasks go on. Started workers not needed are ended.
 * @param tasks The renders to do.
 * @param options Parallelism and the outcome callback.
 */
export async function runRenderTasks(tasks: readonly RenderTask[], options: PoolOptions): Promise<void> {
  const started = options.started ?? new StartedWorkers();
  try {
    if (tasks.length === 0) return;
    renderedBefore = true;
    const jobs = Math.max(1, Math.min(options.jobs, tasks.length));
    // A small single-job batch renders here, unless a worker was started for it; a large one
    // goes to a worker even with one job, so the worker can be recycled and memory stays flat
    // however many documents there are.
    if (jobs === 1 && tasks.length <= options.recycleAfter && started.size === 0) return await renderHere(tasks, options);
    const workerFile = renderWorkerFile();
    if (!workerFile) return await renderHere(tasks, options);
    const queue = [...tasks];
    await Promise.all(Array.from({ length: jobs }, () => drain(queue, workerFile, options, started)));
  } finally {
    await started.stop();
  }
}

/** The compiled worker's script, or null when there is none (renders then run here). */
function renderWorkerFile(): string | null {
  // Running from TypeScript (under vitest), this module's own file ends in .ts.
  return workerScript({ root: packageRoot(), fromSource: import.meta.url.endsWith('.ts') });
}

function newWorker(workerFile: string): Worker {
  // A bounded heap makes V8 collect before it grows: react-pdf's garbage is large.
  return new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
}

async function renderHere(tasks: readonly RenderTask[], options: PoolOptions): Promise<void> {
  // Loaded on first use: a build with nothing to render never pays for react-pdf.
  const { runTask } = await import('./run-task.js');
  for (const task of tasks) await options.onOutcome(await runTask(task));
}

/** One worker slot: takes tasks from the shared queue until it is empty, recycling its worker. */
async function drain(queue: RenderTask[], workerFile: string, options: PoolOptions, started: StartedWorkers): Promise<void> {
  let worker: Worker | null = null;
  let done = 0;
  try {
    for (let task = queue.shift(); task; task = queue.shift()) {
      if (!worker || done >= options.recycleAfter) {
        await worker?.terminate();
        worker = started.take() ?? newWorker(workerFile);
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
