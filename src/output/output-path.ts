/**
 * Where a handout's PDF goes, relative to the output folder: `<slug>/<slug>-<size>[-<edition>].pdf`,
 * or for a translation `<slug>/<slug>.<language>-<size>[-<edition>].pdf`, beside its source's.
 * Slugs and size ids are validated as `[a-z0-9-]` and language tags as BCP 47 before they
 * get here, so the path cannot leave the output folder.
 * @param slug The handout's slug (a translation's is its source's).
 * @param size The size id.
 * @param edition '' for the main file, or e.g. 'pages', 'bleed', 'pages-bleed'.
 * @param language A translation's language tag; absent for a handout in its own language.
 * @returns A relative path with forward slashes.
 */
export function outputPath(slug: string, size: string, edition = '', language?: string): string {
  return `${slug}/${slug}${language ? `.${language}` : ''}-${size}${edition ? `-${edition}` : ''}.pdf`;
}

/**
 * The key a handout's outputs are known by (manifest, duplicates): its slug, and a
 * translation's language after a dot (`fbss.vi`).
 * @param slug The slug.
 * @param language A translation's language, if it is one.
 * @returns The key.
 */
export function outputKey(slug: string, language?: string): string {
  return language ? `${slug}.${language}` : slug;
}
