import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCache, type CacheEntry } from '../cache/build-cache.js';
import { renderKey, wantedFiles } from '../cache/freshness.js';
import { manifestEntry, manifestFromCache, presentOnly } from '../cache/manifest-from-cache.js';
import { GALLERY_FILE, writeGallery } from '../gallery/write-gallery.js';
import { MANIFEST_FILE, markFailing, mergeManifest, readManifest, serializeManifest, type Manifest, type ManifestHandout } from '../output/manifest.js';
import { outputKey as handoutKey } from '../output/output-path.js';
import { writeAtomic } from '../output/write-atomic.js';
import { SCREEN_EDITION, sizesFor } from '../print/print-options.js';
import type { BuildContext, ReadyHandout } from './context.js';
import type { Rendered } from './render.js';
import type { FreshHandout } from './skip-fresh.js';

/** What the record stage is told. */
export interface RecordInput {
  /** Handouts skipped as up to date. */
  fresh: readonly FreshHandout[];
  /** Handouts that passed their checks in this run. */
  ready: readonly ReadyHandout[];
  /** Handouts that failed before rendering (errors, a slug already used). */
  failed: readonly string[];
  /** What rendering and writing did. */
  rendered: Rendered;
}

/** What is up to date after the build. */
export interface Recorded {
  /** Handouts whose outputs are up to date (skipped, then built now). */
  built: ManifestHandout[];
  /** Every handout that failed, each once. */
  failed: string[];
  /** The manifest as written. */
  manifest: Manifest;
}

/**
 * Stage 6, record: what is now up to date goes into the cache and the manifest. The manifest
 * describes every PDF that is there: entries it lost (a deleted manifest, a lost entry) come
 * back from the cache, and a handout that fails now keeps its last good files, marked
 * `failing`. A gallery already there is redrawn when anything changed.
 * @param context The build.
 * @param input What the earlier stages did.
 * @returns The handouts built, the ones failed, and the manifest.
 */
export async function recordBuild(context: BuildContext, input: RecordInput): Promise<Recorded> {
  const { cache, outDir, print, tool } = context;
  const built: ManifestHandout[] = input.fresh.map(({ entry, source }) => entryFor(entry, source, wantedFiles(entry, { slug: entry.slug, sizes: sizesFor(print, entry.sizes), print })));
  const failed = [...input.failed];
  for (const handout of input.ready) {
    if (input.rendered.failed.has(handout)) {
      failed.push(handout.source);
      continue;
    }
    const outputs = input.rendered.outputs.get(handout) ?? [];
    for (const output of outputs) handout.entry.outputs[output.file] = output;
    cache.entries[handout.source] = handout.entry;
    built.push(entryFor(handout.entry, handout.source, wantedFiles(handout.entry, { slug: handout.document.slug, sizes: handout.sizes, print })));
  }
  const manifestPath = join(outDir, MANIFEST_FILE);
  const onDisk = await readFile(manifestPath, 'utf8').catch(() => null);
  const previous = await readManifest(outDir);
  // Known by slug and language: a translation's entry is not its source's.
  const known = new Set([...previous.handouts, ...built].map((h) => handoutKey(h.slug, h.language)));
  const restored = await manifestFromCache(cache, outDir, known, (entry, output) => output.edition?.endsWith('bleed') === true || output.key === renderKey({ tool, inputHash: entry.inputHash, size: output.size, print: SCREEN_EDITION }));
  const failingKeys = new Set(
    failed.flatMap((source) => {
      const entry = cache.entries[source];
      const recorded = previous.handouts.find((h) => h.source === source);
      return [entry && handoutKey(entry.slug, entry.translation?.language), recorded && handoutKey(recorded.slug, recorded.language)];
    }).filter((key): key is string => key !== undefined),
  );
  const merged = markFailing(mergeManifest({ handouts: [...previous.handouts, ...restored] }, built), failingKeys);
  const manifest = { handouts: await presentOnly(merged.handouts, outDir) };
  // A folder with no PDFs and no manifest is left empty (a run whose every handout failed).
  const manifestChanged = serializeManifest(manifest) !== onDisk && !(onDisk === null && manifest.handouts.length === 0);
  if (manifestChanged) await writeAtomic(manifestPath, serializeManifest(manifest));
  const wroteAny = input.rendered.written.length > 0 || input.ready.length > 0;
  if (wroteAny) await writeCache(outDir, cache);
  if (manifestChanged || wroteAny) await keepGalleryCurrent(outDir);
  return { built, failed: [...new Set(failed)], manifest };
}

/**
 * Redraw the gallery (`output/index.html`) if the folder has one, so it never shows files that
 * are gone or misses new ones. A folder without one is left without: `handouts gallery` or
 * `watch` makes it, and a build does not pay for its page-1 pictures (pdf.js, about 0.3 s of
 * CPU to load) until someone has asked for it.
 */
async function keepGalleryCurrent(outDir: string): Promise<void> {
  if (await stat(join(outDir, GALLERY_FILE)).then((s) => s.isFile(), () => false)) await writeGallery(outDir);
}

/** A handout's manifest entry: its recorded outputs among the files it should have. */
function entryFor(entry: CacheEntry, source: string, files: ReadonlyArray<{ file: string }>): ManifestHandout {
  return manifestEntry(entry, source, files.flatMap(({ file }) => entry.outputs[file] ?? []));
}
