import type { Nodes, Parent, PhrasingContent, RootContent, Definition } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { diagnostic, type Diagnostic, type Place, type Report } from '../diagnostics.js';
import type { Block, Inline, ListItem, TableRow } from './document.js';
import { toStat } from './stat-block.js';
import { MAX_NESTING_DEPTH } from './limits.js';
import type { ImageResolver } from '../content/resolve-image.js';

/** What converting markdown needs: the body text, where it sits in the file, and a sink for problems. */
export interface ConvertContext {
  file: string;
  /** The markdown body (for exact source slices and fence checks). */
  body: string;
  /** File lines before the body's first line. */
  lineOffset: number;
  /** Link reference definitions, by normalised label. */
  definitions: Map<string, Definition>;
  report: Report;
  /** Resolves image links; without one, images are not allowed (surgeon bios). */
  resolveImage?: ImageResolver;
}

/** Tables longer than this are refused: a leaflet is not a data appendix, and each row is laid out. */
export const MAX_TABLE_ROWS = 300;

/** Block nodes that indent what they hold, and how a limit message names them. */
const NESTING: Partial<Record<Nodes['type'], string>> = { list: 'list', blockquote: 'quote', containerDirective: 'box' };

/** Block nodes whose children may hold more blocks (inline content cannot nest lists or quotes). */
const BLOCK_PARENTS = new Set<Nodes['type']>(['list', 'listItem', 'blockquote', 'containerDirective', 'footnoteDefinition']);

/**
 * Do lists, quotes and boxes nest deeper than `room` levels below this node? Recursion stops as
 * soon as the room runs out, so a pathological file (thousands of `>` in a row) cannot overflow the stack.
 */
function nestsDeeperThan(node: Nodes, room: number): boolean {
  const left = NESTING[node.type] ? room - 1 : room;
  if (left < 0) return true;
  if (!BLOCK_PARENTS.has(node.type) || !('children' in node)) return false;
  return (node.children as Nodes[]).some((child) => nestsDeeperThan(child, left));
}

/** A located error when a list, quote or box holds more than {@link MAX_NESTING_DEPTH} levels, else null. */
function nestingProblem(node: RootContent, ctx: ConvertContext): Diagnostic | null {
  const name = NESTING[node.type];
  if (!name || !nestsDeeperThan(node, MAX_NESTING_DEPTH)) return null;
  return diagnostic(
    ctx.file,
    placeOf(node, ctx),
    `this ${name} is nested more than ${MAX_NESTING_DEPTH} levels deep (lists, quotes and boxes inside each other), which no reader can follow and no page can fit; flatten it`,
    'markdown/limit',
  );
}

/** The container directives the templates can render, and what they are for. */
export const KNOWN_CONTAINERS = ['stat', 'warning', 'note'] as const;

/**
 * File position of a node (body line + front-matter offset).
 * @param node Any mdast node.
 * @param ctx The conversion context.
 * @returns 1-based line and column in the file.
 */
export function placeOf(node: Nodes, ctx: Pick<ConvertContext, 'lineOffset'>): Place {
  const start = node.position?.start;
  return { line: (start?.line ?? 1) + ctx.lineOffset, column: start?.column ?? 1 };
}

/**
 * Convert block-level mdast nodes into document blocks. Anything the templates cannot
 * render is reported with its place, never dropped without a word.
 * @param nodes Block nodes in order.
 * @param ctx The conversion context.
 * @returns The blocks that could be converted.
 */
export function toBlocks(nodes: readonly RootContent[], ctx: ConvertContext): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const block = toBlock(node, ctx);
    if (block) blocks.push(block);
  }
  return blocks;
}

