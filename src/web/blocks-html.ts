import type { Block, ListItem, TableRow } from '../model/document.js';
import { escapeHtml } from './escape-html.js';
import { inlineText } from '../model/markdown-to-blocks.js';
import { inlinesHtml } from './inlines-html.js';
import { say } from '../model/messages.js';
import { statHtml } from './stat-html.js';
import type { WebContext } from './web-context.js';

type Callout = Extract<Block, { type: 'callout' }>;
type Table = Extract<Block, { type: 'table' }>;

/** The catalogue's label of a box without a title (English: the same words as the PDF's). */
const DEFAULT_LABEL = { warning: 'callout_warning', note: 'callout_note' } as const;

/**
 * Blocks in reading order as HTML. Every kind of block the model holds has an HTML form, so
 * nothing the PDF prints is left out of the page.
 * @param blocks The blocks.
 * @param context The page.
 * @returns HTML.
 */
export function blocksHtml(blocks: readonly Block[], context: WebContext): string {
  return blocks.map((block) => blockHtml(block, context)).join('\n');
}

function blockHtml(block: Block, context: WebContext): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inlinesHtml(block.children)}</p>`;
    case 'heading':
      return `<h${block.depth}>${inlinesHtml(block.children)}</h${block.depth}>`;
    case 'list':
      return listHtml(block.ordered, block.start, block.items, context);
    case 'table':
      return tableHtml(block, context);
    case 'quote':
      return `<blockquote>${blocksHtml(block.children, context)}</blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(block.value)}</code></pre>`;
    case 'rule':
      return '<hr>';
    case 'image': {
      const caption = block.title ? `<figcaption>${escapeHtml(block.title)}</figcaption>` : '';
      return `<figure><img src="${escapeHtml(context.imageUrl(block.path))}" alt="${escapeHtml(block.alt)}">${caption}</figure>`;
    }
    case 'stat':
      return statHtml(block, context, (caption) => blocksHtml(caption, context));
    case 'callout':
      return calloutHtml(block, context);
  }
}

function listHtml(ordered: boolean, start: number, items: readonly ListItem[], context: WebContext): string {
  const tag = ordered ? 'ol' : 'ul';
  const startAttribute = ordered && start !== 1 ? ` start="${start}"` : '';
  const body = items
    .map((item) => {
      // The PDF prints task-list marks as text; so does the page, so they are read out too.
      const mark = item.checked === null ? '' : item.checked ? '[x] ' : '[ ] ';
      const [first, ...rest] = item.children;
      // A tight item's first paragraph sits in the <li> itself, as browsers lay lists out best.
      const lead = first?.type === 'paragraph' ? `${mark}${inlinesHtml(first.children)}` : `${mark}${first ? blocksHtml([first], context) : ''}`;
      return `<li>${lead}${rest.length > 0 ? blocksHtml(rest, context) : ''}</li>`;
    })
    .join('');
  return `<${tag}${startAttribute}>${body}</${tag}>`;
}

function tableHtml(table: Table, context: WebContext): string {
  const align = (index: number) => {
    const value = table.align[index];
    return value ? ` class="align-${value}"` : '';
  };
  const cells = (row: TableRow, header: boolean) =>
    row.cells.map((cell, index) => (header ? `<th scope="col"${align(index)}>${inlinesHtml(cell)}</th>` : `<td${align(index)}>${inlinesHtml(cell)}</td>`)).join('');
  const head = `<thead><tr>${cells(table.header, true)}</tr></thead>`;
  const body = table.rows.length > 0 ? `<tbody>${table.rows.map((row) => `<tr>${cells(row, false)}</tr>`).join('')}</tbody>` : '';
  // A table wider than a phone scrolls inside its own box (WCAG 1.4.10 allows two-dimensional
  // scrolling for tables) rather than breaking words letter by letter; the box is a named,
  // focusable region so keyboard users can scroll it too.
  const name = say(context.messages, 'web_table', { columns: table.header.cells.map(inlineText).join(', ') });
  return `<div class="table-scroll" role="region" aria-label="${escapeHtml(name)}" tabindex="0"><table>${head}${body}</table></div>`;
}

function calloutHtml(callout: Callout, context: WebContext): string {
  const id = context.nextId(callout.kind);
  const level = Math.min(6, context.level + 1);
  const title = callout.title ? inlinesHtml(callout.title) : escapeHtml(say(context.messages, DEFAULT_LABEL[callout.kind]));
  const inner = { ...context, level };
  return `<aside class="callout ${callout.kind}" aria-labelledby="${id}"><h${level} id="${id}">${title}</h${level}>${blocksHtml(callout.children, inner)}</aside>`;
}
