import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Where the pool looks for its worker and how the press is running. */
export interface WorkerScriptOptions {
  /** The press's folder (with `src/`, `templates/` and, once compiled, `dist/`). */
  root: string;
  /**
   * True when the press runs from its TypeScript sources (under vitest), so the compiled
   * worker in `dist/` may be older than the code around it.
   */
  fromSource: boolean;
  /** True when the press runs from its bundle (`dist/bundle/`, see `scripts/bundle.mjs`). */
  bundled?: boolean;
}

/** The folders compiled into `dist/`, as `tsconfig.json`'s `include` lists them. */
const COMPILED_FOLDERS = ['src', 'templates'];

/**
 * The render worker's script. A worker thread cannot load TypeScript, so it runs compiled code:
 * the bundle's worker through `bin/render-worker.js` when the press runs bundled (so it starts with
 * the same code caches), else `dist/src/batch/render-worker.js`. When the press itself runs from its sources,
 * that file and everything it imports must have been compiled from those same sources:
 * otherwise a parallel build would render with old code while the rest of it runs the new.
 * @param options The press's folder and whether it runs from source.
 * @returns The worker's path, or null when there is no compiled worker (renders then run in
 * the calling thread).
 * @throws Error when running from source and a source file is newer than its compiled file.
 */
export function workerScript(options: WorkerScriptOptions): string | null {
  if (options.bundled) return join(options.root, 'bin', 'render-worker.js');
  const script = join(options.root, 'dist', 'src', 'batch', 'render-worker.js');
  if (!existsSync(script)) return null;
  if (options.fromSource) {
    const stale = staleSource(options.root);
    if (stale) {
      throw new Error(
        `the compiled render worker in dist/ is older than ${stale}, so parallel renders would run old code; compile first with \`npx tsc -p .\` (\`npm test\` does), then run the tests again`,
      );
    }
  }
  return script;
}

/**
 * A TypeScript source (relative to the root) whose compiled file in `dist/` is missing or
 * older than it, or null when `dist/` is up to date. tsc rewrites every output
 * on each run, so a source changed since is newer than its output.
 */
function staleSource(root: string): string | null {
  for (const folder of COMPILED_FOLDERS) {
    const entries = readdirSync(join(root, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || entry.name.endsWith('.d.ts')) continue;
      const source = join(entry.parentPath, entry.name);
      const compiled = join(root, 'dist', relative(root, source)).replace(/\.tsx?$/, '.js');
      const output = statSync(compiled, { throwIfNoEntry: false });
      if (!output || output.mtimeMs < statSync(source).mtimeMs) return relative(root, source);
    }
  }
  return null;
}
