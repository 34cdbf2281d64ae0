import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../diagnostics.js';
import type { Readability } from '../lint/readability.js';
import type { SpellingAnswers } from '../lint/spell-checker.js';
import type { ManifestOutput } from '../output/manifest.js';
import { writeAtomic } from '../output/write-atomic.js';

/**
 * The incremental-build cache: for each handout, a hash of everything its PDFs depend on
 * and the outputs made from it. It lives in the output folder, beside what it describes,
 * and holds nothing but paths, hashes and the handout's own warnings.
 */

export const CACHE_FILE = '.handouts-cache.json';
const CACHE_VERSION = 3;

/** What the cache knows about one handout. */
export interface CacheEntry {
  /** Hash of the handout file and the surgeon and brand files it used. */
  inputHash: string;
  /** Files besides the handout that went into `inputHash` (absolute paths). */
  deps: string[];
  /** The sizes its front matter (or brand) asked for. */
  sizes: string[];
  slug: string;
  title: string;
  /** A translation's language and source slug (its files are `<slug>.<language>-<size>.pdf`). */
  translation?: { language: string; of: string };
  /** Warnings from its last check, replayed when it is skipped. */
  diagnostics: Diagnostic[];
  /** Reading figures from its last check. */
  readability: Readability | null;
  /** The date (YYYY-MM-DD) from which its checks may say something new (review due), or null. */
  recheckFrom: string | null;
  /** Outputs by file (relative to the output folder), each with the render key it was made with. */
  outputs: Record<string, ManifestOutput & { key: string }>;
}

/** The whole cache file. */
export interface BuildCache {
  version: number;
  /** Hash of the press itself (code, templates, dependency versions): a new press rebuilds everything. */
  tool: string;
  /** Entries by source path (relative to the working directory). */
  entries: Record<string, CacheEntry>;
  /**
   * The spell checker's answers from earlier runs (see `rememberSpellingAnswers`): a handout whose
   * words are all answered is checked without building the dictionary's word table. Dropped
   * with the rest when the press (its dictionaries included) changes.
   */
  spelling?: SpellingAnswers;
}

/**
 * Read the cache of an output folder. A missing, unreadable or outdated one is empty.
 * @param outDir The output folder.
 * @param tool The current press hash.
 * @returns The cache.
 */
export async function readCache(outDir: string, tool: string): Promise<BuildCache> {
  try {
    const parsed = JSON.parse(await readFile(join(outDir, CACHE_FILE), 'utf8')) as Partial<BuildCache>;
    if (parsed.version === CACHE_VERSION && parsed.tool === tool && parsed.entries && typeof parsed.entries === 'object') {
      const spelling = parsed.spelling && typeof parsed.spelling === 'object' ? { spelling: parsed.spelling } : {};
      return { version: CACHE_VERSION, tool, entries: parsed.entries, ...spelling };
    }
  } catch {
    // No cache yet, or a damaged one: build everything.
  }
  return { version: CACHE_VERSION, tool, entries: {} };
}

/**
 * Write the cache atomically.
 * @param outDir The output folder.
 * @param cache The cache.
 */
export async function writeCache(outDir: string, cache: BuildCache): Promise<void> {
  const sorted = Object.fromEntries(Object.entries(cache.entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await writeAtomic(join(outDir, CACHE_FILE), `${JSON.stringify({ ...cache, entries: sorted }, null, 1)}\n`);
}
