import { basename } from 'node:path';
import type { FontFaces } from '../print/font-files.js';
import type { WebScriptFont } from './web-fonts.js';

/**
 * The one stylesheet every web page of an output folder shares (`assets/handouts.css`).
 * It holds no brand colours: each page sets them as custom properties (`--c-…`, `--i-…`)
 * in its head, so handouts of different brands can share one folder and one stylesheet.
 *
 * Sizes are in rem and the text column is at most 44 rem wide, so the page follows the
 * reader's text size and reflows at 320 CSS px and at 200% zoom without sideways scrolling.
 */

/**
 * Where a font face is copied, relative to the assets folder.
 * @param path The TTF file from the font's npm package.
 * @returns E.g. `fonts/AtkinsonHyperlegible_400Regular.ttf`.
 */
export function fontAssetPath(path: string): string {
  return `fonts/${basename(path)}`;
}

/**
 * The stylesheet text.
 * @param fonts Every font a brand may use (one `@font-face` per face; browsers load only those a page uses).
 * @param scripts The script fonts shipped with the pages, each for its own characters only.
 * @returns CSS.
 */
export function stylesheet(fonts: readonly FontFaces[], scripts: readonly WebScriptFont[] = []): string {
  const faces = fonts.flatMap((font) =>
    (
      [
        [font.regular, 400, 'normal'],
        [font.bold, 700, 'normal'],
        [font.italic, 400, 'italic'],
        [font.boldItalic, 700, 'italic'],
      ] as const
    ).map(
      ([path, weight, style]) =>
        `@font-face { font-family: "${font.family}"; src: url("${fontAssetPath(path)}") format("truetype"); font-weight: ${weight}; font-style: ${style}; font-display: swap; }`,
    ),
  );
  // Upright faces only: these scripts have no italics (the PDFs use the upright faces too).
  const scriptFaces = scripts.flatMap(({ faces: font, unicodeRange }) =>
    (
      [
        [font.regular, 400],
        [font.bold, 700],
      ] as const
    ).map(
      ([path, weight]) =>
        `@font-face { font-family: "${font.family}"; src: url("${fontAssetPath(path)}") format("truetype"); font-weight: ${weight}; font-style: normal; font-display: swap; unicode-range: ${unicodeRange}; }`,
    ),
  );
  return `${[...faces, ...scriptFaces].join('\n')}\n${RULES}`;
}

