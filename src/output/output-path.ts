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
