import type { HandoutDocument, Surgeon } from '../model/document.js';
import type { ManifestOutput } from '../output/manifest.js';
import { escapeHtml } from './escape-html.js';
import { documentControlLine } from '../model/document-control.js';
import { blocksHtml } from './blocks-html.js';
import { downloadsHtml } from './downloads-html.js';
import { inlinesHtml } from './inlines-html.js';
import { idCounter, type WebContext } from './web-context.js';
import { webPalette, type SchemeColours } from './web-palette.js';
import { outputRoot, WEB_STYLESHEET, webPageFolder } from './web-size.js';
import { say, sayParts } from '../model/messages.js';
import { languagesHtml, type LanguageLink } from './languages-html.js';
import { webFontFamilies } from './web-fonts.js';

/** More questions than this get a table of contents at the top. */
export const TOC_FROM_QUESTIONS = 5;

/** What a handout's page needs besides the document. */
export interface PageInputs {
  /** The handout's files as the manifest lists them (its PDFs, for "Print or download"). */
  outputs: readonly ManifestOutput[];
  /** The page-relative address of an image file copied beside the page. */
  imageUrl(path: string): string;
  /** The leaflet's pages in its other languages, for the links between them; none when it has no translation. */
  languages?: readonly LanguageLink[];
}


/**
 * A handout as one accessible web page: the same document the PDFs are made from, with
 * `lang`, one `<h1>`, `header`/`main`/`footer` landmarks, a skip link, a section per question
 * (with the PDF bookmark's anchor as its id), the surgeon's bio, links to the PDFs, the
 * clinic's contact details, the disclaimer and document control. No script.
 * @param document The validated handout.
 * @param inputs Its PDFs and how to address its images.
 * @returns The HTML.
 */
export function pageHtml(document: HandoutDocument, inputs: PageInputs): string {
  const { meta, brand, messages } = document;
  const folder = webPageFolder(document.slug, document.translation ? meta.language : undefined);
  const nextId = idCounter();
  const context = (level: number): WebContext => ({ nextId, imageUrl: inputs.imageUrl, level, messages });
  const toc =
    document.sections.length >= TOC_FROM_QUESTIONS
      ? `<nav class="toc" aria-labelledby="toc_heading"><h2 id="toc_heading">${escapeHtml(say(messages, 'web_contents', { title: meta.title }))}</h2><ol>${document.sections
          .map((section) => `<li><a href="#${section.id}">${escapeHtml(section.title)}</a></li>`)
          .join('')}</ol></nav>`
      : '';
  const sections = document.sections.map(
    (section) =>
      `<section id="${section.id}" aria-labelledby="${section.id}_heading">\n<h2 id="${section.id}_heading">${inlinesHtml(section.heading)}</h2>\n${blocksHtml(section.blocks, context(2))}\n</section>`,
  );
  const byline = document.surgeon ? `<p class="byline">${escapeHtml([document.surgeon.name, document.surgeon.role].filter(Boolean).join(' · '))}</p>` : '';
  const title = `${meta.title} | ${brand.name}`;
  // The logo is decorative (empty alt): the clinic's name follows it as text.
  return `<!doctype html>
<html lang="${escapeHtml(meta.language)}"${textDirection(meta.language) === 'rtl' ? ' dir="rtl"' : ''}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${meta.subtitle ? `<meta name="description" content="${escapeHtml(meta.subtitle)}">\n` : ''}<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${outputRoot(folder)}${WEB_STYLESHEET}">
<style>${brandStyle(document)}</style>
</head>
<body>
<a class="skip-link" href="#main">${escapeHtml(say(messages, 'web_skip_link', { title: meta.title }))}</a>
<header class="site-header">${brand.logoPath ? `<img class="logo" src="${escapeHtml(inputs.imageUrl(brand.logoPath))}" alt="">` : ''}<p class="clinic">${escapeHtml(brand.name)}</p>${languagesHtml(messages, inputs.languages ?? [])}</header>
<main id="main" tabindex="-1">
<h1>${escapeHtml(meta.title)}</h1>
${meta.subtitle ? `<p class="subtitle">${escapeHtml(meta.subtitle)}</p>\n` : ''}${byline}
${toc}
${blocksHtml(document.intro, context(1))}
${sections.join('\n')}
${document.surgeon ? bioHtml(document.surgeon, context(2)) : ''}
${downloadsHtml(folder, inputs.outputs, 'downloads_heading', say(messages, 'web_downloads'))}
</main>
<footer class="site-footer">
${contactHtml(document)}
<p class="disclaimer">${escapeHtml(document.disclaimer)}</p>
${documentControlLine(document) ? `<p class="doc-control">${escapeHtml(documentControlLine(document))}</p>` : ''}
</footer>
</body>
</html>
`;
}

