import { UsageError } from '../diagnostics.js';

/** Which part of the library this run builds: shard `index` of `count` (1-based). */
export interface Shard {
  index: number;
  count: number;
}

/**
 * Parse `--shard i/n`.
 * @param text The flag value, e.g. "2/4".
 * @returns The shard.
 */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new UsageError(`--shard "${text}" must be i/n with 1 <= i <= n, e.g. 2/4`);
  }
  return { index, count };
}

/**
 * Keep this shard's share of a sorted list: every n-th item, starting at i. The shards of one
 * list partition it exactly (each item in one shard) and differ in size by at most one.
 * @param items Items in a stable order (handouts are sorted by file name).
 * @param shard Which shard.
 * @returns This shard's items.
 */
export function selectShard<T>(items: readonly T[], shard: Shard): T[] {
  return items.filter((_, position) => position % shard.count === shard.index - 1);
}
