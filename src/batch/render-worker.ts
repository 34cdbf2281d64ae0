import { parentPort } from 'node:worker_threads';
import { renderSize } from '../render/render-size.js';
import type { RenderOutcome, RenderTask } from './render-task.js';

/**
 * A render worker: takes tasks one at a time and answers with the PDFs. Loaded once per
 * worker, so fonts and react-pdf are set up once for many documents.
 */
if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;
port.on('message', async (task: RenderTask) => {
  let outcome: RenderOutcome;
  try {
    const result = await renderSize(task.document, task.size, { bleed: task.bleed });
    outcome = 'ruleId' in result ? { id: task.id, kind: 'diagnostic', diagnostic: result } : { id: task.id, kind: 'files', files: result };
  } catch (error) {
    outcome = { id: task.id, kind: 'crash', message: error instanceof Error ? error.message : String(error) };
  }
  const transfer = outcome.kind === 'files' ? outcome.files.map((file) => file.bytes.buffer as ArrayBuffer) : [];
  port.postMessage(outcome, transfer);
});
