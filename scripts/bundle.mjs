// `npm run compile`, after tsc: bundle the compiled CLI into dist/bundle/ and make its V8 code
// caches (bin/code-cache.js), so a cold `handouts` command starts in about half the time.
//
// Why a bundle: loading ~660 ES modules one by one (resolve, read, link) cost ~0.3 s of every cold
// run, and Node 20 can cache compiled code only for CommonJS (vm.Script), so the bundle is
// CommonJS. Dynamic imports stay separate files (chunks), loaded when used as before: a no-op
// build still loads no renderer. The caches come from a real build of the press's own handouts in
// every size, so they hold what a build compiles, not only each file's top level.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { rolldown } from 'rolldown';
import { BUNDLE_DIR } from '../bin/code-cache.js';

const root = resolve(import.meta.dirname, '..');
const out = BUNDLE_DIR;
rmSync(out, { recursive: true, force: true });

const bundle = await rolldown({
  input: {
    handouts: join(root, 'dist/src/cli/main.js'),
    'render-worker': join(root, 'dist/src/batch/render-worker.js'),
  },
  platform: 'node',
  // pdf-parse (gallery thumbnails) starts pdf.js, which finds its worker file beside itself:
  // loaded from node_modules at run time, as before.
  external: ['pdf-parse', 'pdfjs-dist'],
  plugins: [standardFontsPlugin()],
  logLevel: 'warn',
  onLog(level, log) {
    // gray-matter's JavaScript front-matter engine uses eval; the press never enables it.
    if (log.code === 'EVAL' && log.id?.includes('gray-matter')) return;
    console.warn(`bundle: ${level} ${log.code}: ${log.message}`);
    if (level === 'warn') process.exitCode = 1;
  },
});
await bundle.write({ dir: out, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: '[name]-[hash].cjs' });
await bundle.close();
if (process.exitCode) throw new Error('bundle: warnings above; the bundle may not behave like dist/');

/**
 * pdfkit loads its standard fonts' metrics with `createRequire(import.meta.url)('#standard-fonts/…')`,
 * which a bundler cannot follow (and which would resolve against the bundle's folder). The same
 * files through pdfkit's public `pdfkit/standard-fonts/…` exports are plain requires it bundles.
 */
function standardFontsPlugin() {
  return {
    name: 'pdfkit-standard-fonts',
    transform(code, id) {
      if (!/[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/.test(id)) return null;
      const rewritten = code.replaceAll("require$1('#standard-fonts/", "require('pdfkit/standard-fonts/");
      if (rewritten === code) throw new Error('bundle: pdfkit no longer loads #standard-fonts as expected; see scripts/bundle.mjs');
      return { code: rewritten, map: null };
    },
  };
}

// The code caches: the press's own handouts built in every size and the web edition, with caching
// on, in a temporary folder removed after. Twice in one process: the first build renders in a
// worker thread (whose compiled code is not saved), the second, forced, in this thread, which
// then holds compiled code for everything a build runs, saved as it exits.
const { SIZES, WEB_SIZE } = await import(join(root, 'dist/src/print/sizes.js'));
const sizes = [...Object.keys(SIZES), WEB_SIZE].join(',');
const scratch = mkdtempSync(join(tmpdir(), 'handouts-code-cache-'));
const warmUp = `
  const { requireBundled } = await import(${JSON.stringify(join(root, 'bin/code-cache.js'))});
  process.env.NODE_ENV ??= 'production';
  const { main } = requireBundled('handouts.cjs');
  const io = { stdout: () => {}, stderr: (text) => process.stderr.write(text) };
  const args = ['build', '--content', ${JSON.stringify(join(root, 'content'))}, '--out', ${JSON.stringify(join(scratch, 'out'))}, '--size', ${JSON.stringify(sizes)}, '--jobs', '1', '--quiet'];
  const codes = [await main(args, io), await main([...args, '--force'], io)];
  if (codes.some((code) => code !== 0)) throw new Error('the warm-up build failed: ' + codes.join(', '));
`;
// A file, not `node -e`: worker threads inherit the command line's flags, and `--input-type` fails them.
const warmUpFile = join(scratch, 'warm-up.mjs');
writeFileSync(warmUpFile, warmUp);
try {
  execFileSync(process.execPath, [warmUpFile], {
    env: { ...process.env, HANDOUTS_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
} catch (error) {
  // A handout with errors still compiles nearly everything; without caches the CLI is only slower.
  console.warn(`bundle: the warm-up build failed, so the code caches may be partial:\n${error.stderr ?? error}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
