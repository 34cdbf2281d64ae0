/** The stylesheet every web page of an output folder shares, relative to the folder. */
export const WEB_STYLESHEET = 'assets/handouts.css';

/**
 * The folder of a handout's web page, relative to the output folder: `<slug>` for the
 * handout, `<slug>/<language>` for a translation (beside its source's page, which keeps
 * `<slug>/index.html`).
 * @param slug The handout's slug (a translation's is its source's).
 * @param translation A translation's language; absent for a handout in its own language.
 */
export function webPageFolder(slug: string, translation?: string): string {
  return translation ? `${slug}/${translation}` : slug;
}

/** The web page's file, relative to the output folder (see `webPageFolder`). */
export function webPagePath(slug: string, translation?: string): string {
  return `${webPageFolder(slug, translation)}/index.html`;
}

/**
 * Is a file one a published web page needs besides itself: the shared stylesheet and fonts,
 * or an image copied beside a handout's page? (For the preview server, which serves only
 * what a build wrote for the library.) Names are matched exactly, so no path can leave the folder.
 * @param file A path relative to the output folder, with forward slashes.
 * @param webSlugs The handouts that have a web page.
 * @returns True when the file belongs to a web page.
 */
export function isWebPageAsset(file: string, webSlugs: ReadonlySet<string>): boolean {
  if (webSlugs.size === 0) return false;
  if (/^assets\/(?:handouts\.css|fonts\/[A-Za-z0-9_-]+\.ttf|logo-[a-z0-9-]+-[0-9a-f]{16}\.(?:png|jpe?g))$/.test(file)) return true;
  // Beside a handout's page, or a translation's (`<slug>/<language>/`).
  const image = /^([a-z0-9-]+)\/(?:[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\/)?img-[0-9a-f]{16}\.(?:png|jpe?g)$/.exec(file);
  return image !== null && webSlugs.has(image[1] ?? '');
}

/**
 * The path from a page's folder back to the output folder: `../` from `<slug>/`, `../../`
 * from a translation's `<slug>/<language>/`.
 * @param folder The page's folder, relative to the output folder.
 */
export function outputRoot(folder: string): string {
  return '../'.repeat(folder.split('/').length);
}
