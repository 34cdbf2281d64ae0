import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_RECYCLE_AFTER, runRenderTasks } from './batch/render-pool.js';
import type { RenderTask } from './batch/render-task.js';
import type { RenderedFile } from './output/print-size.js';
import { selectShard, type Shard } from './batch/shard.js';
import { readCache, writeCache, type CacheEntry } from './cache/build-cache.js';
import { hashParts, hashTree } from './cache/hash.js';
import { displayPath } from './content/display-path.js';
import { selectSources, type SourceRef } from './content/select-sources.js';
import { hasErrors, sortDiagnostics, UsageError, type Diagnostic } from './diagnostics.js';
import type { HandoutDocument } from './model/document.js';
import type { Readability } from './lint/readability.js';
import type { TranslationState } from './prepare.js';
import { manifestFromCache, presentOnly } from './cache/manifest-from-cache.js';
import { MANIFEST_FILE, markFailing, mergeManifest, readManifest, serializeManifest, type Manifest, type ManifestHandout, type ManifestOutput } from './output/manifest.js';
import { outputKey as handoutKey, outputPath } from './output/output-path.js';
import { writeAtomic } from './output/write-atomic.js';
import { packageRoot } from './package-root.js';
import { filesPerRender, SIZES } from '../templates/shared/sizes.js';
import { WEB_SIZE, WEB_STYLESHEET, webPagePath } from './web/web-size.js';

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
  /** Documents a worker renders before it is replaced (default 40). */
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

/** What a build did. */
export interface BuildResult {
  /** Every problem found, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** Handouts whose PDFs are up to date after this run (built now or already). */
  built: ManifestHandout[];
  /** Paths of the files written, relative to the working directory. */
  written: string[];
  /** Handouts skipped because nothing they depend on changed. */
  skipped: string[];
  /** Handouts that failed. */
  failed: string[];
  /** Reading figures by source file, for the handouts checked or skipped in this run. */
  readability: Record<string, Readability | null>;
  /** The manifest after the build (unchanged on `check`). */
  manifest: Manifest;
  /** Translations checked in this run, by file, with their state against their source. */
  translations: Record<string, TranslationState>;
  /** Handouts checked in this run that are not in English, by file: what lint did not check. */
  languageNotes: Record<string, string>;
}

/**
 * Render workers by default: one fewer than the cores. A react-pdf render keeps about 1.2
 * cores busy (its garbage collector runs beside it), and on the 2-core machines we measured,
 * two parallel renders each took twice as long, so a second worker bought nothing but memory.
 */
export const DEFAULT_JOBS = Math.max(1, availableParallelism() - 1);

/** A handout that passed its checks and what it depends on. */
interface ReadyHandout {
  ref: SourceRef;
  source: string;
  document: HandoutDocument;
  sizes: string[];
  entry: CacheEntry;
}

