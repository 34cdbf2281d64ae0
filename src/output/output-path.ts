/**
 * The output folder's own sub-folder for consult editions, which carry patients' names and
 * are kept apart from the handouts' folders (and out of the manifest and gallery). A handout
 * may not take it as its slug.
 */
export const CONSULT_FOLDER = 'consult';

/**
 * Where a handout's PDF goes, relative to the output folder: `<slug>/<slug>-<size>[-<edition>].pdf`.
 * Slugs and size ids are validated as `[a-z0-9-]` before they get here, so the path
 * cannot leave the output folder.
 * @param slug The handout's slug.
 * @param size The size id.
 * @param edition '' for the main file, or e.g. 'pages', 'bleed', 'pages-bleed'.
 * @returns A relative path with forward slashes.
 */
export function outputPath(slug: string, size: string, edition = ''): string {
  return `${slug}/${slug}-${size}${edition ? `-${edition}` : ''}.pdf`;
}
