import type { CacheEntry } from '../cache/build-cache.js';
import { freshnessOf } from '../cache/freshness.js';
import { displayPath } from '../content/display-path.js';
import type { SourceRef } from '../content/select-sources.js';
import type { BuildContext } from './context.js';

/** A handout whose outputs are up to date: it is not parsed again. */
export interface FreshHandout {
  /** Its path relative to the working directory. */
  source: string;
  /** Its cache entry, as the last build recorded it. */
  entry: CacheEntry;
}

/** What the skip-fresh stage found. */
export interface Freshness {
  /** Up to date: their recorded warnings are reported again. */
  fresh: FreshHandout[];
  /** To prepare, in their selected order. */
  stale: SourceRef[];
  /**
   * Whether any of them may need a render: false when each is only due for a new look at its
   * review dates, its files otherwise up to date (a build then starts no render workers).
   */
  mayRender: boolean;
}

/**
 * Stage 2, skip-fresh: set aside the handouts whose inputs, press and outputs have not changed
 * since the last build into this folder, without parsing them (all checked at once: it is all
 * I/O). Their recorded warnings are reported again, so a skipped handout reads as a built one.
 * Nothing is fresh on `--force` or `--check`.
 * @param context The build.
 * @param refs The selected handouts.
 * @returns The fresh ones and the rest.
 */
export async function skipFresh(context: BuildContext, refs: readonly SourceRef[]): Promise<Freshness> {
  const { cache, outDir, print, today, tool, inputHash } = context;
  const freshness = await Promise.all(
    refs.map((ref) => {
      const entry = cache.entries[displayPath(ref.path)];
      return !context.force && !context.check && entry ? freshnessOf(entry, { path: ref.path, outDir, print, today, tool, inputHash }) : 'stale';
    }),
  );
  const fresh: FreshHandout[] = [];
  const stale: SourceRef[] = [];
  for (const [index, ref] of refs.entries()) {
    const source = displayPath(ref.path);
    const entry = cache.entries[source];
    if (freshness[index] === 'fresh' && entry) {
      fresh.push({ source, entry });
      for (const d of entry.diagnostics) context.diagnostics.report(d);
    } else stale.push(ref);
  }
  return { fresh, stale, mayRender: freshness.includes('stale') };
}