/**
 * Build handouts into PDFs: load, validate, check, render, write. Problems in one handout
 * never stop the others; a handout with errors writes nothing, so its previous PDFs stay.
 * A handout whose inputs have not changed since the last build into the same folder is
 * skipped without being parsed.
 * @param options What to build and where.
 * @returns Diagnostics, what was built and the manifest.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const contentDir = resolve(options.contentDir ?? 'content');
  const outDir = resolve(options.outDir ?? 'output');
  const bleed = options.bleed ?? 0;
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sizeOverride = options.sizes ? checkSizes(options.sizes) : undefined;
  let refs = await selectSources(contentDir, options.inputs ?? []);
  if (options.shard) refs = selectShard(refs, options.shard);

  const tool = await toolHash(packageRoot(), options.templatesDir);
  const cache = await readCache(outDir, tool);
  const diagnostics: Diagnostic[] = [];
  const built: ManifestHandout[] = [];
  const skipped: string[] = [];
  const failed: string[] = [];
  const readability: Record<string, Readability | null> = {};
  const translations: Record<string, TranslationState> = {};
  const languageNotes: Record<string, string> = {};

  // 1. Skip what is up to date, without parsing it (all handouts checked at once: it is all I/O).
  const inputHash = inputHasher();
  const freshness = await Promise.all(
    refs.map((ref) => {
      const entry = cache.entries[displayPath(ref.path)];
      return !options.force && !options.check && entry ? isFresh(entry, ref, outDir, sizeOverride, bleed, today, tool, inputHash) : false;
    }),
  );
  const stale: SourceRef[] = [];
  for (const [index, ref] of refs.entries()) {
    const source = displayPath(ref.path);
    const entry = cache.entries[source];
    if (freshness[index] && entry) {
      skipped.push(source);
      diagnostics.push(...entry.diagnostics);
      readability[source] = entry.readability;
      built.push(manifestEntry(entry, source, wantedFiles(entry, entry.slug, sizeOverride ?? entry.sizes, bleed)));
    } else stale.push(ref);
  }

  // 2. Prepare the rest (loaded lazily: parsing libraries cost time a no-op build need not pay).
  const ready: ReadyHandout[] = [];
  if (stale.length > 0) {
    const { loadProject, prepareHandout } = await import('./prepare.js');
    const project = await loadProject(contentDir, options.templatesDir);
    diagnostics.push(...project.diagnostics);
    for (const ref of stale) {
      const source = displayPath(ref.path);
      const prepared = await prepareHandout(ref, project, { today });
      diagnostics.push(...prepared.diagnostics);
      readability[source] = prepared.readability;
      if (prepared.translationState) translations[source] = prepared.translationState;
      if (prepared.languageNote) languageNotes[source] = prepared.languageNote;
      if (!prepared.document || hasErrors(prepared.diagnostics)) {
        failed.push(source);
        continue;
      }
      const document = prepared.document;
      const deps = prepared.deps;
      const previous = cache.entries[source];
      ready.push({
        ref,
        source,
        document,
        sizes: sizeOverride ?? document.sizes,
        entry: {
          inputHash: await inputHash(ref.path, deps),
          deps,
          sizes: document.sizes,
          slug: document.slug,
          title: document.meta.title,
          ...(document.translation && { translation: { language: document.meta.language, of: document.translation.of } }),
          diagnostics: prepared.diagnostics,
          readability: prepared.readability,
          recheckFrom: recheckFrom(document),
          outputs: previous?.slug === document.slug ? previous.outputs : {},
        },
      });
    }
  }
  if (stale.length > 0) (await import('./lint/spell-checker.js')).releaseSpellCheckers();

  // Two handouts with one slug would overwrite each other's PDFs: the later one is not built.
  const clashes = duplicateSlugs([
    ...built.map((b) => ({ slug: b.slug, language: b.language, source: b.source })),
    ...ready.map((r) => ({ slug: r.document.slug, language: r.entry.translation?.language, source: r.source })),
  ]);
  diagnostics.push(...clashes);
  const clashing = new Set(clashes.map((d) => d.file));
  failed.push(...ready.filter((r) => clashing.has(r.source)).map((r) => r.source));
  ready.splice(0, ready.length, ...ready.filter((r) => !clashing.has(r.source)));

  if (options.check) {
    // What rendering would refuse and can be known without rendering: a table too wide for a size.
    const { checkTablesFit } = await import('./render/table-fit.js');
    for (const handout of ready) {
      const tooWide = handout.sizes.flatMap((size) => checkTablesFit(handout.document, SIZES[size]!));
      diagnostics.push(...tooWide);
      if (tooWide.length > 0) failed.push(handout.source);
    }
    return { diagnostics: sortDiagnostics(dedupe(diagnostics)), built: [], written: [], skipped: [], failed, readability, manifest: await readManifest(outDir), translations, languageNotes };
  }

  // 3. Render what changed, in parallel, writing each file as soon as it is done.
  const tasks: RenderTask[] = [];
  const taskOwner: ReadyHandout[] = [];
  for (const handout of ready) {
    for (const size of handout.sizes) {
      // The web page is no render task: it is made after the PDFs, so it can link to them.
      if (size === WEB_SIZE) continue;
      // A size whose files were made from the same inputs by the same press need not be redone.
      if (!options.force && (await hasOutput(handout.entry, size, outDir, bleed, tool, handout.sizes))) continue;
      tasks.push({ id: tasks.length, document: handout.document, size, bleed });
      taskOwner.push(handout);
    }
  }
  const files = tasks.reduce((sum, task) => sum + filesPerRender(SIZES[task.size]?.kind ?? 'pages'), 0);
  options.onProgress?.({ type: 'plan', handouts: refs.length, skipped: skipped.length, renders: tasks.length, files });
  await removeStaleTemps(outDir, [...new Set(taskOwner.map((handout) => handout.document.slug))]);
  const written: string[] = [];
  const handoutFailed = new Set<ReadyHandout>();
  const finished = new Map<ReadyHandout, Array<ManifestOutput & { key: string }>>();
  // A handout's files are held until all its sizes are done, then written together, or not at
  // all when one size fails: its previous PDFs stay a matching set with its manifest entry.
  const sizesLeft = new Map<ReadyHandout, number>();
  for (const owner of taskOwner) sizesLeft.set(owner, (sizesLeft.get(owner) ?? 0) + 1);
  const held = new Map<ReadyHandout, Array<{ size: string; files: RenderedFile[] }>>();
  const web = webWriter({ outDir, tool, bleed, force: options.force ?? false });
  const writeHandout = async (handout: ReadyHandout) => {
    const outputs: Array<ManifestOutput & { key: string }> = [];
    const files: Array<{ file: string; bytes: Uint8Array }> = [];
    for (const { size, files: rendered } of held.get(handout) ?? []) {
      const key = renderKey(tool, handout.entry.inputHash, size, bleed);
      for (const { edition, bytes, pages } of rendered) {
        const editionName = [edition, bleed > 0 ? 'bleed' : ''].filter(Boolean).join('-');
        const file = outputPath(handout.document.slug, size, editionName, handout.entry.translation?.language);
        files.push({ file, bytes });
        outputs.push({ size, ...(editionName && { edition: editionName }), file, pages, bytes: bytes.byteLength, sha256: sha256(bytes), key });
      }
    }
    // The web page is made last, from the PDFs' entries, so its "Print or download" list is
    // what the manifest says; it is written with them, or, when it cannot be made, nothing is.
    const page = await web.page(handout, outputs).catch((error: unknown) => {
      diagnostics.push({ file: handout.source, line: 1, column: 1, severity: 'error', message: `building the web page failed: ${error instanceof Error ? error.message : String(error)}`, ruleId: 'render/crash' });
      options.onProgress?.({ type: 'failed', source: handout.source, size: WEB_SIZE, message: String(error) });
      handoutFailed.add(handout);
      return undefined;
    });
    if (page === undefined) return;
    if (page) {
      files.push(...page.files);
      outputs.push(page.output);
    }
    for (const { file, bytes } of files) {
      await writeAtomic(join(outDir, file), bytes);
      const output = outputs.find((o) => o.file === file);
      if (!output) continue;
      written.push(displayPath(join(outDir, file)));
      options.onProgress?.({ type: 'written', file: displayPath(join(outDir, file)), size: output.size, pages: output.pages, bytes: bytes.byteLength });
    }
    if (page) await web.tidy(handout, page.files);
    finished.set(handout, outputs);
  };
  await runRenderTasks(tasks, {
    jobs: options.jobs ?? DEFAULT_JOBS,
    recycleAfter: options.recycleAfter ?? DEFAULT_RECYCLE_AFTER,
    onOutcome: async (outcome) => {
      const handout = taskOwner[outcome.id] as ReadyHandout;
      const size = (tasks[outcome.id] as RenderTask).size;
      if (outcome.kind === 'files') {
        held.set(handout, [...(held.get(handout) ?? []), { size, files: outcome.files }]);
        // Kept with the handout's other warnings, so a later run that skips it replays them too.
        const warnings = outcome.files.flatMap((file) => file.warnings ?? []);
        diagnostics.push(...warnings);
        handout.entry.diagnostics = [...handout.entry.diagnostics, ...warnings];
        options.onProgress?.({ type: 'rendered', source: handout.source, size });
      } else {
        handoutFailed.add(handout);
        const message = outcome.kind === 'diagnostic' ? outcome.diagnostic.message : outcome.message;
        diagnostics.push(
          outcome.kind === 'diagnostic'
            ? outcome.diagnostic
            : { file: handout.source, line: 1, column: 1, severity: 'error', message: `rendering ${size} failed: ${message}`, ruleId: 'render/crash' },
        );
        options.onProgress?.({ type: 'failed', source: handout.source, size, message });
      }
      const left = (sizesLeft.get(handout) ?? 1) - 1;
      sizesLeft.set(handout, left);
      if (left > 0) return;
      if (!handoutFailed.has(handout)) await writeHandout(handout);
      held.delete(handout);
    },
  });
  // A handout whose PDFs were all up to date may still need its web page.
  for (const handout of ready) {
    if (!sizesLeft.has(handout) && handout.sizes.includes(WEB_SIZE)) await writeHandout(handout);
  }

  // 4. Record what is now up to date, in the cache and the manifest.
  for (const handout of ready) {
    if (handoutFailed.has(handout)) {
      failed.push(handout.source);
      continue;
    }
    const outputs = finished.get(handout) ?? [];
    for (const output of outputs) handout.entry.outputs[output.file] = output;
    cache.entries[handout.source] = handout.entry;
    built.push(manifestEntry(handout.entry, handout.source, wantedFiles(handout.entry, handout.document.slug, handout.sizes, bleed)));
  }
  // The manifest describes every PDF that is there: entries it lost (a deleted manifest, a lost
  // entry) come back from the cache, and a handout that fails now keeps its last good files,
  // marked `failing`.
  const manifestPath = join(outDir, MANIFEST_FILE);
  const onDisk = await readFile(manifestPath, 'utf8').catch(() => null);
  const previous = await readManifest(outDir);
  // Known by slug and language: a translation's entry is not its source's.
  const known = new Set([...previous.handouts, ...built].map((h) => handoutKey(h.slug, h.language)));
  const restored = await manifestFromCache(cache, outDir, known, (entry, output) => output.edition?.endsWith('bleed') === true || output.key === renderKey(tool, entry.inputHash, output.size, 0));
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
  if (written.length > 0 || ready.length > 0) await writeCache(outDir, cache);
  if (manifestChanged || written.length > 0 || ready.length > 0) {
    // The gallery (output/index.html) is loaded only when something changed: it renders thumbnails.
    const { writeGallery } = await import('./gallery/write-gallery.js');
    await writeGallery(outDir);
  }
  return { diagnostics: sortDiagnostics(dedupe(diagnostics)), built, written, skipped, failed: [...new Set(failed)], readability, manifest, translations, languageNotes };
}

/** Writes web pages during one build; see `webWriter`. */
interface WebWriter {
  /**
   * A handout's web page, made after its PDFs: null when it wants none or its page is up to date.
   * @param handout The handout.
   * @param pdfs The PDF entries made for it in this run (the others come from its cache entry).
   */
  page(handout: ReadyHandout, pdfs: ReadonlyArray<ManifestOutput & { key: string }>): Promise<{ files: Array<{ file: string; bytes: Uint8Array }>; output: ManifestOutput & { key: string } } | null>;
  /**
   * Remove the images an earlier page showed and the new one does not, once it is written.
   * @param handout The handout.
   * @param files The new page's files.
   */
  tidy(handout: ReadyHandout, files: ReadonlyArray<{ file: string; bytes: Uint8Array }>): Promise<void>;
}

