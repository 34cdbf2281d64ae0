import { filesPerRender, SIZES, WEB_SIZE } from '../print/sizes.js';
import { runRenderTasks } from '../batch/render-pool.js';
import type { RenderPool } from '../batch/worker-pool.js';
import type { RenderTask } from '../batch/render-task.js';
import { hasOutput } from '../cache/freshness.js';
import type { BuildContext, ReadyHandout } from './context.js';
import type { RecordedOutput } from './web-writer.js';
import { removeStaleTemps, type HandoutWriter, type RenderedSize } from './write.js';

/** What the render stage did. */
export interface Rendered {
  /** Files written, relative to the working directory, in the order written. */
  written: string[];
  /** Handouts with a size (or web page) that failed: none of their files were written. */
  failed: Set<ReadyHandout>;
  /** The outputs made for each handout that was written. */
  outputs: Map<ReadyHandout, RecordedOutput[]>;
}

/**
 * Stage 4, render: every size whose files are not already made from the same inputs by the
 * same press, in parallel; a handout is handed to `write` as soon as all its sizes are done,
 * or not at all when one fails. A handout whose PDFs were all up to date may still need its
 * web page, which is written after the renders.
 * @param context The build.
 * @param ready The handouts that passed their checks.
 * @param counts For the `plan` event: handouts selected and skipped as fresh.
 * @param write The write stage.
 * @param pool The build's render pool, which may have started these renders already, or null.
 * @returns What was written and what failed.
 */
export async function renderHandouts(context: BuildContext, ready: readonly ReadyHandout[], counts: { selected: number; skipped: number }, write: HandoutWriter, pool: RenderPool | null = null): Promise<Rendered> {
  const { tasks, owners } = await planRenders(context, ready);
  const files = tasks.reduce((sum, task) => sum + filesPerRender(SIZES[task.size]?.kind ?? 'pages'), 0);
  context.progress({ type: 'plan', handouts: counts.selected, skipped: counts.skipped, renders: tasks.length, files });
  await removeStaleTemps(context.outDir, [...new Set(owners.map((handout) => handout.document.slug))]);

  const result: Rendered = { written: [], failed: new Set(), outputs: new Map() };
  const writeHandout = async (handout: ReadyHandout, rendered: readonly RenderedSize[]) => {
    const done = await write(handout, rendered);
    if (!done) {
      result.failed.add(handout);
      return;
    }
    result.written.push(...done.written);
    result.outputs.set(handout, done.outputs);
  };
  // A handout's files are held until all its sizes are done, then written together, or not at
  // all when one size fails: its previous PDFs stay a matching set with its manifest entry.
  const sizesLeft = new Map<ReadyHandout, number>();
  for (const owner of owners) sizesLeft.set(owner, (sizesLeft.get(owner) ?? 0) + 1);
  const held = new Map<ReadyHandout, RenderedSize[]>();
  await runRenderTasks(tasks, {
    jobs: context.jobs,
    recycleAfter: context.recycleAfter,
    pool,
    onOutcome: async (outcome) => {
      const handout = owners[outcome.id] as ReadyHandout;
      const size = (tasks[outcome.id] as RenderTask).size;
      if (outcome.kind === 'files') {
        held.set(handout, [...(held.get(handout) ?? []), { size, files: outcome.files }]);
        // Kept with the handout's other warnings, so a later run that skips it replays them too.
        const warnings = outcome.files.flatMap((file) => file.warnings ?? []);
        for (const d of warnings) context.diagnostics.report(d);
        handout.entry.diagnostics = [...handout.entry.diagnostics, ...warnings];
        context.progress({ type: 'rendered', source: handout.source, size });
      } else {
        result.failed.add(handout);
        const message = outcome.kind === 'diagnostic' ? outcome.diagnostic.message : outcome.message;
        context.diagnostics.report(
          outcome.kind === 'diagnostic'
            ? outcome.diagnostic
            : { file: handout.source, line: 1, column: 1, severity: 'error', message: `rendering ${size} failed: ${message}`, ruleId: 'render/crash' },
        );
        context.progress({ type: 'failed', source: handout.source, size, message });
      }
      const left = (sizesLeft.get(handout) ?? 1) - 1;
      sizesLeft.set(handout, left);
      if (left > 0) return;
      if (!result.failed.has(handout)) await writeHandout(handout, held.get(handout) ?? []);
      held.delete(handout);
    },
  });
  // A handout whose PDFs were all up to date may still need its web page.
  for (const handout of ready) {
    if (!sizesLeft.has(handout) && handout.sizes.includes(WEB_SIZE)) await writeHandout(handout, []);
  }
  return result;
}

/**
 * The renders to do: one task per handout and size, except the web page (made after the PDFs,
 * so it can link to them) and sizes whose files are already made from the same inputs.
 * @returns The tasks, and the handout each task (by id) belongs to.
 */
async function planRenders(context: BuildContext, ready: readonly ReadyHandout[]): Promise<{ tasks: RenderTask[]; owners: ReadyHandout[] }> {
  const tasks: RenderTask[] = [];
  const owners: ReadyHandout[] = [];
  for (const handout of ready) {
    for (const size of await sizesToRender(context, handout)) {
      tasks.push({ id: tasks.length, document: handout.document, size, print: context.print });
      owners.push(handout);
    }
  }
  return { tasks, owners };
}

/**
 * The sizes of a handout to render: not the web page (it is no render task: it is made after the
 * PDFs, so it can link to them), nor a size whose files were made from the same inputs by the
 * same press.
 * @param context The build.
 * @param handout The handout, with its cache entry.
 * @returns Size ids, in the handout's order.
 */
export async function sizesToRender(context: BuildContext, handout: ReadyHandout): Promise<string[]> {
  const { outDir, print, tool } = context;
  const sizes: string[] = [];
  for (const size of handout.sizes) {
    if (size === WEB_SIZE) continue;
    if (!context.force && (await hasOutput(handout.entry, { size, outDir, print, tool, sizes: handout.sizes }))) continue;
    sizes.push(size);
  }
  return sizes;
}
