// A render worker thread of the bundled CLI (see handouts.js): the bundle's worker, compiled with
// the same code caches as the main thread.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { useCodeCache } from './code-cache.js';

const bundleDir = fileURLToPath(new URL('../dist/bundle', import.meta.url));
useCodeCache(bundleDir);
createRequire(import.meta.url)(`${bundleDir}/render-worker.cjs`);
