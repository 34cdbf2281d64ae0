import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cleanText } from './clean-characters.js';
import type { ImportNote, Locator } from './import-notes.js';

/** Where the handout's title came from, so the report can say. */
export interface TitleChoice {
  /** A title already decided: a Word paragraph in the Title style, a markdown file's `title:`. */
  declared: string | null;
  /** A fallback when the headings do not show one: Word's title property, a page's `<title>`. */
  property: string | null;
}

/** The title and what happened to the headings. */
export interface MappedHeadings {
  title: string;
  /** The questions (`##`), in order. */
  questions: string[];
  subheadings: number;
  notes: ImportNote[];
  left: ImportNote[];
}

/**
 * Map the source's headings to the handout's: the title goes to the front matter, a heading
 * that only repeats it is dropped (and said so), the highest remaining level becomes the
 * questions (`##`) and each lower level one `#` more, down to `######`.
 * @param tree The converted body (changed in place: headings are moved and re-levelled).
 * @param choice A declared title, and a fallback.
 * @param locate Where a node was in the source.
 * @returns The title and notes, or null when no title can be found at all.
 */
export function mapHeadings(tree: Root, choice: TitleChoice, locate: Locator): MappedHeadings | null {
  const notes: ImportNote[] = [];
  const left: ImportNote[] = [];
  let headings = tree.children.filter((node): node is Heading => node.type === 'heading');
  let title = choice.declared;
  if (title === null && headings.length > 0) {
    const top = Math.min(...headings.map((heading) => heading.depth));
    const first = headings[0] as Heading;
    // One heading above all others, and it comes first: that is the title.
    if (first.depth === top && headings.filter((heading) => heading.depth === top).length === 1) {
      title = text(first);
      notes.push({ where: locate(first), message: `title: "${title}" (the first heading)` });
      remove(tree, first);
      headings = headings.slice(1);
    }
  }
  if (title === null && choice.property) {
    title = choice.property;
    notes.push({ where: 'title property', message: `title: "${title}" (the document's title, as no single heading stands above the others)` });
  }
  if (title === null && headings.length > 0) {
    const first = headings[0] as Heading;
    title = text(first);
    notes.push({ where: locate(first), message: `title: "${title}" (the first heading)` });
    remove(tree, first);
    headings = headings.slice(1);
  }
  if (title === null || title === '') return null;
  for (const heading of [...headings]) {
    if (text(heading) === '') {
      left.push({ where: locate(heading), message: 'an empty heading (it has no text)' });
      remove(tree, heading);
      headings = headings.filter((candidate) => candidate !== heading);
    } else if (same(text(heading), title)) {
      left.push({ where: locate(heading), message: `heading "${text(heading)}" only repeats the title` });
      remove(tree, heading);
      headings = headings.filter((candidate) => candidate !== heading);
    }
  }
  if (headings.length === 0) headings = promoteBoldQuestions(tree, locate, notes);
  const top = Math.min(...headings.map((heading) => heading.depth));
  const questions: string[] = [];
  let subheadings = 0;
  for (const heading of headings) {
    heading.depth = Math.min(6, 2 + heading.depth - top) as Heading['depth'];
    if (heading.depth === 2) questions.push(text(heading));
    else subheadings += 1;
  }
  return { title, questions, subheadings, notes, left };
}

/**
 * Many Word leaflets set their questions in bold instead of a heading style. When a document
 * has no headings below its title, a paragraph that is all bold and ends in "?" is a question:
 * it becomes a heading with the same words, and the report says so.
 */
function promoteBoldQuestions(tree: Root, locate: Locator, notes: ImportNote[]): Heading[] {
  const promoted: Heading[] = [];
  tree.children = tree.children.map((node) => {
    if (node.type !== 'paragraph') return node;
    const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
    const [only] = content;
    if (content.length !== 1 || only?.type !== 'strong' || !toString(only).trim().endsWith('?')) return node;
    const heading: Heading = { type: 'heading', depth: 2, children: only.children, ...(node.position && { position: node.position }) };
    notes.push({ where: locate(node), message: `question: "${text(heading)}" (a bold paragraph ending in "?", as the document has no headings for its questions)` });
    promoted.push(heading);
    return heading;
  });
  return promoted;
}

function text(heading: Heading): string {
  // A title goes to the front matter as it reads: no soft hyphens or zero-width spaces in it.
  return cleanText(toString(heading)).replace(/\s+/g, ' ').trim();
}

/** Same words, whatever the case, punctuation and spacing. */
function same(a: string, b: string): boolean {
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return key(a) === key(b);
}

function remove(tree: Root, node: Heading): void {
  tree.children = tree.children.filter((child) => child !== node);
}
