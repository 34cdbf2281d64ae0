import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { slugify } from '../model/slugify.js';
import { cleanCharacters, cleanText } from './clean-characters.js';
import type { ImportNote, Locator } from './import-notes.js';
import { mapHeadings } from './map-headings.js';
import { placeImages, type ImageLookup, type ImportedImage } from './place-images.js';
import { refuseFile, type ImportReport } from './refuse-import.js';
import { flattenTableCells, promoteHeaderRows } from './shape-tables.js';
import { suggestBoxes } from './suggest-boxes.js';
import { unlinkUnprintable } from './unlink-unprintable.js';

/** What converting a source's article needs besides the article. */
export interface ConvertOptions {
  /** Where a converted node was in the source. */
  locate: Locator;
  /** Finds an image's bytes by its `src`. */
  lookupImage: ImageLookup;
  /** A title to fall back on: Word's title property, the page's `<title>`. */
  titleProperty: string | null;
  /** The slug asked for with --slug; otherwise it comes from the title. */
  slug: string | null;
  /** Wrap suggested boxes instead of writing comments. */
  applySuggestions: boolean;
}

/** A source converted to a handout body, and the report of how. */
export interface ConvertedHandout {
  title: string;
  subtitle: string | null;
  slug: string;
  /** The markdown body (no front matter). */
  body: string;
  images: ImportedImage[];
  questions: string[];
  /** What was mapped to what. */
  mapped: ImportNote[];
  /** What was left out, and why. */
  left: ImportNote[];
  suggestions: ImportNote[];
  /** Character clean-ups, one line per kind. */
  cleaned: string[];
  /** Problems to look at in the new handout (an image without alt text). */
  warnings: ImportNote[];
}

/**
 * Convert an article (HTML, from a page or from mammoth) to a handout body: hast → mdast,
 * headings mapped to the title and questions, characters cleaned where unambiguous, links and
 * images made printable, suggestions added, then written as markdown with GFM tables and
 * directive boxes.
 * @param article The article's HTML tree, with positions.
 * @param options Locator, image lookup, title fallback, slug and suggestion mode.
 * @param to Where an article with no text or no usable title is reported.
 * @returns The handout body and report, or null after reporting why there is none.
 */
export function convertHtml(article: HastRoot, options: ConvertOptions, to: ImportReport): ConvertedHandout | null {
  const { locate } = options;
  const mapped: ImportNote[] = [];
  const declared = takeFirst(article, (el) => /^h[1-6]$/.test(el.tagName) && hasClass(el, 'title'));
  const subtitleElement = takeFirst(article, (el) => hasClass(el, 'subtitle') || hasClass(el, 'standfirst') || hasClass(el, 'strapline'));
  const subtitle = subtitleElement ? flat(cleanText(toText(subtitleElement))) || null : null;
  const declaredTitle = declared ? flat(cleanText(toText(declared))) || null : null;
  if (declared && declaredTitle) mapped.push({ where: locate(declared), message: `title: "${declaredTitle}" (the Title style)` });

  promoteHeaderRows(article);
  const flattened = flattenTableCells(article);
  const tree = toMdast(article, { document: true }) as Root;
  if (flat(toString(tree)) === '' && !hasImages(tree)) return refuseFile(to, 'has no text to import: its article is empty', 'import/empty');
  const property = options.titleProperty === null ? null : flat(cleanText(options.titleProperty)) || null;
  const headings = mapHeadings(tree, { declared: declaredTitle, property }, locate);
  if (!headings) return refuseFile(to, 'has no title: it has no heading and no title property. Give it a heading, or import it with the title as its first line in the Heading 1 style', 'import/title');
  mapped.push(...headings.notes);
  if (subtitleElement && subtitle) mapped.push({ where: locate(subtitleElement), message: `subtitle: "${subtitle}"` });
  mapped.push(...flattened.map((table) => ({ where: locate(table), message: 'table cells holding paragraphs, lists or tables: each joined into one line, as a table cell holds one' })));
  const slug = options.slug ?? slugify(headings.title, 60);
  if (slug === '') return refuseFile(to, `has a title ("${headings.title}") with no letters a file name can use; give one with --slug`, 'import/title');

  const cleaned = cleanCharacters(tree);
  const unlinked = unlinkUnprintable(tree, locate);
  const placed = placeImages(tree, slug, options.lookupImage, locate);
  const suggestions = suggestBoxes(tree, options.applySuggestions, locate);
  mapped.push({ where: 'body', message: `${headings.questions.length} question${headings.questions.length === 1 ? '' : 's'} (##), ${headings.subheadings} subheading${headings.subheadings === 1 ? '' : 's'} (###), ${describeBlocks(tree)}` });
  mapped.push(...placed.mapped);
  return {
    title: headings.title,
    subtitle,
    slug,
    body: stringifyMarkdown(tree),
    images: placed.images,
    questions: headings.questions,
    mapped,
    left: [...headings.left, ...placed.left, ...unlinked],
    suggestions,
    cleaned,
    warnings: placed.warnings,
  };
}

/**
 * Write an mdast body as the press's markdown: `-` bullets, `*` emphasis, GFM tables, `:::` boxes.
 * @param tree The body.
 * @returns Markdown text.
 */
export function stringifyMarkdown(tree: Root): string {
  return unified()
    .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', rule: '-', listItemIndent: 'one', fences: true })
    .use(remarkGfm)
    .use(remarkDirective)
    .stringify(tree);
}

/** "12 paragraphs, 3 lists, 1 table": what the body holds at its top level. */
function describeBlocks(tree: Root): string {
  const count = (type: string) => tree.children.filter((node) => node.type === type).length;
  const parts: Array<[number, string]> = [
    [count('paragraph'), 'paragraph'],
    [count('list'), 'list'],
    [count('table'), 'table'],
    [count('blockquote'), 'quote'],
  ];
  return parts.filter(([n], index) => n > 0 || index === 0).map(([n, noun]) => `${n} ${noun}${n === 1 ? '' : 's'}`).join(', ');
}

function hasImages(tree: Root): boolean {
  let found = false;
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'image') found = true;
    for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) walk(child);
  };
  walk(tree);
  return found;
}

function hasClass(el: Element, name: string): boolean {
  const value = el.properties['className'];
  return Array.isArray(value) && value.map(String).includes(name);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Remove and return the first element (document order) that passes the test. */
function takeFirst(root: HastRoot | Element, test: (el: Element) => boolean): Element | null {
  const children = root.children as Array<HastContent | ElementContent>;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    if (child?.type !== 'element') continue;
    if (test(child)) {
      children.splice(i, 1);
      return child;
    }
    const found = takeFirst(child, test);
    if (found) return found;
  }
  return null;
}
