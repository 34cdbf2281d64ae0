import type { Paragraph, Parent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { parseStatValue } from '../model/stat-value.js';
import { excerpt, type ImportNote, type Locator } from './import-notes.js';

/**
 * Suggestions, never inventions: a paragraph with one percentage could be a statistic box, one
 * that starts "Warning", "Important" or "Call us" could be a warning box. Each is written as an
 * HTML comment beside the text, so nothing the clinic wrote changes unless a person accepts it;
 * applied (`--apply-suggestions`), the box holds the paragraph exactly as written, and a stat box
 * gets the figure exactly as written and no source (lint then asks for one).
 */

/** Percentages as written: "28%", "2.9 %", "17%-28%", "17–28%", "5 to 15%". */
const FIGURE = /\d+(?:\.\d+)?\s?%?\s?(?:-|–|—|to)\s?\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s?%/g;

const WARNING_START = /^(warning|important|call us)\b/i;

/**
 * Add suggestions to paragraphs at block level (the body, list items, quotes).
 * @param tree The converted body (changed in place).
 * @param apply Wrap the paragraphs in boxes instead of writing comments.
 * @param locate Where a node was in the source.
 * @returns One note per suggestion.
 */
export function suggestBoxes(tree: Root, apply: boolean, locate: Locator): ImportNote[] {
  const notes: ImportNote[] = [];
  const walk = (parent: Parent) => {
    const children: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'listItem' || child.type === 'blockquote' || child.type === 'list') walk(child);
      const suggestion = child.type === 'paragraph' ? suggestionFor(child) : null;
      if (!suggestion || child.type !== 'paragraph') {
        children.push(child);
        continue;
      }
      notes.push({ where: locate(child), message: `${apply ? 'made' : 'could be'} ${suggestion.label}: "${excerpt(toString(child), 60)}"` });
      if (apply) children.push(box(suggestion, child));
      else children.push({ type: 'html', value: `<!-- import: could be ${suggestion.label} -->` }, child);
    }
    parent.children = children as Parent['children'];
  };
  walk(tree);
  return notes;
}

type Suggestion = { kind: 'stat'; value: string; label: string } | { kind: 'warning'; label: string };

function suggestionFor(paragraph: Paragraph): Suggestion | null {
  const text = toString(paragraph).trim();
  if (WARNING_START.test(text)) return { kind: 'warning', label: 'a warning box' };
  const figures = [...new Set((text.match(FIGURE) ?? []).map((figure) => figure.trim()))];
  // Two different figures in one paragraph: which one the box would show is a person's call.
  if (figures.length !== 1) return null;
  const value = figures[0] as string;
  // Only a value a `:::stat` box would accept is suggested; why another is not does not matter here.
  if (parseStatValue(value, () => {}, '') === null) return null;
  return { kind: 'stat', value, label: `a statistic box: ${value}` };
}

function box(suggestion: Suggestion, paragraph: Paragraph): ContainerDirective {
  return {
    type: 'containerDirective',
    name: suggestion.kind,
    attributes: suggestion.kind === 'stat' ? { value: suggestion.value } : {},
    children: [paragraph],
  };
}

