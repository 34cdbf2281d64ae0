import type { Inline } from '../model/document.js';
import { escapeHtml } from './escape-html.js';
import { keepNumbersTogether } from '../print/keep-numbers-together.js';

/**
 * Inline runs as HTML: bold, italic, struck-out, code, links and line breaks, every text escaped.
 * @param inlines The runs.
 * @returns HTML.
 */
export function inlinesHtml(inlines: readonly Inline[]): string {
  return inlines.map(inlineHtml).join('');
}

function inlineHtml(inline: Inline): string {
  switch (inline.type) {
    case 'text':
      // Phone numbers, times and "1 in 3" stay on one line, as in the PDFs.
      return escapeHtml(keepNumbersTogether(inline.value));
    case 'code':
      return `<code>${escapeHtml(inline.value)}</code>`;
    case 'break':
      return '<br>';
    case 'strong':
      return `<strong>${inlinesHtml(inline.children)}</strong>`;
    case 'emphasis':
      return `<em>${inlinesHtml(inline.children)}</em>`;
    case 'delete':
      return `<del>${inlinesHtml(inline.children)}</del>`;
    case 'link':
      // Links were checked when the handout was read: http(s), mailto:, tel: or #a-question.
      return `<a href="${escapeHtml(inline.url)}">${inlinesHtml(inline.children)}</a>`;
  }
}
