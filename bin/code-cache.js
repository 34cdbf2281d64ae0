// V8 code caches for the bundled CLI (dist/bundle/, made by scripts/bundle.mjs).
//
// A cold `handouts build` used to spend about a quarter of its time compiling JavaScript:
// V8 parses and compiles every function the first time it runs. Node 20 keeps no compiled code
// between runs (Node 22's module.enableCompileCache does), so this does what that does, for
// CommonJS files only: each bundle file is compiled with the cache `npm run compile` made for
// it, by running a real build once and saving what V8 had compiled.
//
// A cache is named after a hash of the file's text, so an old cache can never be used with a new
// file. V8 itself rejects a cache from another V8 version or other flags; the file then simply
// compiles as usual. Only files in the bundle folder are touched, and caches are only written when
// HANDOUTS_WRITE_CODE_CACHE is set (by the compile script): a build writes nothing here.
// HANDOUTS_REPORT_CODE_CACHE=1 prints each bundle file as it loads and whether its cache was used
// (the tests check that every file a build loads starts from its cache).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { basename, dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The bundle, beside this folder. */
export const BUNDLE_DIR = fileURLToPath(new URL('../dist/bundle', import.meta.url));

let installed = false;

/**
 * Load a file of the bundle (`handouts.cjs`, `render-worker.cjs`), its files compiled with their
 * code caches from now on (in this thread: a worker loads its own).
 * @param {string} name The file's name in the bundle folder.
 * @returns {any} What it exports.
 */
export function requireBundled(name) {
  if (!installed) useCodeCache(BUNDLE_DIR);
  installed = true;
  return createRequire(import.meta.url)(join(BUNDLE_DIR, name));
}

/**
 * Compile the bundle's files with their code caches from now on.
 * @param {string} bundleDir The bundle folder (absolute).
 */
function useCodeCache(bundleDir) {
  const cacheDir = join(bundleDir, 'code-cache');
  const writing = Boolean(process.env.HANDOUTS_WRITE_CODE_CACHE);
  /** @type {Array<{ script: Script, file: string }>} */
  const compiled = [];
  const report = Boolean(process.env.HANDOUTS_REPORT_CODE_CACHE);
  const compile = Module.prototype._compile;
  Module.prototype._compile = function compileWithCache(content, filename) {
    if (!filename.startsWith(bundleDir + sep)) return compile.call(this, content, filename);
    const digest = createHash('sha256').update(content).digest('hex').slice(0, 16);
    const file = join(cacheDir, `${basename(filename)}.${digest}.v8`);
    let cachedData;
    if (!writing) {
      try {
        cachedData = readFileSync(file);
      } catch {}
    }
    const script = new Script(Module.wrap(content), { filename, cachedData });
    if (writing) compiled.push({ script, file });
    if (report) process.stderr.write(`code cache: ${basename(filename)} ${!cachedData ? 'none' : script.cachedDataRejected ? 'rejected' : 'used'}\n`);
    const run = script.runInThisContext({ displayErrors: true });
    return run.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  if (writing) {
    // At exit V8's cache holds every function the run compiled, not only the top level.
    process.on('exit', () => {
      mkdirSync(cacheDir, { recursive: true });
      for (const { script, file } of compiled) {
        writeFileSync(`${file}.tmp`, script.createCachedData());
        renameSync(`${file}.tmp`, file);
      }
    });
  }
}