const RULES = `
:root { color-scheme: light dark; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media (prefers-reduced-motion: reduce) { *, *::before, *::after { animation: none !important; transition: none !important; scroll-behavior: auto !important; } }
body { margin: 0; background: var(--c-background); color: var(--c-text); font-family: var(--font), system-ui, sans-serif; font-size: 1.125rem; line-height: 1.6; overflow-wrap: break-word; }
.skip-link { position: absolute; left: 0.5rem; top: -10rem; z-index: 1; padding: 0.5rem 1rem; background: var(--c-background); color: var(--c-primary); border: 2px solid var(--c-primary); }
.skip-link:focus { top: 0.5rem; }
:focus-visible { outline: 3px solid var(--c-primary); outline-offset: 2px; }
a { color: var(--c-primary); text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }
a:hover { text-decoration-thickness: 0.16em; }
.site-header, main, .site-footer { max-width: 44rem; margin: 0 auto; padding: 0 1rem; }
.site-header { padding-top: 1rem; }
.logo { display: block; max-height: 4rem; width: auto; margin-bottom: 0.6rem; }
.languages ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; margin: 0.6rem 0 0; padding: 0; }
.languages li { margin: 0; }
.clinic { margin: 0; padding: 0.6rem 0.9rem; background: var(--c-primary); color: var(--c-background); font-weight: 700; border-radius: 4px; }
h1, h2, h3, h4, h5, h6 { color: var(--c-primary); line-height: 1.25; margin: 1.6em 0 0.5em; }
h1 { font-size: 2rem; margin-top: 1rem; }
h2 { font-size: 1.45rem; }
h3 { font-size: 1.2rem; }
h4, h5, h6 { font-size: 1.05rem; }
.subtitle { font-size: 1.2rem; margin: 0 0 0.4rem; }
.byline { color: var(--c-muted); margin: 0 0 1rem; }
main:focus { outline: none; }
main section { scroll-margin-top: 1rem; }
p, ul, ol, table, figure, blockquote, pre { margin: 0 0 1rem; }
ul, ol { padding-left: 1.6rem; }
li { margin-bottom: 0.35rem; }
li > ul, li > ol, li > p { margin: 0.35rem 0 0; }
blockquote { margin-left: 0; padding-left: 1rem; border-left: 4px solid var(--c-muted); }
pre { white-space: pre-wrap; overflow-wrap: anywhere; padding: 0.75rem; background: var(--c-tint); border-radius: 4px; }
code { font-family: ui-monospace, monospace; font-size: 0.95em; }
hr { border: 0; border-top: 2px solid var(--c-muted); margin: 2rem 0; }
img { max-width: 100%; height: auto; }
figcaption { color: var(--c-muted); font-size: 0.95rem; }
.table-scroll { overflow-x: auto; margin: 0 0 1rem; }
.table-scroll > table { margin: 0; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid var(--c-muted); padding: 0.4rem 0.55rem; text-align: left; vertical-align: top; overflow-wrap: break-word; min-width: 5.5rem; }
th { background: var(--c-tint); }
.align-center { text-align: center; }
.align-right { text-align: right; }
.toc { margin: 1.5rem 0; padding: 0.8rem 1rem; border: 2px solid var(--c-tint); border-radius: 6px; }
.toc h2 { margin-top: 0; font-size: 1.15rem; }
.toc ol { margin: 0; }
.callout { margin: 1.2rem 0; padding: 0.9rem 1rem 0.1rem; background: var(--c-tint); border-left: 6px solid var(--c-primary); border-radius: 4px; }
.callout.warning { border-left-color: var(--c-accent); border-left-width: 10px; }
.callout > :first-child { margin-top: 0; font-size: 1.1rem; }
.stat { display: flex; flex-wrap: wrap; gap: 0.8rem 1.4rem; margin: 1.2rem 0; padding: 1rem; background: var(--c-tint); border-radius: 6px; }
.stat-words { flex: 1 1 16rem; min-width: 0; }
.stat-words > :last-child { margin-bottom: 0; }
.stat-headline { font-size: 1.3rem; font-weight: 700; color: var(--c-primary); line-height: 1.3; margin: 0 0 0.5rem; }
.stat-figure { font-weight: 400; color: var(--c-text); }
.stat-picture { flex: 0 1 auto; min-width: 0; max-width: 100%; }
.icon-array { display: block; max-width: 100%; height: auto; }
.stat-key { list-style: none; padding: 0; margin: 0.6rem 0 0; font-size: 0.95rem; }
.stat-key li { display: flex; gap: 0.4rem; align-items: flex-start; }
.icon-swatch { flex: none; margin-top: 0.25rem; }
.stat-source { flex-basis: 100%; margin: 0; color: var(--c-muted); font-size: 0.95rem; }
.i-filled { fill: var(--i-filled); stroke: var(--i-filled); }
.i-span { fill: var(--i-span); stroke: var(--i-hatch); }
.i-empty { fill: var(--i-empty); stroke: var(--i-empty-stroke); }
.i-hatch { stroke: var(--i-hatch); fill: none; }
@media (forced-colors: active) {
  /* High-contrast modes: the three kinds of icon in system colours, still told apart by fill and hatching. */
  .icon-array, .icon-swatch { forced-color-adjust: none; }
  .i-filled { fill: CanvasText; stroke: CanvasText; }
  .i-span { fill: Canvas; stroke: CanvasText; }
  .i-empty { fill: Canvas; stroke: GrayText; }
  .i-hatch { stroke: CanvasText; }
}
.bio { margin-top: 2.5rem; padding-top: 0.5rem; border-top: 2px solid var(--c-tint); }
.bio-photo { float: right; width: 7rem; margin: 0 0 0.5rem 1rem; border-radius: 4px; }
.bio-details { color: var(--c-muted); }
.downloads { margin: 2rem 0; }
.file-type { color: var(--c-muted); }
.site-footer { margin-top: 2.5rem; padding-bottom: 2rem; border-top: 2px solid var(--c-primary); font-size: 1rem; }
.site-footer h2 { font-size: 1.1rem; margin-top: 1rem; }
.site-footer address { font-style: normal; }
.disclaimer { color: var(--c-text); }
.doc-control { color: var(--c-muted); }
@media print {
  body { background: #fff; color: #000; font-size: 11pt; }
  .skip-link, .downloads { display: none; }
  .site-header, main, .site-footer { max-width: none; padding: 0; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
  .stat, .callout, figure, tr { break-inside: avoid; }
  .table-scroll { overflow: visible; }
  a { color: inherit; }
  main a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.9em; }
}
`;
