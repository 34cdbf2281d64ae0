import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseSource } from '../../src/content/parse-source.js';

/**
 * The sentences of a handout's body: the text of every paragraph, heading and table cell,
 * white space collapsed, cut after each full stop, question or exclamation mark.
 * @param text A handout file's text.
 * @returns The sentences, in order.
 */
export function bodySentences(text: string): string[] {
  return blockTexts(parsed(text).tree).flatMap((block) => block.split(/(?<=[.?!])\s+/)).filter((sentence) => sentence !== '');
}

/**
 * A handout's body as one string: every paragraph, heading and table cell, space-separated.
 * @param text A handout file's text.
 * @returns The text, white space collapsed.
 */
export function bodyTextOf(text: string): string {
  return blockTexts(parsed(text).tree).join(' ');
}

/**
 * The questions (`##` headings) of a handout, in order.
 * @param text A handout file's text.
 * @returns Their text.
 */
export function questionsOf(text: string): string[] {
  return parsed(text).tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => flat(toString(node)));
}

function parsed(text: string) {
  const unread: Diagnostic[] = [];
  const result = parseSource(text, 'handout.md', (d) => unread.push(d));
  if (!result) throw new Error(unread.map((d) => d.message).join('\n'));
  // `60:00` parses as a text directive; the press prints it as written, and so is it read here.
  visit(result.tree, 'textDirective', (node, index, parent) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? 0;
    if (parent && index !== undefined) parent.children.splice(index, 1, { type: 'text', value: result.body.slice(start, end) });
  });
  return result;
}

function blockTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      texts.push(flat(toString(node)));
      return 'skip';
    }
    return undefined;
  });
  return texts.filter((t) => t !== '');
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
