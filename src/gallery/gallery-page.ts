import { SIZES, WEB_SIZE } from '../print/sizes.js';
import { compareText } from '../diagnostics.js';
import { escapeHtml } from '../web/escape-html.js';
import type { Manifest, ManifestHandout, ManifestOutput } from '../output/manifest.js';
import { inPrintOrder } from '../output/print-order.js';

/**
 * A relative link to a file in the output folder (each path segment percent-encoded).
 * @param file A manifest path such as `fbss/fbss-a4.pdf`.
 * @returns The href.
 */
export function fileHref(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

const EDITION_LABELS: Record<string, string> = {
  pages: 'pages in reading order',
  bleed: 'print shop, with bleed',
  'pages-bleed': 'pages in reading order, print shop, with bleed',
};

/**
 * How an output is named in a list: its size's label, its edition, pages and file size.
 * @param output A manifest output.
 * @returns E.g. "A4 (210 × 297 mm) · 4 pages · 53 KB".
 */
export function outputLabel(output: ManifestOutput): string {
  // The web edition is one page of any length: its pages count says nothing.
  if (output.size === WEB_SIZE) return `Web page · ${Math.max(1, Math.round(output.bytes / 1024))} KB`;
  const size = SIZES[output.size]?.label ?? output.size;
  const edition = output.edition ? ` (${EDITION_LABELS[output.edition] ?? output.edition})` : '';
  return `${size}${edition} · ${output.pages} ${output.pages === 1 ? 'page' : 'pages'} · ${Math.max(1, Math.round(output.bytes / 1024))} KB`;
}

/**
 * The output to show first for a handout: its A4 reading file if it has one, else its first
 * unimposed file, else any.
 * @param handout A manifest entry.
 * @returns The output, or undefined when it has none.
 */
export function previewOutput(handout: ManifestHandout): ManifestOutput | undefined {
  const plain = handout.outputs.filter((o) => !o.edition && o.size !== WEB_SIZE);
  return (
    plain.find((o) => o.size === 'a4') ??
    plain.find((o) => SIZES[o.size]?.kind === 'pages') ??
    handout.outputs.find((o) => o.edition === 'pages') ??
    plain[0] ??
    handout.outputs.find((o) => o.size !== WEB_SIZE)
  );
}

/**
 * Handouts in the order people look for them: by title.
 * @param manifest The manifest.
 * @returns The entries sorted by title, then slug.
 */
export function byTitle(manifest: Manifest): ManifestHandout[] {
  return [...manifest.handouts].sort((a, b) => compareText(a.title.toLowerCase(), b.title.toLowerCase()) || compareText(a.slug, b.slug));
}

/** A failing handout's files are its last good ones: staff printing them should know. */
function failingNote(handout: ManifestHandout): string {
  if (handout.status !== 'failing') return '';
  return `<p class="failing">Its source (${escapeHtml(handout.source)}) now fails to build: these are its last good files. Run handouts build to see why.</p>`;
}

/**
 * `output/index.html`: one card per handout with a picture of its first page and a link to
 * every size and edition, so staff can find the right file to print. A static page with
 * relative links: it works opened straight from the folder, offline. A few lines of script
 * filter the cards as you type; without script every card shows.
 * @param manifest The output folder's manifest.
 * @param thumbnails Thumbnail file by slug (relative to the output folder); missing when none could be made.
 * @returns The HTML.
 */
export function galleryHtml(manifest: Manifest, thumbnails: ReadonlyMap<string, string>): string {
  // A translation is listed on its source's card, under its language; one whose source is
  // not in this folder gets a card of its own.
  const sources = new Set(manifest.handouts.filter((h) => h.language === undefined).map((h) => h.slug));
  const translationsOf = (slug: string) => manifest.handouts.filter((h) => h.language !== undefined && h.slug === slug).sort((a, b) => compareText(a.language ?? '', b.language ?? ''));
  const shown = byTitle(manifest).filter((h) => h.language === undefined || !sources.has(h.slug));
  const cards = shown.map((handout) => {
    const first = previewOutput(handout);
    const thumb = thumbnails.get(handout.slug);
    const picture = thumb
      ? `<img src="${escapeHtml(fileHref(thumb))}" alt="Page 1 of ${escapeHtml(handout.title)}" width="180" loading="lazy">`
      : '<span class="no-thumb">No preview</span>';
    const links = inPrintOrder(handout.outputs)
      .map((o) => `<li><a href="${escapeHtml(fileHref(o.file))}">${escapeHtml(outputLabel(o))}</a></li>`)
      .join('');
    const translations = handout.language === undefined ? translationsOf(handout.slug) : [];
    const translated = translations
      .map((t) => {
        const files = inPrintOrder(t.outputs).map((o) => `<li><a href="${escapeHtml(fileHref(o.file))}">${escapeHtml(outputLabel(o))}</a></li>`).join('');
        return `<li lang="${escapeHtml(t.language ?? '')}"><span class="lang">${escapeHtml(t.language ?? '')}</span> ${escapeHtml(t.title)}<ul class="files">${files}</ul></li>`;
      })
      .join('');
    const search = [handout.title, handout.slug, ...translations.flatMap((t) => [t.title, t.language ?? ''])].join(' ').toLowerCase();
    const language = handout.language ? ` <span class="lang">${escapeHtml(handout.language)}</span>` : '';
    return `<li class="card" data-search="${escapeHtml(search)}">
<a class="thumb" href="${escapeHtml(first ? fileHref(first.file) : '#')}">${picture}</a>
<div><h2>${escapeHtml(handout.title)}${language}</h2><p class="slug">${escapeHtml(handout.slug)}</p>${failingNote(handout)}<ul class="files">${links}</ul>${translated ? `<h3>Translations</h3><ul class="translations">${translated}</ul>` : ''}</div>
</li>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Handouts</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #1a1a1a; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
input { font: inherit; padding: .4rem .6rem; width: min(28rem, 100%); margin-bottom: 1rem; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(24rem, 1fr)); gap: 1rem; }
.card { display: flex; gap: 1rem; border: 1px solid #ccd; border-radius: 6px; padding: .8rem; }
.thumb img, .no-thumb { width: 180px; border: 1px solid #ccd; display: block; }
.no-thumb { height: 254px; display: grid; place-items: center; color: #666; }
h2 { font-size: 1.05rem; margin: 0 0 .2rem; }
.slug { color: #666; margin: 0 0 .5rem; font-size: .85rem; }
.failing { color: #8a1c1c; font-size: .85rem; margin: 0 0 .5rem; }
.files { padding-left: 1.1rem; margin: 0; font-size: .9rem; line-height: 1.5; }
h3 { font-size: .95rem; margin: .6rem 0 .2rem; }
.translations { list-style: none; padding: 0; margin: 0; }
.lang { font-size: .75rem; border: 1px solid #99a; border-radius: 3px; padding: 0 .3rem; color: #445; }
</style>
</head>
<body>
<h1>Handouts</h1>
<p>${shown.length} ${shown.length === 1 ? 'handout' : 'handouts'}. Click a picture for the A4 file, or pick a size to print.</p>
<input type="search" id="filter" placeholder="Filter by title" aria-label="Filter by title">
<ul class="cards">
${cards.join('\n')}
</ul>
<script>
document.getElementById('filter').addEventListener('input', (event) => {
  const words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean);
  for (const card of document.querySelectorAll('.card')) card.hidden = !words.every((w) => card.dataset.search.includes(w));
});
</script>
</body>
</html>
`;
}
