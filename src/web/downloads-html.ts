import type { ManifestOutput } from '../output/manifest.js';
import { fileHref, outputLabel } from '../gallery/gallery-page.js';
import { escapeHtml } from './escape-html.js';
import { SIZES } from '../print/sizes.js';
import { compareText } from '../diagnostics.js';
import { WEB_SIZE } from './web-size.js';

/**
 * "Print or download": a link to every PDF built for the handout in this run, each with its
 * size, pages and file size, in the order of the size table (A4 first), the main file before
 * a booklet's reading-order pages. Print-shop (bleed) files are left out: they are for print shops.
 * @param slug The handout's slug (its folder, where the page sits).
 * @param outputs The handout's files, as the manifest lists them.
 * @param headingId The id for the block's heading.
 * @returns HTML, or '' when no PDF was built.
 */
export function downloadsHtml(slug: string, outputs: readonly ManifestOutput[], headingId: string): string {
  const order = Object.keys(SIZES);
  const pdfs = outputs
    .filter((output) => output.size !== WEB_SIZE && !(output.edition ?? '').endsWith('bleed'))
    .sort((a, b) => order.indexOf(a.size) - order.indexOf(b.size) || compareText(a.edition ?? '', b.edition ?? ''));
  if (pdfs.length === 0) return '';
  const items = pdfs.map((output) => `<li><a href="${escapeHtml(pageHref(slug, output.file))}">${escapeHtml(outputLabel(output))}</a> <span class="file-type">(PDF)</span></li>`);
  return `<section class="downloads" aria-labelledby="${headingId}"><h2 id="${headingId}">Print or download</h2><ul>${items.join('')}</ul></section>`;
}

/**
 * A file of the output folder as a link from the page at `<slug>/index.html`.
 * @param slug The page's folder.
 * @param file The file, relative to the output folder.
 * @returns A relative href.
 */
export function pageHref(slug: string, file: string): string {
  return file.startsWith(`${slug}/`) ? fileHref(file.slice(slug.length + 1)) : `../${fileHref(file)}`;
}