function toBlock(node: RootContent, ctx: ConvertContext): Block | null {
  const place = placeOf(node, ctx);
  const tooDeep = nestingProblem(node, ctx);
  if (tooDeep) {
    ctx.report(tooDeep);
    return null;
  }
  switch (node.type) {
    case 'paragraph': {
      const image = soleImage(node.children);
      if (image) return toImage(image, ctx);
      return { type: 'paragraph', place, children: toInlines(node.children, ctx) };
    }
    case 'heading':
      if (node.depth <= 2) {
        // Level 1 and 2 are handled by the section splitter; one here is nested (e.g. in a list).
        unsupported(node, ctx, 'a question heading (`##`) cannot sit inside a list, quote or box; move it to the start of a line');
        return null;
      }
      return { type: 'heading', place, depth: node.depth as 3 | 4 | 5 | 6, children: toInlines(node.children, ctx) };
    case 'list':
      return {
        type: 'list',
        place,
        ordered: node.ordered === true,
        start: node.start ?? 1,
        items: node.children.map(
          (item): ListItem => ({ place: placeOf(item, ctx), checked: item.checked ?? null, children: toBlocks(item.children, ctx) }),
        ),
      };
    case 'table': {
      if (node.children.length > MAX_TABLE_ROWS) {
        ctx.report(diagnostic(ctx.file, place, `this table has ${node.children.length} rows, over the limit of ${MAX_TABLE_ROWS} for a handout; split it or move it to a separate document`, 'markdown/limit'));
        return null;
      }
      const rows = node.children.map((row): TableRow => ({
        place: placeOf(row, ctx),
        cells: row.children.map((cell) => toInlines(cell.children, ctx)),
      }));
      const [header, ...body] = rows;
      if (!header) return null;
      reportRaggedRows(node, ctx);
      return { type: 'table', place, align: (node.align ?? []).map((a) => a ?? null), header, rows: body };
    }
    case 'blockquote':
      return { type: 'quote', place, children: toBlocks(node.children, ctx) };
    case 'code':
      return { type: 'code', place, value: node.value };
    case 'thematicBreak':
      return { type: 'rule', place };
    case 'definition':
      // Consumed by link references; nothing to print.
      return null;
    case 'containerDirective':
      return toDirectiveBlock(node, ctx);
    case 'leafDirective':
      unsupported(node, ctx, `\`::${node.name}\` is not a known directive (known: ${KNOWN_CONTAINERS.map((n) => `:::${n}`).join(', ')}); write \`\\::\` for literal colons`);
      return null;
    case 'html':
      // An HTML comment is a note for authors (and carries lint directives); it is not for patients.
      if (isComment(node.value)) return null;
      unsupported(node, ctx, 'raw HTML is not supported in handouts, so it would not reach the page; write it as plain markdown');
      return null;
    case 'footnoteDefinition':
      unsupported(node, ctx, 'footnotes are not supported; put the note in the text or in a `:::note` box');
      return null;
    default:
      unsupported(node, ctx, `${node.type} is not supported in handouts`);
      return null;
  }
}

function toDirectiveBlock(node: ContainerDirective, ctx: ConvertContext): Block | null {
  const place = placeOf(node, ctx);
  if (!isClosed(node, ctx)) {
    ctx.report(
      diagnostic(ctx.file, place, `\`:::${node.name}\` is never closed, so it swallows the rest of the handout; add a line with \`:::\` where it ends`, 'markdown/unclosed-directive'),
    );
  }
  const [label, children] = splitLabel(node);
  switch (node.name) {
    case 'stat':
      return toStat(node, place, children, ctx);
    case 'warning':
    case 'note':
      return { type: 'callout', place, kind: node.name, title: label ? toInlines(label.children, ctx) : null, children: toBlocks(children, ctx) };
    default:
      ctx.report(
        diagnostic(ctx.file, place, `\`:::${node.name}\` is not a known box (known: ${KNOWN_CONTAINERS.map((n) => `:::${n}`).join(', ')}); its text would be lost`, 'markdown/unknown-directive'),
      );
      return null;
  }
}

/** The image of a paragraph that holds nothing else (white space aside), if that is what it is. */
function soleImage(children: readonly PhrasingContent[]): Extract<PhrasingContent, { type: 'image' }> | null {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && only?.type === 'image' ? only : null;
}

function toImage(node: Extract<PhrasingContent, { type: 'image' }>, ctx: ConvertContext): Block | null {
  if (!ctx.resolveImage) {
    unsupported(node, ctx, 'images are not allowed here; describe it in words');
    return null;
  }
  const resolved = ctx.resolveImage(node.url, { file: ctx.file, place: placeOf(node, ctx), ruleId: 'markdown/image' }, ctx.report);
  if (!resolved) return null;
  return { type: 'image', place: placeOf(node, ctx), path: resolved.path, alt: node.alt ?? '', title: node.title ?? null };
}

/** A `[label]` becomes the directive's first paragraph, flagged `directiveLabel`. */
function splitLabel(node: ContainerDirective): [Extract<RootContent, { type: 'paragraph' }> | null, RootContent[]] {
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return [first, rest];
  return [null, node.children];
}

/** remark-directive lets an unclosed container run to the end of its parent; the last line tells. */
function isClosed(node: ContainerDirective, ctx: ConvertContext): boolean {
  const end = node.position?.end.offset;
  if (end === undefined) return true;
  const lineStart = ctx.body.lastIndexOf('\n', end - 1) + 1;
  return /^[ \t>]*:{3,}[ \t]*$/.test(ctx.body.slice(lineStart, end));
}

/**
 * Convert phrasing content to inlines. Text directives (`7:00`, `3:1`) are prose that
 * happens to contain a colon, so they are put back as the exact source text.
 * @param nodes Phrasing nodes.
 * @param ctx The conversion context.
 * @returns Inline runs.
 */
export function toInlines(nodes: readonly PhrasingContent[], ctx: ConvertContext): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const inline = toInline(node, ctx);
    if (!inline) continue;
    const last = out.at(-1);
    if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
    else out.push(inline);
  }
  return out;
}