/**
 * The web edition's part of a build: each page from the document and the handout's PDF
 * entries, and the shared assets (stylesheet, fonts) written once per run when a page is.
 * Loaded lazily, like rendering: a build without `web` never loads it.
 */
function webWriter(options: { outDir: string; tool: string; bleed: number; force: boolean }): WebWriter {
  const { outDir, tool, bleed, force } = options;
  let assetsWritten = false;
  return {
    async page(handout, made) {
      const { entry, document, sizes } = handout;
      // A translation has no web page yet: its page would take its source's `<slug>/index.html`.
      if (bleed > 0 || !sizes.includes(WEB_SIZE) || entry.translation) return null;
      if (!force && (await hasOutput(entry, WEB_SIZE, outDir, bleed, tool, sizes))) return null;
      const pdfs = sizes
        .filter((size) => size !== WEB_SIZE)
        .flatMap((size) => {
          const now = made.filter((o) => o.size === size);
          if (now.length > 0) return now;
          return wantedFiles(entry, document.slug, [size], bleed).flatMap(({ file }) => (entry.outputs[file] ? [entry.outputs[file]] : []));
        });
      const { webPageFiles, writeWebAssets } = await import('./web/web-files.js');
      if (!assetsWritten) {
        await writeWebAssets(outDir);
        assetsWritten = true;
      }
      const [page, ...images] = await webPageFiles(document, pdfs);
      if (!page) throw new Error('webWriter: no page was made');
      const key = outputKey(tool, entry.inputHash, WEB_SIZE, bleed, sizes);
      // One page, whatever its length: `pages` keeps the manifest's shape the same for every output.
      return { files: [page, ...images], output: { size: WEB_SIZE, file: page.file, pages: 1, bytes: page.bytes.byteLength, sha256: sha256(page.bytes), key } };
    },
    async tidy(handout, files) {
      const { removeStaleImages } = await import('./web/web-files.js');
      await removeStaleImages(outDir, handout.document.slug, files);
    },
  };
}

