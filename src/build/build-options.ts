import type { Shard } from '../batch/shard.js';

/** What to build and where. */
export interface BuildOptions {
  /** Content folder with `handouts/` and `surgeons/` (default `content`). */
  contentDir?: string;
  /** Templates folder with `brands/` (default: the press's own). */
  templatesDir?: string;
  /** Output folder (default `output`). */
  outDir?: string;
  /** Handout slugs or file paths; empty or absent means every handout. */
  inputs?: readonly string[];
  /** Sizes to build instead of each handout's own `sizes`. */
  sizes?: readonly string[];
  /** Validate only: write nothing. */
  check?: boolean;
  /** Print-shop edition: bleed in points on every side, with crop marks and TrimBox/BleedBox (default 0: none). */
  bleed?: number;
  /** Ignore the cache and rebuild everything asked for. */
  force?: boolean;
  /** Parallel render workers (default: one fewer than the cores, at least 1; see DEFAULT_JOBS). */
  jobs?: number;
  /** Documents a worker renders before it is replaced (default DEFAULT_RECYCLE_AFTER, in src/batch/render-pool.ts). */
  recycleAfter?: number;
  /** Build only this shard of the library (for a CI matrix). */
  shard?: Shard;
  /** Today's date (YYYY-MM-DD) for review-date checks; defaults to the clock. PDFs never depend on it. */
  today?: string;
  /** Told about each step, for progress output; the library itself prints nothing. */
  onProgress?: (event: BuildEvent) => void;
}

/** Progress events. */
export type BuildEvent =
  /** The run knows how many renders it has to do, and how many PDFs they will write (a booklet writes two). */
  | { type: 'plan'; handouts: number; skipped: number; renders: number; files: number }
  /** One size of one handout is rendered (its files are written when all its sizes are). */
  | { type: 'rendered'; source: string; size: string }
  | { type: 'written'; file: string; size: string; pages: number; bytes: number }
  | { type: 'failed'; source: string; size: string; message: string };
