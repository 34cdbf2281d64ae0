import { parentPort } from 'node:worker_threads';
import type { RenderTask } from './render-task.js';
import { runTask } from './run-task.js';

/**
 * A render worker: takes tasks one at a time and answers with the PDFs. Loaded once per
 * worker, so fonts and react-pdf are set up once for many documents.
 */
if (!parentPort) throw new Error('render-worker must run as a worker thread');
const port = parentPort;
port.on('message', async (task: RenderTask) => {
  const outcome = await runTask(task);
  const transfer = outcome.kind === 'files' ? outcome.files.map((file) => file.bytes.buffer as ArrayBuffer) : [];
  port.postMessage(outcome, transfer);
});
