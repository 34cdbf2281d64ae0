/**
 * Where a handout's PDF goes, relative to the output folder: `<slug>/<slug>-<size>.pdf`.
 * Slugs and size ids are validated as `[a-z0-9-]` before they get here, so the path
 * cannot leave the output folder.
 * @param slug The handout's slug.
 * @param size The size id.
 * @returns A relative path with forward slashes.
 */
export function outputPath(slug: string, size: string): string {
  return `${slug}/${slug}-${size}.pdf`;
}
