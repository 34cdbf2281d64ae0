// The web edition's size id lives with the page sizes (print knows every size id).
export { WEB_SIZE } from '../print/sizes.js';

/** The stylesheet every web page of an output folder shares, relative to the folder. */
export const WEB_STYLESHEET = 'assets/handouts.css';

/** The web page's file, relative to the output folder. */
export function webPagePath(slug: string): string {
  return `${slug}/index.html`;
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
  const image = /^([a-z0-9-]+)\/img-[0-9a-f]{16}\.(?:png|jpe?g)$/.exec(file);
  return image !== null && webSlugs.has(image[1] ?? '');
}