function toInline(node: PhrasingContent, ctx: ConvertContext): Inline | null {
  switch (node.type) {
    case 'text':
      return { type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') };
    case 'strong':
      return { type: 'strong', children: toInlines(node.children, ctx) };
    case 'emphasis':
      return { type: 'emphasis', children: toInlines(node.children, ctx) };
    case 'delete':
      return { type: 'delete', children: toInlines(node.children, ctx) };
    case 'inlineCode':
      return { type: 'code', value: node.value };
    case 'break':
      return { type: 'break' };
    case 'link':
      return toLink(node, node.url, ctx);
    case 'linkReference': {
      const definition = ctx.definitions.get(node.identifier.toLowerCase());
      if (definition) return toLink(node, definition.url, ctx);
      return { type: 'text', value: sourceOf(node, ctx) };
    }
    case 'textDirective':
      return { type: 'text', value: sourceOf(node, ctx).replace(/\s*\n\s*/g, ' ') };
    case 'html':
      if (isComment(node.value)) return null;
      unsupported(node, ctx, `raw HTML (\`${node.value.slice(0, 40)}\`) is not supported in handouts, so it would not reach the page; write it as plain text`);
      return null;
    case 'image':
    case 'imageReference':
      unsupported(node, ctx, 'an image must stand on a line of its own, with a blank line before and after it');
      return null;
    case 'footnoteReference':
      unsupported(node, ctx, 'footnotes are not supported; put the note in the text');
      return null;
    default:
      unsupported(node as Nodes, ctx, `${(node as Nodes).type} is not supported in handouts`);
      return null;
  }
}

/**
 * A link, if its address is one a patient's PDF may carry: a web page, an email address, a
 * phone number, or a question of this handout (`#…`). Anything else is a located error:
 * `javascript:` or `file:` would be run or opened by some PDF viewers on the reader's machine,
 * and a relative path (`other.md`) leads nowhere once the PDF leaves the folder.
 */
function toLink(node: Extract<PhrasingContent, { type: 'link' | 'linkReference' }>, url: string, ctx: ConvertContext): Inline | null {
  const problem = linkProblem(url);
  if (problem) {
    ctx.report(diagnostic(ctx.file, placeOf(node, ctx), problem, 'markdown/link'));
    return null;
  }
  return { type: 'link', url, children: toInlines(node.children, ctx) };
}

/** Link schemes a printed handout may use. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Why a link address cannot go into a PDF, or null when it can.
 * @param url The address as written (entities already decoded by the parser).
 * @returns The problem, in words.
 */
export function linkProblem(url: string): string | null {
  // Viewers ignore white space and control characters in a scheme ("java\tscript:"), so do the same.
  const compact = url.replace(/[\u0000-\u0020\u007F]/g, '');
  if (compact.startsWith('#') && compact.length > 1) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  if (scheme === undefined) {
    return `link "${shown}" is not a web address; a PDF cannot follow a path to a file once it leaves this folder. Write the full address (https://…), or mailto: or tel:`;
  }
  if (!LINK_SCHEMES.has(scheme)) {
    return `link "${shown}" uses "${scheme}:", which a PDF viewer could run or open on the reader's computer; only web (https://), email (mailto:) and phone (tel:) links are allowed`;
  }
  return null;
}

/** True for a complete HTML comment such as `<!-- handouts-disable-next-line lint/jargon -->`. */
export function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}

function sourceOf(node: Nodes, ctx: ConvertContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined ? ctx.body.slice(start, end) : toString(node);
}

/**
 * Report each table row with more or fewer cells than the header row. Its cells would not
 * line up under the headings (cells share a row's width), and a reader would take a value
 * for the wrong column. (GFM's own HTML pads a short row and drops a long row's extra cells.)
 */
function reportRaggedRows(table: Extract<Nodes, { type: 'table' }>, ctx: ConvertContext): void {
  const [header, ...rows] = table.children;
  const columns = header?.children.length ?? 0;
  for (const row of rows) {
    const cells = row.children.length;
    if (cells === columns) continue;
    // A long row is pointed at its first extra cell, a short one at the row.
    const place = placeOf(row.children[columns] ?? row, ctx);
    const what = cells > columns ? `${cells - columns} more than` : `${columns - cells} fewer than`;
    ctx.report(
      diagnostic(
        ctx.file,
        place,
        `this table row has ${cells} ${cells === 1 ? 'cell' : 'cells'}, ${what} the header's ${columns}, so its cells would not line up under the headings; give every row ${columns} cells (an empty cell is \`| |\`)`,
        'markdown/table-shape',
      ),
    );
  }
}

function unsupported(node: Nodes, ctx: ConvertContext, message: string): void {
  ctx.report(diagnostic(ctx.file, placeOf(node, ctx), message, 'markdown/unsupported'));
}

/**
 * Plain text of inlines (bookmarks, glyph checks, lint).
 * @param inlines Inline runs.
 * @returns Their text, markup removed.
 */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'break':
          return ' ';
        default:
          return inlineText(inline.children);
      }
    })
    .join('');
}

/** Collect link reference definitions of a tree. */
export function collectDefinitions(tree: Parent): Map<string, Definition> {
  const map = new Map<string, Definition>();
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'definition') map.set(child.identifier.toLowerCase(), child);
      else if ('children' in child) walk(child as Parent);
    }
  };
  walk(tree);
  return map;
}
