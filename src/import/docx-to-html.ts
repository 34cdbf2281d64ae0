import mammoth from 'mammoth';
import { openZip } from './read-zip.js';
import { refuseFile, type ImportReport } from './refuse-import.js';

/**
 * How Word's paragraph styles become HTML. Mammoth's defaults already map Heading 1–6, lists,
 * tables, bold, italic and links; these add the styles leaflets use for their first lines and
 * for quotes. Underline and colour are left out by mammoth (the text stays).
 */
export const DOCX_STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  // Documents whose styles have ids but no names (made by programs, not by Word).
  'p.Title => h1.title:fresh',
  'p.Subtitle => p.subtitle:fresh',
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  // A table of contents repeats the questions with page numbers: furniture, marked to be left out and listed.
  ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => `p[style-name='toc ${level}'] => p.toc:fresh`),
  "p[style-name='TOC Heading'] => p.toc:fresh",
];

/** An image found in the document, in the order it appears. */
export interface SourceImage {
  /** The `src` the HTML gives it, to find it again. */
  src: string;
  contentType: string;
  bytes: Buffer;
}

/** Page furniture of a Word document that never reaches the handout. */
export interface DocxFurniture {
  /** The part it came from (`word/header1.xml`) and its text. */
  part: string;
  kind: 'page header' | 'page footer' | 'comments';
  text: string;
}

/** A Word document as HTML, with what came with it. */
export interface DocxHtml {
  html: string;
  images: SourceImage[];
  /** The document's title property (File › Properties), if set. */
  titleProperty: string | null;
  furniture: DocxFurniture[];
  /** Mammoth's own warnings (an unknown style, an unsupported element). */
  messages: string[];
}

/** The `src` prefix of images taken from a Word document. */
export const DOCX_IMAGE_PREFIX = 'docx-image:';

/**
 * Convert a `.docx` to HTML with mammoth, after the zip has passed the size checks.
 * Each Word paragraph becomes one block element (empty ones too, so they can be counted:
 * the n-th `p`, `h1`–`h6` or `li` is Word's paragraph n).
 * @param bytes The file.
 * @param to Where a file that is not a readable Word document is reported (`import/docx`).
 * @returns The HTML and what came with it, or null after reporting why there is none.
 */
export async function docxToHtml(bytes: Buffer, to: ImportReport): Promise<DocxHtml | null> {
  const zip = openZip(bytes, to);
  if (zip === null) return null;
  if (!zip.entries.some((entry) => entry.name === 'word/document.xml')) {
    return refuseFile(to, 'is a zip archive but not a Word document (it has no word/document.xml); save it from Word as a .docx', 'import/docx');
  }
  const images: SourceImage[] = [];
  let result: Awaited<ReturnType<typeof mammoth.convertToHtml>>;
  try {
    result = await mammoth.convertToHtml(
      { buffer: bytes },
      {
        styleMap: DOCX_STYLE_MAP,
        ignoreEmptyParagraphs: false,
        // Linked (not embedded) pictures would be read from the machine's disk: never.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => {
          const src = `${DOCX_IMAGE_PREFIX}${images.length + 1}`;
          images.push({ src, contentType: image.contentType, bytes: await image.readAsBuffer() });
          return { src };
        }),
      },
    );
  } catch (error) {
    return refuseFile(to, `is damaged and cannot be read as a Word document (${(error as Error).message.split('\n')[0]})`, 'import/docx');
  }
  const furniture: DocxFurniture[] = [];
  for (const entry of zip.entries) {
    const kind = furnitureKind(entry.name);
    if (!kind) continue;
    const text = wordText(zip.read(entry.name)?.toString('utf8') ?? '');
    if (text !== '') furniture.push({ part: entry.name, kind, text });
  }
  const core = zip.read('docProps/core.xml')?.toString('utf8') ?? '';
  const title = /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
  return {
    html: result.value,
    images,
    titleProperty: title ? decodeXml(title).trim() || null : null,
    furniture: furniture.sort((a, b) => (a.part < b.part ? -1 : a.part > b.part ? 1 : 0)),
    messages: [...new Set(result.messages.map((message) => message.message))],
  };
}

function furnitureKind(part: string): DocxFurniture['kind'] | null {
  if (/^word\/header\d*\.xml$/.test(part)) return 'page header';
  if (/^word\/footer\d*\.xml$/.test(part)) return 'page footer';
  // Footnotes and endnotes are not furniture: mammoth puts them at the end of the HTML.
  if (part === 'word/comments.xml') return 'comments';
  return null;
}

/** The text of a Word XML part: its `w:t` runs, paragraphs joined by " / ". */
function wordText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) => [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => decodeXml(match[1] ?? '')).join(''))
    .map((text) => text.trim())
    .filter((text) => text !== '')
    .join(' / ');
}

function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name.toLowerCase()] ?? _;
  });
}
