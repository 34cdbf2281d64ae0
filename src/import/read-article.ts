import type { Element, Root } from 'hast';
import { dirname } from 'node:path';
import rehypeParse from 'rehype-parse';
import { toText } from 'hast-util-to-text';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { docxToHtml } from './docx-to-html.js';
import { extractArticle } from './extract-article.js';
import { folderImageLookup } from './folder-image-lookup.js';
import { excerpt, lineLocator, paragraphLocator, type ImportNote, type Locator } from './import-notes.js';
import { unusableAs, type ImageLookup } from './place-images.js';
import { refuseFile, type ImportReport } from './refuse-import.js';

/** A source's article as HTML, with how to locate and find things in the source. */
export interface SourceArticle {
  article: Root;
  locate: Locator;
  lookupImage: ImageLookup;
  titleProperty: string | null;
  /** Left out before conversion: page headers and footers, site furniture, scripts. */
  left: ImportNote[];
  /** Things to look at (mammoth's warnings). */
  warnings: ImportNote[];
  /** What was mapped before conversion (footnotes). */
  mapped: ImportNote[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Read a Word document's body as HTML (mammoth). Page headers and footers are not part of the
 * body: they are listed as left out, with their text.
 * @param bytes The `.docx` file.
 * @param name The file name as shown in the report.
 * @param to Where a file that cannot be read as a Word document is reported.
 * @returns The article, or null after reporting why it cannot be read.
 */
export async function readDocxArticle(bytes: Buffer, name: string, to: ImportReport): Promise<SourceArticle | null> {
  const docx = await docxToHtml(bytes, to);
  if (docx === null) return null;
  const tree = parseHtml(docx.html, true);
  // Counted before anything is taken out, so the numbers stay Word's.
  const blockStarts: number[] = [];
  visit(tree, 'element', (el: Element) => {
    if (/^(p|h[1-6]|li)$/.test(el.tagName) && el.position?.start.offset !== undefined) blockStarts.push(el.position.start.offset);
  });
  const locate = paragraphLocator(name, blockStarts);
  const notes = unlinkNotes(tree);
  const contents = takeTableOfContents(tree);
  const images = new Map(docx.images.map((image) => [image.src, image]));
  return {
    article: tree,
    locate,
    lookupImage: (src, unusable) => images.get(src)?.bytes ?? unusableAs(unusable, 'is linked, not embedded, in the document; insert the picture itself'),
    titleProperty: docx.titleProperty,
    left: [
      ...docx.furniture.map((part) => ({ where: `${name} ${part.part}`, message: `${part.kind}: "${excerpt(part.text)}"` })),
      ...contents.map((line) => ({ where: locate(line), message: `table of contents: "${excerpt(toText(line))}"` })),
    ],
    warnings: docx.messages.map((message) => ({ where: name, message: `mammoth, reading the Word file: ${message}`, ruleId: 'import/word' })),
    mapped: notes > 0 ? [{ where: name, message: `${notes} footnote(s) or endnote(s): kept as a numbered list at the end, each marked [n] in the text` }] : [],
  };
}

/**
 * Word's table of contents (paragraphs in the "toc 1"… styles, marked `p.toc` by the style map)
 * lists the questions again with page numbers that mean nothing in the handout: take it out.
 * @returns The lines taken out, in order.
 */
function takeTableOfContents(tree: Root): Element[] {
  const lines: Element[] = [];
  visit(tree, 'element', (el: Element, index, parent) => {
    const classes = el.properties['className'];
    if (!parent || index === undefined || !Array.isArray(classes) || !classes.includes('toc')) return undefined;
    lines.push(el);
    parent.children.splice(index, 1);
    return index;
  });
  return lines;
}

/**
 * Mammoth writes footnotes as a list at the end, linked both ways. The marks (`[1]`) stay as
 * text, since a printed page cannot follow them; the "↑" links back are mammoth's own, not
 * the clinic's words, and go (the brand font has no arrow either).
 * @returns How many notes there are.
 */
function unlinkNotes(tree: Root): number {
  let notes = 0;
  visit(tree, 'element', (el: Element, index, parent) => {
    const href = typeof el.properties['href'] === 'string' ? el.properties['href'] : '';
    if (el.tagName !== 'a' || !parent || index === undefined) return undefined;
    if (/^#(footnote|endnote)-ref-/.test(href)) {
      parent.children.splice(index, 1);
      notes += 1;
      return index;
    }
    if (/^#(footnote|endnote)-/.test(href)) {
      parent.children.splice(index, 1, ...el.children);
      return index;
    }
    return undefined;
  });
  return notes;
}

/**
 * Read a saved web page and extract its article. Scripts are dropped as text, never run;
 * inline event handlers are removed. Images are read only from the page's own folder.
 * @param bytes The `.html` file.
 * @param path Its absolute path (images are found beside it).
 * @param name The file name as shown in the report.
 * @param to Where a page in a character set the press cannot read is reported (`import/encoding`).
 * @returns The article, or null after reporting why it cannot be read.
 */
export function readHtmlArticle(bytes: Buffer, path: string, name: string, to: ImportReport): SourceArticle | null {
  const text = decodePage(bytes);
  if (text === null) return refuseFile(to, 'is neither UTF-8 text nor in the character set its <meta charset> names; save the page again from the browser, or open it in an editor and save it as UTF-8', 'import/encoding');
  const page = parseHtml(text.replace(/^\uFEFF/, ''), false);
  const extracted = extractArticle(page);
  const locate = lineLocator(name);
  const at = (note: { line: number; column: number; path: string }) => `${name}:${note.line}:${note.column} ${note.path}`;
  return {
    article: extracted.article,
    locate,
    lookupImage: folderImageLookup(dirname(path)),
    titleProperty: extracted.pageTitle,
    left: [
      ...extracted.leftOut.map((item) => ({ where: at(item), message: `${item.reason}${item.text ? `: "${excerpt(item.text)}"` : ''}` })),
      ...extracted.handlers.map((item) => ({ where: at(item), message: item.reason })),
    ],
    warnings: [],
    mapped: [],
  };
}

/**
 * Western character sets older sites declare. Browsers read all of them as Windows-1252 (the
 * WHATWG encoding standard), and so does the press.
 */
const WINDOWS_1252_LABELS = new Set(['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii', 'ascii']);

/** Windows-1252's characters for bytes 0x80–0x9F (where ISO-8859-1 has control codes); 0 where it has none. */
const WINDOWS_1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Decode Windows-1252 by hand: Node's TextDecoder reads "windows-1252" as ISO-8859-1, which
 * would turn Word's curly quotes (0x93, 0x94) into control characters.
 * @returns The text, or null when a byte has no character in Windows-1252.
 */
function decodeWindows1252(bytes: Buffer): string | null {
  let text = '';
  for (const byte of bytes) {
    const code = byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] ?? 0) : byte;
    if (code === 0) return null;
    text += String.fromCharCode(code);
  }
  return text;
}

/**
 * A page's text: UTF-8 when it is valid UTF-8, else the Western character set its
 * `<meta charset>` declares (older sites saved as Windows-1252), else null.
 */
function decodePage(bytes: Buffer): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    // The declaration sits in the first bytes and is ASCII in every such character set.
    const head = bytes.subarray(0, 4096).toString('latin1');
    const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
    if (!declared || !WINDOWS_1252_LABELS.has(declared)) return null;
    return decodeWindows1252(bytes);
  }
}

/**
 * Parse HTML with positions (rehype-parse). Nothing in it runs: scripts are text in the tree.
 * @param html The HTML.
 * @param fragment True for mammoth's body-only HTML.
 * @returns The hast tree.
 */
export function parseHtml(html: string, fragment: boolean): Root {
  return unified().use(rehypeParse, { fragment }).parse(html);
}

