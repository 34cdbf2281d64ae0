import type { ManifestOutput } from '../output/manifest.js';
import { fileHref, outputLabel } from '../gallery/gallery-page.js';
import { escapeHtml } from './escape-html.js';
import { SIZES, WEB_SIZE } from '../print/sizes.js';
import { compareText } from '../diagnostics.js';
import { outputRoot } from './web-size.js';

/**
 * "Print or download": a link to every PDF built for the handout in this run, each with its
 * size, pages and file size, in the order of the size table (A4 first), the main file before
 * a booklet's reading-order pages. Print-shop (bleed) files are left out: they are for print shops.
 * @param folder The page's folder (`<slug>`, or a translation's `<slug>/<language>`).
 * @param outputs The handout's files, as the manifest lists them.
 * @param headingId The id for the block's heading.
 * @param heading The heading's words, from the page's catalogue.
 * @returns HTML, or '' when no PDF was built.
 */
export function downloadsHtml(folder: string, outputs: readonly ManifestOutput[], headingId: string, heading: string): string {
  const order = Object.keys(SIZES);
  const pdfs = outputs
    .filter((output) => output.size !== WEB_SIZE && !(output.edition ?? '').endsWith('bleed'))
    .sort((a, b) => order.indexOf(a.size) - order.indexOf(b.size) || compareText(a.edition ?? '', b.edition ?? ''));
  if (pdfs.length === 0) return '';
  const items = pdfs.map((output) => `<li><a href="${escapeHtml(pageHref(folder, output.file))}">${escapeHtml(outputLabel(output))}</a> <span class="file-type">(PDF)</span></li>`);
  return `<section class="downloads" aria-labelledby="${headingId}"><h2 id="${headingId}">${escapeHtml(heading)}</h2><ul>${items.join('')}</ul></section>`;
}

/**
 * A file of the output folder as a link from a page: `<slug>/index.html`, or a
 * translation's `<slug>/<language>/index.html`.
 * @param folder The page's folder, relative to the output folder.
 * @param file The file, relative to the output folder.
 * @returns A relative href.
 */
export function pageHref(folder: string, file: string): string {
  if (file.startsWith(`${folder}/`)) return fileHref(file.slice(folder.length + 1));
  // One level up reaches the source's folder, where a translation's PDFs are.
  const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
  if (parent && file.startsWith(`${parent}/`)) return `../${fileHref(file.slice(parent.length + 1))}`;
  return `${outputRoot(folder)}${fileHref(file)}`;
}
