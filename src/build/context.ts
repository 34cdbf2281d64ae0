import { resolve } from 'node:path';
import { DEFAULT_JOBS, DEFAULT_RECYCLE_AFTER } from '../batch/render-pool.js';
import { readCache, type BuildCache, type CacheEntry } from '../cache/build-cache.js';
import { inputHasher, type InputHash } from '../cache/freshness.js';
import { toolHash } from '../cache/tool-hash.js';
import type { SourceRef } from '../content/select-sources.js';
import { DiagnosticSink } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import { packageRoot } from '../package-root.js';
import { resolvePrintOptions, type PrintOptions } from '../print/print-options.js';
import type { BuildEvent, BuildOptions } from './build-options.js';

/**
 * One build's settings and shared state, made once and handed to every stage: the options
 * resolved (folders absolute, defaults filled in), the cache, and where problems and
 * progress go.
 */
export interface BuildContext {
  /** Content folder (absolute). */
  contentDir: string;
  /** Templates folder as given (the press's own when absent). */
  templatesDir: string | undefined;
  /** Output folder (absolute). */
  outDir: string;
  /** Handout slugs or paths asked for; empty means every handout. */
  inputs: readonly string[];
  /** Bleed and the sizes asked for, checked. */
  print: PrintOptions;
  /** Validate only: write nothing. */
  check: boolean;
  /** Ignore the cache. */
  force: boolean;
  /** Parallel render workers. */
  jobs: number;
  /** Documents a render worker renders before it is replaced. */
  recycleAfter: number;
  /** Build only this shard of the library. */
  shard: BuildOptions['shard'];
  /** Today's date (YYYY-MM-DD) for review-date checks. */
  today: string;
  /** Hash of the press itself (code, templates, dependency versions). */
  tool: string;
  /** The output folder's build cache; the record stage updates and writes it. */
  cache: BuildCache;
  /** Hashes a handout with its dependencies, each dependency once per run. */
  inputHash: InputHash;
  /** Where every stage reports the problems it finds. */
  diagnostics: DiagnosticSink;
  /** Progress events (a no-op when nobody listens). */
  progress: (event: BuildEvent) => void;
}

/** A handout that passed its checks, with what it depends on: the unit the later stages work on. */
export interface ReadyHandout {
  ref: SourceRef;
  /** Its path relative to the working directory (the diagnostics' and the cache's key). */
  source: string;
  document: HandoutDocument;
  /** The sizes to make: the run's `--size`, else the handout's own. */
  sizes: readonly string[];
  /** Its cache entry as it will be recorded (outputs are added as they are written). */
  entry: CacheEntry;
}

/**
 * Resolve a build's options once and load what every stage shares.
 * @param options What to build and where.
 * @returns The context.
 * @throws UsageError when a size asked for is unknown.
 */
export async function createBuildContext(options: BuildOptions): Promise<BuildContext> {
  const contentDir = resolve(options.contentDir ?? 'content');
  const outDir = resolve(options.outDir ?? 'output');
  const print = resolvePrintOptions({ bleed: options.bleed, sizes: options.sizes });
  const tool = await toolHash(packageRoot(), options.templatesDir);
  return {
    contentDir,
    templatesDir: options.templatesDir,
    outDir,
    inputs: options.inputs ?? [],
    print,
    check: options.check ?? false,
    force: options.force ?? false,
    jobs: options.jobs ?? DEFAULT_JOBS,
    recycleAfter: options.recycleAfter ?? DEFAULT_RECYCLE_AFTER,
    shard: options.shard,
    today: options.today ?? new Date().toISOString().slice(0, 10),
    tool,
    cache: await readCache(outDir, tool),
    inputHash: inputHasher(),
    diagnostics: new DiagnosticSink(),
    progress: options.onProgress ?? (() => {}),
  };
}
