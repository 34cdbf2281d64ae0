import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { compareText } from '../diagnostics.js';
import type { ManifestHandout, ManifestOutput } from '../output/manifest.js';
import { outputKey } from '../output/output-path.js';
import type { BuildCache, CacheEntry } from './build-cache.js';

/**
 * Manifest entries for the handouts the cache knows and the manifest has lost (the manifest
 * was deleted, or lost an entry). The cache records every file it made and the build that
 * made it; an entry is restored from the files still on disk at their recorded size, so the
 * manifest describes every PDF that is there without rebuilding it.
 * @param cache The build cache of the output folder.
 * @param outDir The output folder.
 * @param known Keys (`outputKey`: slug, and a translation's language) the manifest already has
 * (or that this run built): not restored.
 * @param isCurrent Whether a recorded file was made from the entry's current inputs (files
 * from older versions of a handout may still be on disk, but are not its PDFs).
 * @returns Entries with the status `built`, sorted by slug.
 */
export async function manifestFromCache(
  cache: BuildCache,
  outDir: string,
  known: ReadonlySet<string>,
  isCurrent: (entry: CacheEntry, output: ManifestOutput & { key: string }) => boolean,
): Promise<ManifestHandout[]> {
  const restored: ManifestHandout[] = [];
  for (const [source, entry] of Object.entries(cache.entries)) {
    const language = entry.translation?.language;
    if (known.has(outputKey(entry.slug, language))) continue;
    const outputs: Array<ManifestOutput & { key: string }> = [];
    for (const output of Object.values(entry.outputs).sort((a, b) => compareText(a.file, b.file))) {
      if (!isCurrent(entry, output)) continue;
      const onDisk = await stat(join(outDir, output.file)).catch(() => null);
      if (!onDisk || onDisk.size !== output.bytes) continue;
      outputs.push(output);
    }
    if (outputs.length > 0) restored.push(manifestEntry(entry, source, outputs));
  }
  return restored.sort((a, b) => compareText(outputKey(a.slug, a.language), outputKey(b.slug, b.language)));
}

/**
 * A handout's manifest entry from its cache entry and the outputs to list (their cache keys
 * left out: the manifest is for people and tools, the keys are the cache's).
 * @param entry The handout's cache entry.
 * @param source Its source file, as the manifest names it.
 * @param outputs The outputs to list, in order.
 * @returns The entry, `built`.
 */
export function manifestEntry(entry: CacheEntry, source: string, outputs: ReadonlyArray<ManifestOutput & { key: string }>): ManifestHandout {
  const translation = entry.translation ? { language: entry.translation.language, translation_of: entry.translation.of } : {};
  return { slug: entry.slug, title: entry.title, source, ...translation, status: 'built', outputs: outputs.map(({ key: _key, ...rest }) => rest) };
}

/**
 * Drop from the manifest the files that are no longer on disk (an output folder deleted by
 * hand, with its handout's source), and the entries left with none: a consumer of the
 * manifest must find every file it lists. A file of a handout in this run that was missing
 * has been built again before this is called.
 * @param handouts The manifest's entries.
 * @param outDir The output folder.
 * @returns The entries whose files are there, with only those files.
 */
export async function presentOnly(handouts: readonly ManifestHandout[], outDir: string): Promise<ManifestHandout[]> {
  const kept: ManifestHandout[] = [];
  for (const handout of handouts) {
    const present = await Promise.all(handout.outputs.map((output) => stat(join(outDir, output.file)).then((s) => s.isFile(), () => false)));
    const outputs = handout.outputs.filter((_, index) => present[index]);
    if (outputs.length === handout.outputs.length) kept.push(handout);
    else if (outputs.length > 0) kept.push({ ...handout, outputs });
  }
  return kept;
}
