// A render worker thread of the bundled CLI (see handouts.js): the bundle's worker, compiled with
// the same code caches as the main thread.
import { requireBundled } from './code-cache.js';

requireBundled('render-worker.cjs');
