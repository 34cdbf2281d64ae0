import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { makeContent } from '../helpers/library.js';

/** The translation fixtures: a short English handout and its translations (test data). */
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'i18n');

/**
 * The fixture files as a content map, optionally changed, for a throwaway content folder.
 * @param change Files to replace, add (text) or remove (null), by path relative to the content folder.
 * @returns The content folder.
 */
export async function fixtureContent(change: Record<string, string | null> = {}): Promise<string> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(FIXTURES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.md') || entry.name === 'README.md') continue;
    const path = join(entry.parentPath, entry.name);
    files[relative(FIXTURES, path)] = await readFile(path, 'utf8');
  }
  for (const [path, text] of Object.entries(change)) {
    if (text === null) delete files[path];
    else files[path] = text;
  }
  return makeContent(files);
}

/** A fixture file's text. */
export function fixture(path: string): Promise<string> {
  return readFile(join(FIXTURES, path), 'utf8');
}

/**
 * The sentences of a markdown body: the text after the front matter, without markdown
 * syntax, cut after each full stop, question mark or danda of any script.
 * @param markdown A handout file.
 * @returns The sentences, white space removed (line breaks in a PDF fall anywhere in Chinese).
 */
export function sentencesOf(markdown: string): string[] {
  const body = markdown.replace(/^---[\s\S]*?\n---\n/, '');
  const text = body
    .split('\n')
    .filter((line) => !line.startsWith(':::') || /\[.+\]/.test(line))
    .map((line) => line.replace(/^:::\w+\[(.*)\].*$/, '$1').replace(/^(##|-)\s+/, ''))
    .join('\n');
  return text
    .split(/(?<=[.?!。？！।;])/u)
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s.length > 1);
}

/** Text with all white space removed. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** A piece of text on a page and its box (PDF points). */
interface TextBox {
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

/**
 * Pairs of text pieces whose boxes overlap on a page: two lines set too close (stacked
 * Vietnamese accents into the line above) or text drawn over text. Boxes are the font's
 * size tall from the baseline; a point of touching is allowed.
 * @param bytes The PDF.
 * @returns Descriptions of the overlaps, empty when none.
 */
export async function textOverlaps(bytes: Uint8Array): Promise<string[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const found: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      const boxes: TextBox[] = content.items.flatMap((item) => {
        if (!('str' in item) || item.str.trim() === '') return [];
        const [, , , , x, y] = item.transform as number[];
        return [{ text: item.str, left: x!, right: x! + item.width, bottom: y!, top: y! + item.height }];
      });
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
          if (across > 1 && down > 1) found.push(`page ${n}: "${a.text}" overlaps "${b.text}"`);
        }
      }
    }
  } finally {
    await pdf.destroy();
  }
  return found;
}
