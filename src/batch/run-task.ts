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
    const result = await printSize(task.document, task.size, { bleed: task.bleed });
    return 'ruleId' in result ? { id: task.id, kind: 'diagnostic', diagnostic: result } : { id: task.id, kind: 'files', files: result };
  } catch (error) {
    return { id: task.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) };
  }
}
