import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { outputPath } from '../output/output-path.js';
import { printEdition, sizesFor, type PrintOptions } from '../print/print-options.js';
import { WEB_STYLESHEET, webPagePath } from '../web/web-size.js';
import { WEB_SIZE } from '../print/sizes.js';
import type { CacheEntry } from './build-cache.js';
import { hashParts } from './hash.js';

/**
 * The cache's freshness rules: what an output depends on (its key), which files a handout
 * should have, and whether a handout's entry still describes what is on disk.
 */

/** Hashes a handout file with the files it depends on; see `inputHasher`. */
export type InputHash = (path: string, deps: readonly string[]) => Promise<string>;

/** One output a handout should have: its file (relative to the output folder) and its size. */
export interface WantedFile {
  file: string;
  size: string;
}

/**
 * What one rendered output depends on: the press, the inputs, the size and the bleed.
 * @param key The press's hash, the handout's input hash, the size and the print options.
 * @returns Hex digest.
 */
export function renderKey(key: { tool: string; inputHash: string; size: string; print: PrintOptions }): string {
  return hashParts([key.tool, key.inputHash, key.size, String(key.print.bleed)]);
}

/**
 * What an output depends on, as `renderKey`; the web page also lists the PDFs built with it
 * and links to the leaflet's pages in its other languages, so it depends on which sizes and
 * which languages those are.
 * @param key As `renderKey`, plus the sizes the handout is made in and, for a web page, the
 *   languages of the leaflet's pages (`pageLanguages`; none for a leaflet with no translation).
 * @returns Hex digest.
 */
export function outputKey(key: { tool: string; inputHash: string; size: string; print: PrintOptions; sizes: readonly string[]; languages?: readonly string[] | undefined }): string {
  const rendered = renderKey(key);
  if (key.size !== WEB_SIZE) return rendered;
  const languages = key.languages ?? [];
  // A leaflet with one page keeps the key it had before pages linked to their languages.
  return hashParts([rendered, ...key.sizes.filter((s) => s !== WEB_SIZE), ...(languages.length > 1 ? ['languages', ...languages] : [])]);
}

/**
 * The languages of a leaflet's web pages, as a web page's key names them (`outputKey`).
 * @param path The handout file (absolute).
 * @param slug Its slug (a translation's is its source's).
 * @param print The run's print options (`--size` may ask for the web size for every handout).
 * @returns BCP 47 tags, the source's first.
 */
export async function webPageLanguages(path: string, slug: string, print: PrintOptions): Promise<string[]> {
  // Loaded when a web page is asked about: it reads front matter (yaml), which a no-op
  // build of PDFs alone never needs to load.
  const { pageLanguages } = await import('../web/page-languages.js');
  return (await pageLanguages(path, slug, print.sizes ?? [])).map(({ language }) => language);
}

/**
 * The output files a handout should have for these sizes, as recorded in its entry (a
 * booklet records two files per size); a size never made yet wants its main file.
 * @param entry The handout's cache entry.
 * @param want Its slug, the sizes, and the print options (which edition).
 * @returns The files, in size order.
 */
export function wantedFiles(entry: CacheEntry, want: { slug: string; sizes: readonly string[]; print: PrintOptions }): WantedFile[] {
  const suffix = printEdition(want.print);
  const wanted: WantedFile[] = [];
  for (const size of want.sizes) {
    if (size === WEB_SIZE) {
      // The web page has no print-shop edition: a bleed build leaves it alone.
      if (!suffix) wanted.push({ file: webPagePath(want.slug, entry.translation?.language), size });
      continue;
    }
    const recorded = Object.values(entry.outputs).filter((o) => o.size === size && (o.edition ?? '').endsWith(suffix) && (suffix !== '' || !(o.edition ?? '').endsWith('bleed')));
    if (recorded.length === 0) wanted.push({ file: outputPath(want.slug, size, suffix, entry.translation?.language), size });
    else wanted.push(...recorded.map((o) => ({ file: o.file, size })));
  }
  return wanted;
}

