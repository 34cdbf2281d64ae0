import type { Node } from 'unist';
import type { RuleId } from '../rule-catalogue.js';

/**
 * What an import tells the person running it. Every note names where in the source it comes
 * from, in the source's own terms: a Word paragraph number, or an HTML element path with its
 * line and column.
 */
export interface ImportNote {
  /** `leaflet.docx paragraph 12`, `page.html:40:5 body > nav`. */
  where: string;
  message: string;
  /** For warnings printed on stderr: a stable rule id such as `import/image`. */
  ruleId?: RuleId;
}

/** Turns a node of the converted tree back into a place in the source file. */
export type Locator = (node: Node | undefined) => string;

/**
 * A locator for sources whose positions are their own (HTML, markdown): `file:line:col`.
 * @param file The source file name as shown.
 * @param lineOffset Lines before the parsed text (a markdown file's front matter).
 * @returns The locator.
 */
export function lineLocator(file: string, lineOffset = 0): Locator {
  return (node) => {
    const start = node?.position?.start;
    return start ? `${file}:${start.line + lineOffset}:${start.column}` : file;
  };
}

/**
 * A locator for a Word document: mammoth writes each Word paragraph as one block element
 * (`p`, `h1`–`h6`, `li`), so the n-th block start in its HTML is Word's paragraph n.
 * @param file The source file name as shown.
 * @param blockStarts Offsets in the HTML where each paragraph's element starts, in order.
 * @returns The locator.
 */
export function paragraphLocator(file: string, blockStarts: readonly number[]): Locator {
  return (node) => {
    const offset = node?.position?.start.offset;
    if (offset === undefined) return file;
    let n = 0;
    while (n < blockStarts.length && (blockStarts[n] as number) <= offset) n += 1;
    return `${file} paragraph ${Math.max(n, 1)}`;
  };
}

/**
 * The start of a text for a report line: white space collapsed, cut with "…" past `max` characters.
 * @param text Any text (a paragraph, an address).
 * @param max The longest excerpt.
 * @returns The excerpt.
 */
export function excerpt(text: string, max = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
