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
    // Outcomes are handed on one at a time, as they come, as a worker slot does below.
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

interface Queued {
  task: RenderTask;
  done: (outcome: RenderOutcome) => void;
}

/** One worker of the pool: replaced after `recycleAfter` renders, after a crash, or when it died idle. */
interface Slot {
  worker: Worker | null;
  renders: number;
  busy: boolean;
}

/**
 * Worker threads that render tasks as they are handed in, in the order given. The workers start
 * at once, so they load react-pdf and the templates while the caller does other work (reads and
 * checks handouts). A task may be handed in early, before it is known to be wanted (`early`),
 * and its outcome taken later (`outcome`), or dropped if it never starts (`drop`).
 */
export class RenderPool {
  readonly #queue: Queued[] = [];
  readonly #slots: Slot[];
  /** Outcomes of tasks handed in early, by document (the very object) and size. */
  readonly #early = new Map<RenderTask['document'], Map<string, Promise<RenderOutcome>>>();

  /**
   * @param workerFile The compiled worker.
   * @param size Worker threads.
   * @param recycleAfter Renders before a worker is replaced.
   */
  constructor(
    readonly workerFile: string,
    size: number,
    readonly recycleAfter: number,
  ) {
    this.#slots = Array.from({ length: size }, () => ({ worker: this.#newWorker(), renders: 0, busy: false }));
  }

  /**
   * Hand in a task before it is known to be wanted: a handout's sizes, while its checks run.
   * The build's print options are the same for every task, so a document and a size name it.
   * @returns Its outcome, which `outcome` gives once for the same document and size.
   */
  early(task: RenderTask): Promise<RenderOutcome> {
    const sizes = this.#early.get(task.document) ?? new Map<string, Promise<RenderOutcome>>();
    const outcome = this.#submit(task);
    sizes.set(task.size, outcome);
    this.#early.set(task.document, sizes);
    return outcome;
  }

  /** The outcome of a task: the one handed in early for the same document and size, or a new render. */
  outcome(task: RenderTask): Promise<RenderOutcome> {
    const sizes = this.#early.get(task.document);
    const early = sizes?.get(task.size);
    sizes?.delete(task.size);
    return early ?? this.#submit(task);
  }

  /** Forget the early tasks of a document that will not be written; those not started are not rendered. */
  drop(document: RenderTask['document']): void {
    this.#early.delete(document);
    for (let i = this.#queue.length - 1; i >= 0; i -= 1) {
      const queued = this.#queue[i] as Queued;
      if (queued.task.document === document) {
        this.#queue.splice(i, 1);
        queued.done({ id: queued.task.id, kind: 'crash', message: 'not rendered: the handout has errors' });
      }
    }
  }

  /** End every worker; tasks still running are abandoned. */
  async close(): Promise<void> {
    this.#early.clear();
    await Promise.all(this.#slots.map((slot) => slot.worker?.terminate()));
  }

  #submit(task: RenderTask): Promise<RenderOutcome> {
    return new Promise((done) => {
      this.#queue.push({ task, done });
      this.#pump();
    });
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (slot.busy) continue;
      const next = this.#queue.shift();
      if (!next) return;
      void this.#run(slot, next);
    }
  }

  async #run(slot: Slot, { task, done }: Queued): Promise<void> {
    slot.busy = true;
    if (!slot.worker || slot.renders >= this.recycleAfter) {
      await slot.worker?.terminate();
      slot.worker = this.#newWorker();
      slot.renders = 0;
    }
    const outcome = await runOn(slot.worker, task);
    slot.renders += 1;
    if (outcome.kind === 'crash') {
      // The worker may be in any state after a crash: start a fresh one for the next task.
      await slot.worker.terminate();
      slot.worker = null;
    }
    slot.busy = false;
    done(outcome);
    this.#pump();
  }

  #newWorker(): Worker {
    // A worker takes this process's flags (`--cpu-prof`, `--max-old-space-size`…) except
    // `--input-type`, which is for code given on the command line (`node -e`) and stops it starting.
    const execArgv = process.execArgv.filter((flag) => !flag.startsWith('--input-type'));
    const worker = new Worker(this.workerFile, { resourceLimits: WORKER_HEAP, execArgv });
    // A worker that dies while idle (it failed to load) is replaced when next needed; the
    // failure is reported as the crash of the task given to its replacement, if that fails too.
    worker.on('error', () => {});
    worker.once('exit', () => {
      for (const slot of this.#slots) if (slot.worker === worker && !slot.busy) slot.worker = null;
    });
    return worker;
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
