import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { compareText } from '../diagnostics.js';

/** One PDF in the manifest. */
export const ManifestOutputSchema = z.object({
  size: z.string(),
  /** Absent for the main file; 'pages' (a booklet's reading-order pages), 'bleed' (print-shop edition), 'pages-bleed'. */
  edition: z.string().optional(),
  /** Path relative to the output folder, with forward slashes. */
  file: z.string(),
  pages: z.number().int(),
  bytes: z.number().int(),
  sha256: z.string(),
});
export type ManifestOutput = z.infer<typeof ManifestOutputSchema>;

/** One handout in the manifest. */
export const ManifestHandoutSchema = z.object({
  slug: z.string(),
  title: z.string(),
  source: z.string(),
  outputs: z.array(ManifestOutputSchema),
});
export type ManifestHandout = z.infer<typeof ManifestHandoutSchema>;

/** `output/manifest.json`: every handout built into this folder and its PDFs. */
export const ManifestSchema = z.object({ handouts: z.array(ManifestHandoutSchema) });
export type Manifest = z.infer<typeof ManifestSchema>;

export const MANIFEST_FILE = 'manifest.json';

/**
 * Read the manifest of an output folder; a missing or unreadable one counts as empty.
 * @param outDir The output folder.
 * @returns The manifest.
 */
export async function readManifest(outDir: string): Promise<Manifest> {
  try {
    const parsed = ManifestSchema.safeParse(JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')));
    return parsed.success ? parsed.data : { handouts: [] };
  } catch {
    return { handouts: [] };
  }
}

/**
 * Merge freshly built handouts into a manifest: their entries replace older ones, the rest stay.
 * @param previous The manifest before this build.
 * @param built Entries for the handouts built now.
 * @returns A new manifest, sorted by slug.
 */
export function mergeManifest(previous: Manifest, built: readonly ManifestHandout[]): Manifest {
  const bySlug = new Map(previous.handouts.map((h) => [h.slug, h]));
  for (const entry of built) {
    // A print-shop (bleed) build and a screen build live side by side: each replaces only its own kind.
    const isBleed = (o: ManifestOutput) => o.edition?.endsWith('bleed') ?? false;
    const builtBleed = entry.outputs.some(isBleed);
    const kept = (bySlug.get(entry.slug)?.outputs ?? []).filter((o) => isBleed(o) !== builtBleed);
    const outputs = [...entry.outputs, ...kept].sort((a, b) => compareText(a.file, b.file));
    bySlug.set(entry.slug, { ...entry, outputs });
  }
  return { handouts: [...bySlug.values()].sort((a, b) => compareText(a.slug, b.slug)) };
}

/** The manifest as written: stable key order, two-space indent, final newline. */
export function serializeManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
