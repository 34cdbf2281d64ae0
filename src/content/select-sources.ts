import { stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { UsageError } from '../diagnostics.js';
import { listFiles } from './list-files.js';

/** A handout named on the command line that is neither a slug nor a markdown file. */
export class UnknownHandoutError extends UsageError {
  /**
   * @param input The argument as typed (the CLI checks whether it was a mistyped command).
   * @param message What was wrong and which handouts there are.
   */
  constructor(
    readonly input: string,
    message: string,
  ) {
    super(message);
    this.name = 'UnknownHandoutError';
  }
}

/** A handout file chosen for this run. */
export interface SourceRef {
  /** Absolute path. */
  path: string;
  /** Slug from the file name (front matter may override it). */
  fileSlug: string;
}

/**
 * Choose the handouts to build: all of `<content>/handouts/*.md`, or the files and slugs named.
 * @param contentDir The content folder.
 * @param inputs File paths or slugs from the command line; empty means all.
 * @returns The chosen files in a stable order.
 * @throws UsageError when the content folder has no `handouts/` folder: a mistyped `--content`
 * in CI would otherwise pass as a build with nothing to do.
 */
export async function selectSources(contentDir: string, inputs: readonly string[]): Promise<SourceRef[]> {
  const handoutsDir = join(contentDir, 'handouts');
  if (!(await stat(handoutsDir).then((s) => s.isDirectory(), () => false))) {
    throw new UsageError(`the content folder "${contentDir}" has no handouts/ folder; point --content at the folder that holds handouts/ and surgeons/`);
  }
  const all = (await listFiles(handoutsDir, (name) => name.endsWith('.md'))).map((name) => ({
    path: resolve(handoutsDir, name),
    fileSlug: basename(name, '.md'),
  }));
  if (inputs.length === 0) return all;
  const chosen = new Map<string, SourceRef>();
  for (const input of inputs) {
    const bySlug = all.find((ref) => ref.fileSlug === input);
    if (bySlug) {
      chosen.set(bySlug.path, bySlug);
      continue;
    }
    const path = resolve(input);
    const isFile = await stat(path).then((s) => s.isFile(), () => false);
    if (!isFile || !path.endsWith('.md')) {
      const known = all.map((ref) => ref.fileSlug).join(', ') || 'none';
      throw new UnknownHandoutError(input, `"${input}" is neither a handout slug nor a .md file (handouts in ${handoutsDir}: ${known})`);
    }
    chosen.set(path, { path, fileSlug: basename(path, '.md') });
  }
  return [...chosen.values()];
}
