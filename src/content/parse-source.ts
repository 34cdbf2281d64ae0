import type { Root } from 'mdast';
import { diagnostic, type Diagnostic, type Place, type Report } from '../diagnostics.js';
import { parseYaml, type ParsedYaml } from './parse-yaml.js';
import { splitFrontMatter } from './split-front-matter.js';
import { parseMarkdown } from '../model/parse-markdown.js';
import { MAX_NESTING_DEPTH } from '../model/limits.js';

/** A markdown file after parsing, before validation. */
export interface ParsedSource {
  file: string;
  /** Front matter as plain data (strings, lists and maps only). */
  data: unknown;
  /** Where a front-matter value (or, asked for, its key) was written. */
  placeOfKey: (path: readonly PropertyKey[], part?: 'key' | 'value') => Place;
  /** A front-matter value's source text and start, to place a character inside it. */
  sourceOfValue: ParsedYaml['sourceOf'];
  body: string;
  bodyLineOffset: number;
  tree: Root;
}

/**
 * Parse a markdown file with front matter: split, YAML, markdown. Runs nothing.
 * @param text The file's text.
 * @param file Path used in diagnostics.
 * @param report Where problems that stop the file being read are reported.
 * @returns The parsed source, or null when it cannot be read (the reasons reported).
 */
export function parseSource(text: string, file: string, report: Report): ParsedSource | null {
  const split = splitFrontMatter(text, file, report);
  if (!split) return null;
  const yaml = parseYaml(split.yaml, split.yamlStartLine, file, report);
  if (!yaml) return null;
  // Lists or quotes opened by the thousand on one line (`> > > …`) take the parser minutes
  // (100,000 took 6 minutes) and can exhaust its stack: refuse them before parsing.
  const deepest = deepestLine(split.body);
  if (deepest.depth > MAX_OPENERS_PER_LINE) {
    report(tooDeep(deepest, split.bodyLineOffset, file));
    return null;
  }
  let tree: Root;
  try {
    tree = parseMarkdown(split.body);
  } catch (error) {
    // Nesting built up over many lines (by indentation, say) can still exhaust the stack.
    if (!(error instanceof RangeError)) throw error;
    report(
      diagnostic(
        file,
        { line: (deepest.depth > 1 ? deepest.line : 1) + split.bodyLineOffset, column: 1 },
        `lists, quotes or boxes are nested so deeply that the file cannot be read; a handout may nest at most ${MAX_NESTING_DEPTH}`,
        'markdown/limit',
      ),
    );
    return null;
  }
  return { file, data: yaml.data, placeOfKey: yaml.placeOf, sourceOfValue: yaml.sourceOf, body: split.body, bodyLineOffset: split.bodyLineOffset, tree };
}

/**
 * More list or quote markers than this at the start of one line is refused before parsing. It
 * is far above the {@link MAX_NESTING_DEPTH} levels a handout may nest (reported with the list's place after parsing),
 * so a thematic break written as `- - -` is never caught by it.
 */
const MAX_OPENERS_PER_LINE = 100;

function tooDeep(deepest: { line: number; depth: number }, bodyLineOffset: number, file: string): Diagnostic {
  return diagnostic(
    file,
    { line: deepest.line + bodyLineOffset, column: 1 },
    `this line opens ${deepest.depth} lists or quotes inside each other, too many to read; a handout may nest at most ${MAX_NESTING_DEPTH}`,
    'markdown/limit',
  );
}

/** Markers that open a list or a quote at the start of a line: `>`, `-`, `*`, `+`, `1.`, `1)`. */
const OPENER = /[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;

/** The body line (1-based) that opens the most lists and quotes at its start, and how many. */
function deepestLine(body: string): { line: number; depth: number } {
  let best = { line: 1, depth: 0 };
  body.split('\n').forEach((text, index) => {
    let depth = 0;
    OPENER.lastIndex = 0;
    while (OPENER.test(text)) depth += 1;
    if (depth > best.depth) best = { line: index + 1, depth };
  });
  return best;
}
