import type { Heading, Nodes, Paragraph, Parent, PhrasingContent, TableCell } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import { toString as nlcstToString } from 'nlcst-to-string';
import { ParseEnglish } from 'parse-english';
import type { Place } from '../diagnostics.js';
import type { ParsedSource } from '../content/parse-source.js';
import { isComment } from '../model/blocks/state.js';

/**
 * Prose: the words a patient reads, cut into units (one per paragraph, heading or table cell),
 * each parsed into sentences and words with parse-english, and each able to say where any
 * character of its text was written in the file.
 */

/** Where a unit of prose sits in the handout. */
export type ProseKind = 'heading' | 'paragraph' | 'label' | 'cell';

/** One word as parse-english sees it ("12.9", "Dr.", "pain-free"). */
export interface ProseWord {
  text: string;
  /** Offset in the unit's text. */
  start: number;
}

/** One sentence of a unit. */
export interface ProseSentence {
  text: string;
  /** Offsets in the unit's text. */
  start: number;
  end: number;
  words: ProseWord[];
}

/** A paragraph, heading, directive label or table cell as plain text. */
export interface ProseUnit {
  kind: ProseKind;
  /** Inside a list item (where a paragraph may be a fragment rather than a sentence). */
  inList: boolean;
  /** Inside a `:::stat` callout, whose number is printed next to the words. */
  inStat: boolean;
  node: Paragraph | Heading | TableCell;
  /** The node's parent and its index there (to see what follows a paragraph). */
  parent: Parent;
  index: number;
  /** The text as a reader sees it: markup removed, line breaks turned into spaces. */
  text: string;
  /** nlcst tree of `text` (positions are offsets in `text`). */
  tree: NlcstRoot;
  sentences: ProseSentence[];
  /**
   * Stretches of `text` that name or address something rather than say it in words: link
   * text, e-mail and web addresses. Their spelling is their owner's (start and end offsets).
   */
  literals: Array<[start: number, end: number]>;
  /**
   * File place of a character of `text`.
   * @param offset Offset in `text` (may equal its length).
   */
  placeAt: (offset: number) => Place;
}

/** Every unit of prose in a handout body, in reading order. */
export interface Prose {
  units: ProseUnit[];
}

// One parser for the process: it holds no state between parses.
const parser = new ParseEnglish();

/**
 * Extract the prose of a handout body.
 * @param parsed The parsed source (its mdast tree and body text).
 * @returns The units in reading order.
 */
export function extractProse(parsed: ParsedSource): Prose {
  const toPlace = placeFinder(parsed.body, parsed.bodyLineOffset);
  const units: ProseUnit[] = [];
  const walk = (parent: Parent, inList: boolean, inStat: boolean) => {
    parent.children.forEach((child, index) => {
      const node = child as Nodes;
      switch (node.type) {
        case 'paragraph': {
          const label = (node.data as { directiveLabel?: boolean } | undefined)?.directiveLabel === true;
          units.push(makeUnit(label ? 'label' : 'paragraph', node, parent, index, inList, inStat, parsed.body, toPlace));
          return;
        }
        case 'heading':
          units.push(makeUnit('heading', node, parent, index, inList, inStat, parsed.body, toPlace));
          return;
        case 'tableCell':
          units.push(makeUnit('cell', node, parent, index, inList, inStat, parsed.body, toPlace));
          return;
        case 'listItem':
          walk(node, true, inStat);
          return;
        case 'containerDirective':
          walk(node, inList, inStat || node.name === 'stat');
          return;
        default:
          if ('children' in node) walk(node, inList, inStat);
      }
    });
  };
  walk(parsed.tree, false, false);
  return { units };
}

function makeUnit(
  kind: ProseKind,
  node: Paragraph | Heading | TableCell,
  parent: Parent,
  index: number,
  inList: boolean,
  inStat: boolean,
  body: string,
  toPlace: (bodyOffset: number) => Place,
): ProseUnit {
  const chars: string[] = [];
  const offsets: number[] = [];
  const links: Array<[number, number]> = [];
  collectText(node.children, body, chars, offsets, links);
  const text = chars.join('');
  const end = node.position?.end.offset ?? body.length;
  const tree = parser.parse(text);
  return {
    kind,
    inList,
    inStat,
    node,
    parent,
    index,
    text,
    tree,
    sentences: sentencesOf(tree),
    literals: [...links, ...addressesIn(text)],
    placeAt: (offset) => toPlace(offsets[offset] ?? end),
  };
}

/**
 * Append the visible characters of phrasing content, each with the body offset it came from,
 * so a finding in the text can point at the exact source column even after markup.
 */
