import { Worker } from 'node:worker_threads';
import type { RenderOutcome, RenderTask } from './render-task.js';

/**
 * Heap bound of a render worker. It is far above what a worker keeps live (about 45 MB); it is
 * what V8 sizes its collections by. 256 MB, the old bound, made a 500-PDF single-job build
 * 20–30% slower (59 s against 45–50 s, 2026-12-01) to save under 60 MB; with 1024 MB the same
 * build took 49–50 s at a peak of 340–380 MB (a young generation set to 16 or 32 MB made no
 * difference beyond the ±10% between runs).
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 1024 };

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