/**
 * The direction a language is written in, from Node's ICU data (Arabic is refused before a
 * page is made, but a right-to-left language's page says so).
 * @param language A BCP 47 tag.
 * @returns 'rtl' or 'ltr'.
 */
export function textDirection(language: string): 'rtl' | 'ltr' {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & { textInfo?: { direction?: string } };
    return locale.textInfo?.direction === 'rtl' ? 'rtl' : 'ltr';
  } catch {
    return 'ltr';
  }
}

function bioHtml(surgeon: Surgeon, context: WebContext): string {
  const details = [surgeon.role, surgeon.credentials].filter((part) => part && part.trim() !== '').join(' · ');
  const photo = surgeon.photoPath ? `<img class="bio-photo" src="${escapeHtml(context.imageUrl(surgeon.photoPath))}" alt="${escapeHtml(surgeon.name)}">` : '';
  return `<section class="bio" aria-labelledby="about_heading">
<h2 id="about_heading">${escapeHtml(say(context.messages, 'about_surgeon', { name: surgeon.name }))}</h2>
${photo}${details ? `<p class="bio-details">${escapeHtml(details)}</p>` : ''}
${blocksHtml(surgeon.bio, context)}
</section>`;
}

// The clinic's details as the brand gives them; nothing is shown that the brand does not say.
function contactHtml(document: HandoutDocument): string {
  const { name, contact } = document.brand;
  const lines: string[] = [];
  if (contact.address) lines.push(escapeHtml(contact.address));
  if (contact.phone) {
    const phone = contact.phone;
    const link = `<a href="tel:${escapeHtml(phone.replace(/[^+\d]/g, ''))}">${escapeHtml(phone)}</a>`;
    lines.push(sayParts(document.messages, 'web_phone', { phone }).map((part) => (part === phone ? link : escapeHtml(part))).join(''));
  }
  if (contact.email) lines.push(`<a href="mailto:${escapeHtml(contact.email)}">${escapeHtml(contact.email)}</a>`);
  if (contact.web) lines.push(/^https?:\/\//.test(contact.web) ? `<a href="${escapeHtml(contact.web)}">${escapeHtml(contact.web)}</a>` : escapeHtml(contact.web));
  const address = lines.length > 0 ? `\n<address>${lines.join('<br>')}</address>` : '';
  return `<h2>${escapeHtml(name)}</h2>${address}`;
}

// The brand's colours and font as custom properties for the shared stylesheet; the dark
// scheme only on screens, so a page printed from a dark-mode browser is still dark on white.
function brandStyle(document: HandoutDocument): string {
  const palette = webPalette(document.brand);
  return `:root { --font: ${webFontFamilies(document)}; ${schemeVariables(palette.light)} }
@media screen and (prefers-color-scheme: dark) { :root { ${schemeVariables(palette.dark)} } }`;
}

function schemeVariables(colours: SchemeColours): string {
  const { icons } = colours;
  return [
    `--c-background: ${colours.background}`,
    `--c-text: ${colours.text}`,
    `--c-primary: ${colours.primary}`,
    `--c-muted: ${colours.muted}`,
    `--c-tint: ${colours.tint}`,
    `--c-accent: ${colours.accent}`,
    `--i-filled: ${icons.filled}`,
    `--i-span: ${icons.span}`,
    `--i-hatch: ${icons.hatch}`,
    `--i-empty: ${icons.empty}`,
    `--i-empty-stroke: ${icons.emptyStroke}`,
  ]
    .map((line) => `${line};`)
    .join(' ');
}
