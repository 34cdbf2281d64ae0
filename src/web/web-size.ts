/**
 * The web edition's size id: `--size web`, or `web` in a handout's or brand's `sizes`.
 * It is not a page size (`SIZES`): it is written as `<slug>/index.html` from the same
 * document, after the handout's PDFs, so the page can link to them.
 */
export const WEB_SIZE = 'web';

/** The web page's file, relative to the output folder. */
export function webPagePath(slug: string): string {
  return `${slug}/index.html`;
}