/**
 * Is a handout's cache entry still good: same input files, same press, every wanted output on
 * disk, and its review dates not yet due for a new look?
 */
async function isFresh(
  entry: CacheEntry,
  ref: SourceRef,
  outDir: string,
  sizeOverride: string[] | undefined,
  bleed: number,
  today: string,
  tool: string,
  inputHash: (path: string, deps: readonly string[]) => Promise<string>,
): Promise<boolean> {
  if (entry.recheckFrom !== null && today >= entry.recheckFrom) return false;
  if ((await inputHash(ref.path, entry.deps).catch(() => null)) !== entry.inputHash) return false;
  const sizes = sizeOverride ?? entry.sizes;
  const files = wantedFiles(entry, entry.slug, sizes, bleed);
  for (const size of new Set(files.map((f) => f.size))) {
    if (!(await hasOutput(entry, size, outDir, bleed, tool, sizes))) return false;
  }
  return files.length > 0;
}

/** Are a size's files on disk, made from this entry's inputs by this press (and, for the web page, listing these sizes)? */
async function hasOutput(entry: CacheEntry, size: string, outDir: string, bleed: number, tool: string, sizes: readonly string[]): Promise<boolean> {
  const files = wantedFiles(entry, entry.slug, [size], bleed);
  // A web page is no use without the shared stylesheet: when it is gone, the page and its assets are made again.
  if (size === WEB_SIZE && files.length > 0 && !(await stat(join(outDir, WEB_STYLESHEET)).catch(() => null))) return false;
  for (const { file } of files) {
    const output = entry.outputs[file];
    if (!output || output.key !== outputKey(tool, entry.inputHash, size, bleed, sizes)) return false;
    const onDisk = await stat(join(outDir, file)).catch(() => null);
    if (!onDisk || onDisk.size !== output.bytes) return false;
  }
  return true;
}