function collectText(nodes: readonly PhrasingContent[], body: string, chars: string[], offsets: number[], links: Array<[number, number]>): void {
  for (const node of nodes) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    switch (node.type) {
      case 'text':
        alignText(node.value, start === undefined || end === undefined ? node.value : body.slice(start, end), start ?? 0, chars, offsets);
        break;
      case 'break':
        chars.push(' ');
        offsets.push(start ?? 0);
        break;
      case 'inlineCode':
        // Code is not prose: keep a space so the words around it stay apart.
        chars.push(' ');
        offsets.push(start ?? 0);
        break;
      case 'html':
        if (!isComment(node.value)) {
          chars.push(' ');
          offsets.push(start ?? 0);
        }
        break;
      case 'textDirective':
        // The renderer prints a text directive ("7:00") as its source; so does the linter.
        if (start !== undefined && end !== undefined) {
          for (let i = start; i < end; i += 1) {
            chars.push(body[i] === '\n' ? ' ' : (body[i] ?? ' '));
            offsets.push(i);
          }
        }
        break;
      case 'link':
      case 'linkReference': {
        const from = chars.length;
        collectText(node.children, body, chars, offsets, links);
        links.push([from, chars.length]);
        break;
      }
      default:
        if ('children' in node) collectText(node.children as PhrasingContent[], body, chars, offsets, links);
    }
  }
}

// Web and e-mail addresses written as plain text (GFM makes most of them links already).
const ADDRESS = /(?:https?:\/\/|www\.)[^\s<>()]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;

/** Where web and e-mail addresses are in a text. */
function addressesIn(text: string): Array<[number, number]> {
  return [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
}

/**
 * Map each character of a text node's value to its offset in the source slice. The value
 * differs from the source only by escapes, entities and line indentation, so each character
 * is found a little further on; one that is not (a decoded entity) keeps the current offset.
 */
function alignText(value: string, source: string, base: number, chars: string[], offsets: number[]): void {
  let j = 0;
  for (const c of value) {
    const found = source.indexOf(c, j);
    const at = found === -1 || found - j > 12 ? j : found;
    for (let k = 0; k < c.length; k += 1) {
      chars.push(c === '\n' ? ' ' : (c[k] ?? ' '));
      offsets.push(base + Math.min(at + k, Math.max(source.length - 1, 0)));
    }
    if (found !== -1 && found - j <= 12) j = found + c.length;
    else if (source[j] === '&') j = Math.max(j + 1, source.indexOf(';', j) + 1);
  }
}

function sentencesOf(tree: NlcstRoot): ProseSentence[] {
  const found: ProseSentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      found.push({ text: nlcstToString(sentence), start, end, words: wordsOf(sentence) });
    }
  }
  return found;
}

function wordsOf(sentence: NlcstSentence): ProseWord[] {
  const words: ProseWord[] = [];
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue;
    const text = nlcstToString(node);
    // A word is something a reader says: it has a letter or a digit (not a lone symbol).
    if (/[\p{L}\p{N}]/u.test(text)) words.push({ text, start: node.position?.start.offset ?? 0 });
  }
  return words;
}

/**
 * Turn body offsets into file places.
 * @param body The markdown body.
 * @param lineOffset File lines before the body.
 * @returns A function from body offset to 1-based file line and column.
 */
export function placeFinder(body: string, lineOffset: number): (offset: number) => Place {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i += 1) if (body[i] === '\n') lineStarts.push(i + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1 + lineOffset, column: offset - (lineStarts[low] ?? 0) + 1 };
  };
}

/**
 * The sentences a reader reads as running text: those of paragraphs, and in list items only
 * whole sentences (ending in . ? or !), so "Physiotherapy" or "Healing has been incomplete"
 * are left out. Headings, labels and table cells are left out too, as readability formulas
 * expect (UNMH: strip headings, fragments and list numbers).
 * @param prose The handout's prose.
 * @returns Each running sentence with its unit.
 */
export function runningSentences(prose: Prose): Array<{ unit: ProseUnit; sentence: ProseSentence }> {
  return prose.units
    .filter((unit) => unit.kind === 'paragraph')
    .flatMap((unit) =>
      unit.sentences.filter((sentence) => !unit.inList || /[.?!]["”’)]*\s*$/.test(sentence.text)).map((sentence) => ({ unit, sentence })),
    );
}

/**
 * Units that read as sentences of any kind (all paragraphs, list items included).
 * @param prose The handout's prose.
 * @returns Paragraph units.
 */
export function paragraphs(prose: Prose): ProseUnit[] {
  return prose.units.filter((unit) => unit.kind === 'paragraph');
}
