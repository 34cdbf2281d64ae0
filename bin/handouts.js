#!/usr/bin/env node
// The `handouts` command. `npm run compile` (run by `npm ci` through the `prepare` script)
// compiles the TypeScript to dist/ and bundles it into dist/bundle/ with V8 code caches, which
// starts about twice as fast (README "Batch builds"). A bundle older than dist/ (tsc run alone
// since) is not used: the compiled modules then run as they are.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUNDLE_DIR, requireBundled } from './code-cache.js';

process.env.NODE_ENV ??= 'production';
const modules = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? -1;
const { main } = mtime(join(BUNDLE_DIR, 'handouts.cjs')) >= Math.max(0, mtime(modules)) ? requireBundled('handouts.cjs') : await import(modules);
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
