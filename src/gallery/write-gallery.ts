import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readManifest, type ManifestHandout } from '../output/manifest.js';
import { writeAtomic } from '../output/write-atomic.js';
import { galleryHtml, previewOutput } from './gallery-page.js';
import { pageThumbnail } from './page-thumbnail.js';

/** The gallery page, in the output folder. */
export const GALLERY_FILE = 'index.html';

/** What writing the gallery did. */
export interface GalleryResult {
  /** The gallery page's absolute path. */
  file: string;
  /** Thumbnails rendered now (the others were up to date). */
  rendered: number;
  /** Handouts with no thumbnail (their PDF is missing or could not be read). */
  missing: string[];
}

/**
 * Write `<out>/index.html` from `<out>/manifest.json`: a card per handout with a picture of
 * page 1 and links to every size. The picture (see `thumbnailPath`) is named by its PDF's
 * hash from the manifest, so it is rendered again only when that PDF changes; older
 * pictures of the handout are removed. Consult editions
 * are not in the manifest and never appear here. Files are written atomically.
 * @param outDir The output folder.
 * @returns The page written and what happened to the thumbnails.
 */
export async function writeGallery(outDir: string): Promise<GalleryResult> {
  const manifest = await readManifest(outDir);
  const thumbnails = new Map<string, string>();
  const missing: string[] = [];
  let rendered = 0;
  // Translations are listed on their source's card, which has the picture: they share its
  // folder and slug, and a picture of their own would replace the source's.
  for (const handout of manifest.handouts.filter((h) => h.language === undefined)) {
    const output = previewOutput(handout);
    const thumb = thumbnailPath(handout);
    if (!output || !thumb) {
      missing.push(handout.slug);
      continue;
    }
    try {
      if (!(await stat(join(outDir, thumb)).then((s) => s.isFile(), () => false))) {
        await writeAtomic(join(outDir, thumb), await pageThumbnail(await readFile(join(outDir, output.file))));
        rendered += 1;
      }
      thumbnails.set(handout.slug, thumb);
    } catch {
      // A PDF deleted or damaged since the build: the card still lists the files, without a picture.
      missing.push(handout.slug);
    }
    await removeStaleThumbnails(join(outDir, handout.slug), handout.slug, thumb);
  }
  const file = join(outDir, GALLERY_FILE);
  await writeAtomic(file, galleryHtml(manifest, thumbnails));
  return { file, rendered, missing };
}

/**
 * Where a handout's page-1 picture goes: `<slug>/<slug>-thumb-<hash>.png`, named by the first
 * 12 hex digits of the sha256 of the PDF it shows.
 * @param handout A manifest entry.
 * @returns The path relative to the output folder, or null when the handout has no PDF.
 */
export function thumbnailPath(handout: ManifestHandout): string | null {
  const output = previewOutput(handout);
  return output ? `${handout.slug}/${handout.slug}-thumb-${output.sha256.slice(0, 12)}.png` : null;
}

/** Remove a handout's thumbnails other than the current one. */
async function removeStaleThumbnails(dir: string, slug: string, current: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const keep = current.slice(current.lastIndexOf('/') + 1);
  const stale = names.filter((name) => name.startsWith(`${slug}-thumb-`) && name.endsWith('.png') && name !== keep);
  await Promise.all(stale.map((name) => rm(join(dir, name), { force: true })));
}