/** The output files a handout should have for these sizes, as recorded in its entry. */
function wantedFiles(entry: CacheEntry, slug: string, sizes: readonly string[], bleed: number): Array<{ file: string; size: string }> {
  const suffix = bleed > 0 ? 'bleed' : '';
  const wanted: Array<{ file: string; size: string }> = [];
  for (const size of sizes) {
    if (size === WEB_SIZE) {
      // The web page has no print-shop edition: a bleed build leaves it alone.
      if (!suffix && !entry.translation) wanted.push({ file: webPagePath(slug), size });
      continue;
    }
    const recorded = Object.values(entry.outputs).filter((o) => o.size === size && (o.edition ?? '').endsWith(suffix) && (suffix !== '' || !(o.edition ?? '').endsWith('bleed')));
    if (recorded.length === 0) wanted.push({ file: outputPath(slug, size, suffix, entry.translation?.language), size });
    else wanted.push(...recorded.map((o) => ({ file: o.file, size })));
  }
  return wanted;
}

function manifestEntry(entry: CacheEntry, source: string, files: ReadonlyArray<{ file: string }>): ManifestHandout {
  const outputs = files.flatMap(({ file }) => {
    const output = entry.outputs[file];
    if (!output) return [];
    const { key: _key, ...rest } = output;
    return [rest];
  });
  const translation = entry.translation ? { language: entry.translation.language, translation_of: entry.translation.of } : {};
  return { slug: entry.slug, title: entry.title, source, ...translation, status: 'built', outputs };
}

/** Hash of a handout file and the surgeon and brand files it uses. */
/**
 * Hashes a handout file with the files it depends on. Dependencies (a brand, the word lists,
 * a surgeon) are shared by many handouts, so each is read and hashed once per run.
 * @returns A function from a handout path and its dependencies to their combined hash.
 */