/**
 * Are a size's files on disk, made from this entry's inputs by this press (and, for the web
 * page, listing these sizes)?
 * @param entry The handout's cache entry.
 * @param output The size, the output folder, the print options, the press's hash and the sizes the handout is made in.
 * @returns True when nothing of that size needs making again.
 */
export async function hasOutput(entry: CacheEntry, output: { size: string; outDir: string; print: PrintOptions; tool: string; sizes: readonly string[]; languages?: readonly string[] | undefined }): Promise<boolean> {
  const { size, outDir, print, tool, sizes, languages } = output;
  const files = wantedFiles(entry, { slug: entry.slug, sizes: [size], print });
  // A web page is no use without the shared stylesheet: when it is gone, the page and its assets are made again.
  if (size === WEB_SIZE && files.length > 0 && !(await stat(join(outDir, WEB_STYLESHEET)).catch(() => null))) return false;
  const key = outputKey({ tool, inputHash: entry.inputHash, size, print, sizes, languages });
  for (const { file } of files) {
    const recorded = entry.outputs[file];
    if (!recorded || recorded.key !== key) return false;
    const onDisk = await stat(join(outDir, file)).catch(() => null);
    if (!onDisk || onDisk.size !== recorded.bytes) return false;
  }
  return true;
}

/** What `isFresh` compares a cache entry with. */
export interface FreshnessCheck {
  /** The handout file (absolute). */
  path: string;
  /** The output folder (absolute). */
  outDir: string;
  /** This run's print options (bleed, sizes asked for). */
  print: PrintOptions;
  /** Today's date (YYYY-MM-DD), against the entry's `recheckFrom`. */
  today: string;
  /** The press's hash. */
  tool: string;
  /** Hashes the handout and its dependencies (see `inputHasher`). */
  inputHash: InputHash;
}

/**
 * Is a handout's cache entry still good: same input files, same press, every wanted output on
 * disk, and its review dates not yet due for a new look?
 * @param entry The handout's cache entry.
 * @param check What to compare it with.
 * @returns True when the handout can be skipped without being parsed.
 */
export async function isFresh(entry: CacheEntry, check: FreshnessCheck): Promise<boolean> {
  return (await freshnessOf(entry, check)) === 'fresh';
}

/**
 * How far a handout's cache entry is still good.
 * @param entry The handout's cache entry.
 * @param check What to compare it with.
 * @returns `fresh` (skip it), `recheck` (its files are up to date, but its review dates are due
 * for a new look: it is checked again and, unless something else changed, renders nothing), or
 * `stale`.
 */
export async function freshnessOf(entry: CacheEntry, check: FreshnessCheck): Promise<'fresh' | 'recheck' | 'stale'> {
  const { path, outDir, print, today, tool, inputHash } = check;
  const recheck = entry.recheckFrom !== null && today >= entry.recheckFrom;
  if ((await inputHash(path, entry.deps).catch(() => null)) !== entry.inputHash) return 'stale';
  const sizes = sizesFor(print, entry.sizes);
  const files = wantedFiles(entry, { slug: entry.slug, sizes, print });
  for (const size of new Set(files.map((f) => f.size))) {
    // A web page links to the leaflet's other languages: a translation added or removed makes it again.
    const languages = size === WEB_SIZE ? await webPageLanguages(path, entry.slug, print) : undefined;
    if (!(await hasOutput(entry, { size, outDir, print, tool, sizes, languages }))) return 'stale';
  }
  if (files.length === 0) return 'stale';
  return recheck ? 'recheck' : 'fresh';
}

/**
 * Hashes a handout file with the files it depends on. Dependencies (a brand, the word lists,
 * a surgeon) are shared by many handouts, so each is read and hashed once per run.
 * @returns A function from a handout path and its dependencies to their combined hash.
 */
export function inputHasher(): InputHash {
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
