import type { Diagnostic } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import type { PrintOptions } from '../print/print-options.js';
import type { RenderedFile } from '../output/print-size.js';

/** One size of one handout to render. Plain data, so it can cross to a worker. */
export interface RenderTask {
  id: number;
  document: HandoutDocument;
  size: string;
  print: PrintOptions;
}

/** What became of a task: files, a content problem (too long for a tri-fold…), or a crash. */
export type RenderOutcome =
  | { id: number; kind: 'files'; files: RenderedFile[] }
  | { id: number; kind: 'diagnostic'; diagnostic: Diagnostic }
  | { id: number; kind: 'crash'; message: string };
