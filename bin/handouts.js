#!/usr/bin/env node
// The `handouts` command. `npm run compile` (run by `npm ci` through the `prepare` script)
// compiles the TypeScript to dist/ and bundles it into dist/bundle/ with V8 code caches, which
// starts about twice as fast (README "Batch builds"). A bundle older than dist/ (tsc run alone
// since) is not used: the compiled modules then run as they are.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { useCodeCache } from './code-cache.js';

process.env.NODE_ENV ??= 'production';
const bundleDir = fileURLToPath(new URL('../dist/bundle', import.meta.url));
const bundle = `${bundleDir}/handouts.cjs`;
const modules = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
let main;
if (mtime(bundle) >= Math.max(0, mtime(modules))) {
  useCodeCache(bundleDir);
  ({ main } = createRequire(import.meta.url)(bundle));
} else ({ main } = await import(modules));
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
