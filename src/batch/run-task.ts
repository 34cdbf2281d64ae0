import { DiagnosticSink } from '../diagnostics.js';
import { printSize } from '../output/print-size.js';
import type { RenderOutcome, RenderTask } from './render-task.js';

/**
 * Render one task and describe what came of it; never throws. Shared by the worker
 * threads and by single-job builds in the main thread.
 * @param task The handout and size.
 * @returns Files, a content diagnostic, or the crash message.
 */
export async function runTask(task: RenderTask): Promise<RenderOutcome> {
  try {
    const problems = new DiagnosticSink();
    const files = await printSize(task.document, task.size, task.print, problems.report);
    const [problem] = problems.sorted();
    if (files) return { id: task.id, kind: 'files', files };
    if (problem) return { id: task.id, kind: 'diagnostic', diagnostic: problem };
    throw new Error('printSize returned nothing and reported nothing');
  } catch (error) {
    return { id: task.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) };
  }
}