function inputHasher(): (path: string, deps: readonly string[]) => Promise<string> {
  const depHashes = new Map<string, Promise<string>>();
  const hashDep = (dep: string) => {
    let hash = depHashes.get(dep);
    if (!hash) {
      hash = readFile(dep).then((bytes) => hashParts([bytes]), () => 'missing');
      depHashes.set(dep, hash);
    }
    return hash;
  };
  return async (path, deps) => {
    const parts: string[] = [hashParts([await readFile(path)])];
    for (const dep of deps) parts.push(dep, await hashDep(dep));
    return hashParts(parts);
  };
}

/**
 * Remove temporary files a killed build left in the folders about to be written (the atomic
 * writer's `.<name>.<pid>.<hex>.tmp`); finished files are never touched.
 * @param outDir The output folder.
 * @param slugs Handout folders to tidy.
 */
async function removeStaleTemps(outDir: string, slugs: readonly string[]): Promise<void> {
  for (const slug of slugs) {
    const names = await readdir(join(outDir, slug)).catch(() => []);
    await Promise.all(names.filter((name) => TEMP_FILE.test(name)).map((name) => rm(join(outDir, slug, name), { force: true })));
  }
}

const TEMP_FILE = /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/;

/** What one output depends on: the press, the inputs, the size and the bleed. */
function renderKey(tool: string, input: string, size: string, bleed: number): string {
  return hashParts([tool, input, size, String(bleed)]);
}

/**
 * What an output depends on, as `renderKey`; the web page also lists the PDFs built with it,
 * so it depends on which sizes those are.
 */
function outputKey(tool: string, input: string, size: string, bleed: number, sizes: readonly string[]): string {
  return size === WEB_SIZE ? hashParts([renderKey(tool, input, size, bleed), ...sizes.filter((s) => s !== WEB_SIZE)]) : renderKey(tool, input, size, bleed);
}

/**
 * Hash of the press itself: its code and templates (brand files are hashed per handout),
 * and the exact dependency versions (fonts and react-pdf come from there).
 * @param root The press's folder.
 * @param templatesDir A templates folder other than the press's own, if one is used.
 * @returns Hex digest.
 */
export async function toolHash(root: string, templatesDir?: string): Promise<string> {
  const lock = await readFile(join(root, 'package-lock.json')).catch(() => new Uint8Array());
  // patches/ changes how react-pdf lays pages out, as much as the templates do.
  const code = await hashTree(root, ['src', 'templates/handout', 'templates/shared', 'patches']);
  return hashParts([code, lock, templatesDir ? relative(root, resolve(templatesDir)) : '']);
}

/** Review dates make the checks change over time: recheck from 90 days before `review_due`. */
function recheckFrom(document: HandoutDocument): string | null {
  const due = document.meta.review_due;
  if (!due) return null;
  const date = new Date(`${due}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 90);
  return date.toISOString().slice(0, 10);
}

/**
 * Two handouts with one slug would overwrite each other's PDFs, as would two translations of
 * one handout into one language.
 */
function duplicateSlugs(handouts: ReadonlyArray<{ slug: string; language?: string | undefined; source: string }>): Diagnostic[] {
  const seen = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const { slug, language, source } of handouts) {
    // vi and vi-VN are one language for a reader: the region does not make a second translation.
    const key = handoutKey(slug, language?.toLowerCase().replace(/-([a-z]{2}|\d{3})(?=-|$)/g, ''));
    const other = seen.get(key);
    if (other && other !== source) {
      const message = language
        ? `a second translation of "${slug}" into ${language}: ${other} is one already; keep one translation per language`
        : `slug "${slug}" is already used by ${other}; give one of them another \`slug:\` or file name`;
      found.push({ file: source, line: 1, column: 1, severity: 'error', message, ruleId: language ? 'translation/duplicate' : 'reference/duplicate-slug' });
    } else seen.set(key, source);
  }
  return found;
}

function checkSizes(sizes: readonly string[]): string[] {
  for (const size of sizes) {
    if (!(size in SIZES) && size !== WEB_SIZE) {
      throw new UsageError(`--size "${size}" is not a known size (supported: ${[...Object.keys(SIZES), WEB_SIZE].join(', ')})`);
    }
  }
  return [...new Set(sizes)];
}

/** The same surgeon file may be checked for several handouts; report each problem once. */
function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
