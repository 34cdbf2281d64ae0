import type { Messages } from '../model/messages.js';
import { say } from '../model/messages.js';
import { escapeHtml } from './escape-html.js';
import { languageName } from './page-languages.js';

/** A link to the leaflet's page in another language. */
export interface LanguageLink {
  /** The page's BCP 47 tag. */
  language: string;
  /** Its address, relative to this page. */
  href: string;
}

/**
 * "This leaflet in other languages": a link to each other page of the leaflet, named in its
 * own language ("Tiếng Việt", "简体中文") and marked with `lang` and `hreflang`, so a screen
 * reader speaks each name in its language and a reader can find theirs without knowing this
 * page's. The list is named by the catalogue (a language with no words for it yet names it
 * by the languages themselves).
 * @param messages This page's catalogue.
 * @param links The other pages.
 * @returns HTML, or '' when there are none.
 */
export function languagesHtml(messages: Messages, links: readonly LanguageLink[]): string {
  if (links.length === 0) return '';
  const names = links.map(({ language }) => languageName(language));
  const label = say(messages, 'web_other_languages', { languages: names.join(', ') });
  const items = links.map(({ language, href }, index) => {
    const tag = escapeHtml(language);
    return `<li><a href="${escapeHtml(href)}" hreflang="${tag}" lang="${tag}">${escapeHtml(names[index] ?? language)}</a></li>`;
  });
  return `<nav class="languages" aria-label="${escapeHtml(label)}"><ul>${items.join('')}</ul></nav>`;
}
