import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareText, diagnostic, type Place, type Report } from '../diagnostics.js';
import { outputKey } from './output-path.js';

// Note: checked by hand rather than with zod, because a no-op rebuild reads the manifest
// and must not pay for loading a schema library.

/** One PDF in the manifest. */
export interface ManifestOutput {
  size: string;
  /** Absent for the main file; 'pages' (a booklet's reading-order pages), 'bleed' (print-shop edition), 'pages-bleed'. */
  edition?: string;
  /** Path relative to the output folder, with forward slashes. */
  file: string;
  pages: number;
  bytes: number;
  sha256: string;
}

/**
 * Whether a handout's files are current: `built` (its source built, now or when it last
 * changed) or `failing` (its source now fails its checks or a render, and the files are the
 * last good ones). Manifests written before statuses existed have none.
 */
export type ManifestStatus = 'built' | 'failing';

/** One handout in the manifest. */
export interface ManifestHandout {
  slug: string;
  title: string;
  /** Source path relative to the working directory. */
  source: string;
  /** A translation's language (BCP 47); absent for a handout in its own language. */
  language?: string;
  /** A translation's source slug (the same as `slug`, where its files go). */
  translation_of?: string;
  status?: ManifestStatus;
  outputs: ManifestOutput[];
}

/** `output/manifest.json`: every handout built into this folder and its PDFs. */
export interface Manifest {
  handouts: ManifestHandout[];
}

export const MANIFEST_FILE = 'manifest.json';

/**
 * Check that a value has the manifest's shape.
 * @param value Parsed JSON.
 * @returns True for a manifest.
 */
export function isManifest(value: unknown): value is Manifest {
  const isString = (v: unknown) => typeof v === 'string';
  const isInt = (v: unknown) => Number.isInteger(v);
  const isOutput = (o: Record<string, unknown>) =>
    isString(o['size']) && isString(o['file']) && isInt(o['pages']) && isInt(o['bytes']) && isString(o['sha256']) && (o['edition'] === undefined || isString(o['edition']));
  const isHandout = (h: Record<string, unknown>) =>
    isString(h['slug']) && isString(h['title']) && isString(h['source']) && (h['language'] === undefined || isString(h['language'])) && (h['status'] === undefined || h['status'] === 'built' || h['status'] === 'failing') && Array.isArray(h['outputs']) && h['outputs'].every((o) => o && typeof o === 'object' && isOutput(o));
  const handouts = (value as { handouts?: unknown } | null)?.handouts;
  return Array.isArray(handouts) && handouts.every((h) => h && typeof h === 'object' && isHandout(h));
}

/**
 * Read a manifest file; a missing or unreadable one counts as empty.
 * @param path The manifest file.
 * @returns The manifest.
 */
export async function readManifestFile(path: string): Promise<Manifest> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
    return isManifest(parsed) ? parsed : { handouts: [] };
  } catch {
    return { handouts: [] };
  }
}

/**
 * Read a manifest that must be there and be whole (the inputs of `merge-manifests`): unlike
 * {@link readManifestFile}, a missing, unparsable or misshapen file is a problem, since a
 * shard whose manifest is lost would otherwise be published as if it had built nothing.
 * @param path The manifest file.
 * @param report Where the problem is reported (`merge/manifest`), at its place in the file.
 * @returns The manifest, or null after reporting why it cannot be used.
 */
export async function readManifestStrict(path: string, report: Report): Promise<Manifest | null> {
  const problem = (message: string, place?: Place): null => {
    report(diagnostic(path, place, message, 'merge/manifest'));
    return null;
  };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return problem(
      code === 'ENOENT'
        ? path.includes('*')
          ? 'no file matches this pattern: did the shards write their manifests where the pattern looks?'
          : 'there is no such file: did this shard build, and write its manifest here?'
        : `cannot be read (${code === 'EISDIR' ? 'it is a folder' : (code ?? 'unknown reason')})`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    // Node says where ("… in JSON at position 12"), except for a file cut short, which ends at its end.
    const position = /position (\d+)/.exec(message)?.[1];
    const at = position !== undefined ? Number(position) : /end of JSON/.test(message) ? text.length : 0;
    const before = text.slice(0, at).split('\n');
    return problem('is not valid JSON: the file is damaged or was cut short; build the shard again', { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
  }
  if (!isManifest(parsed)) return problem('is not a handouts manifest: it needs a "handouts" list whose entries have slug, title, source and outputs');
  return parsed;
}

/**
 * Read the manifest of an output folder; a missing or unreadable one counts as empty.
 * @param outDir The output folder.
 * @returns The manifest.
 */
export function readManifest(outDir: string): Promise<Manifest> {
  return readManifestFile(join(outDir, MANIFEST_FILE));
}

/**
 * Merge freshly built handouts into a manifest: their entries replace older ones, the rest stay.
 * @param previous The manifest before this build.
 * @param built Entries for the handouts built now.
 * @returns A new manifest, sorted by slug.
 */
export function mergeManifest(previous: Manifest, built: readonly ManifestHandout[]): Manifest {
  // A translation shares its source's slug: the language tells them apart.
  const keyOf = (h: ManifestHandout) => outputKey(h.slug, h.language);
  const bySlug = new Map(previous.handouts.map((h) => [keyOf(h), h]));
  for (const entry of built) {
    // A print-shop (bleed) build and a screen build live side by side: each replaces only its own kind.
    const isBleed = (o: ManifestOutput) => o.edition?.endsWith('bleed') ?? false;
    const builtBleed = entry.outputs.some(isBleed);
    const kept = (bySlug.get(keyOf(entry))?.outputs ?? []).filter((o) => isBleed(o) !== builtBleed);
    const outputs = [...entry.outputs, ...kept].sort((a, b) => compareText(a.file, b.file));
    bySlug.set(keyOf(entry), { slug: entry.slug, title: entry.title, source: entry.source, ...(entry.language && { language: entry.language }), ...(entry.translation_of && { translation_of: entry.translation_of }), ...(entry.status && { status: entry.status }), outputs });
  }
  return { handouts: [...bySlug.values()].sort((a, b) => compareText(keyOf(a), keyOf(b))) };
}

/**
 * Mark handouts whose sources fail now: their entries stay (the files are there, and are the
 * last good ones) with the status `failing`, so a reader of the manifest alone can tell.
 * @param manifest The manifest.
 * @param keys The failing handouts' keys (`outputKey`: a translation's is its slug and language).
 * @returns A new manifest.
 */
export function markFailing(manifest: Manifest, keys: ReadonlySet<string>): Manifest {
  return { handouts: manifest.handouts.map((h) => (keys.has(outputKey(h.slug, h.language)) ? { ...h, status: 'failing' as const } : h)) };
}

/** The manifest as written: stable key order, two-space indent, final newline. */
export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
