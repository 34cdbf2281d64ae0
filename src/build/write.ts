import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { renderKey } from '../cache/freshness.js';
import { displayPath } from '../content/display-path.js';
import { outputPath } from '../output/output-path.js';
import { writeAtomic } from '../output/write-atomic.js';
import { printEdition } from '../print/print-options.js';
import type { RenderedFile } from '../output/print-size.js';
import { WEB_SIZE } from '../print/sizes.js';
import type { BuildContext, ReadyHandout } from './context.js';
import { sha256, webWriter, type OutputFile, type RecordedOutput } from './web-writer.js';

/** One rendered size of a handout, held until all its sizes are done. */
export interface RenderedSize {
  size: string;
  files: RenderedFile[];
}

/** What writing one handout did. */
export interface WrittenHandout {
  /** Its outputs made in this run, for its cache entry. */
  outputs: RecordedOutput[];
  /** The files written, relative to the working directory, in the order written. */
  written: string[];
}

/** Writes the handouts of one build; see `handoutWriter`. */
export type HandoutWriter = (handout: ReadyHandout, rendered: readonly RenderedSize[]) => Promise<WrittenHandout | null>;

/**
 * Stage 5, write: a handout's files are written together once all its sizes are rendered,
 * with its web page last (it lists the PDFs), each file atomically. When the web page cannot
 * be made nothing is written, so the handout's previous files stay a matching set with its
 * manifest entry.
 * @param context The build.
 * @returns A function that writes one handout and says what it wrote, or null when it failed.
 */
export function handoutWriter(context: BuildContext): HandoutWriter {
  const { outDir, tool, print } = context;
  const web = webWriter(context);
  return async (handout, rendered) => {
    const outputs: RecordedOutput[] = [];
    const files: OutputFile[] = [];
    for (const { size, files: sizeFiles } of rendered) {
      const key = renderKey({ tool, inputHash: handout.entry.inputHash, size, print });
      for (const { edition, bytes, pages } of sizeFiles) {
        const editionName = [edition, printEdition(print)].filter(Boolean).join('-');
        const file = outputPath(handout.document.slug, size, editionName, handout.entry.translation?.language);
        files.push({ file, bytes });
        outputs.push({ size, ...(editionName && { edition: editionName }), file, pages, bytes: bytes.byteLength, sha256: sha256(bytes), key });
      }
    }
    // The web page is made last, from the PDFs' entries, so its "Print or download" list is
    // what the manifest says; it is written with them, or, when it cannot be made, nothing is.
    const page = await web.page(handout, outputs).catch((error: unknown) => {
      context.diagnostics.report({ file: handout.source, line: 1, column: 1, severity: 'error', message: `building the web page failed: ${error instanceof Error ? error.message : String(error)}`, ruleId: 'render/crash' });
      context.progress({ type: 'failed', source: handout.source, size: WEB_SIZE, message: String(error) });
      return undefined;
    });
    if (page === undefined) return null;
    if (page) {
      files.push(...page.files);
      outputs.push(page.output);
    }
    const written: string[] = [];
    for (const { file, bytes } of files) {
      await writeAtomic(join(outDir, file), bytes);
      const output = outputs.find((o) => o.file === file);
      if (!output) continue;
      written.push(displayPath(join(outDir, file)));
      context.progress({ type: 'written', file: displayPath(join(outDir, file)), size: output.size, pages: output.pages, bytes: bytes.byteLength });
    }
    if (page) await web.tidy(handout, page.files);
    return { outputs, written };
  };
}

/**
 * Remove temporary files a killed build left in the folders about to be written (the atomic
 * writer's `.<name>.<pid>.<hex>.tmp`); finished files are never touched.
 * @param outDir The output folder.
 * @param slugs Handout folders to tidy.
 */
export async function removeStaleTemps(outDir: string, slugs: readonly string[]): Promise<void> {
  for (const slug of slugs) {
    const names = await readdir(join(outDir, slug)).catch(() => []);
    await Promise.all(names.filter((name) => TEMP_FILE.test(name)).map((name) => rm(join(outDir, slug, name), { force: true })));
  }
}

const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;
