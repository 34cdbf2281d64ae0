import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import { diagnostic, type Diagnostic, type Place, type Report } from '../diagnostics.js';
import { explainYamlError, firstLine } from './explain-yaml-error.js';

/** YAML parsed as plain data, with a way to find where any key or value was written. */
export interface ParsedYaml {
  /** The data: every scalar is a string (YAML failsafe schema), so `1.10` stays "1.10". */
  data: unknown;
  /**
   * Where the value at `path` starts in the file (or its key, when asked or when the value is not a scalar).
   * @param path Keys and indexes, as zod reports them.
   * @param part Point at the key or the value (default).
   * @returns The place; for a path that does not exist, its nearest existing parent or the front matter's start.
   */
  placeOf(path: readonly PropertyKey[], part?: 'key' | 'value'): Place;
  /**
   * The text of the scalar value at `path` as written in the file (quotes and escapes
   * included), and where it starts: to place a character inside a value, not at its start.
   * @param path Keys and indexes.
   * @returns The source and its place, or undefined when the path is not a scalar.
   */
  sourceOf(path: readonly PropertyKey[]): { text: string; start: Place } | undefined;
}

/**
 * Parse YAML with the failsafe schema: dates, numbers and booleans stay strings, so the
 * schema (not YAML 1.1's guesses) decides what they mean, and no custom tag can build objects.
 * @param yaml The YAML text.
 * @param startLine 1-based file line where the YAML begins.
 * @param file Path used in diagnostics.
 * @param report Where syntax errors and prose cut short by a comment are reported.
 * @param what What the YAML is, for messages ("front matter", "brand file").
 * @returns The parsed YAML, or null when it has errors (each reported).
 */
export function parseYaml(yaml: string, startLine: number, file: string, report: Report, what = 'front matter'): ParsedYaml | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { schema: 'failsafe', lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPlace = (offset: number): Place => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line + startLine - 1, column: pos.col };
  };
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      report(diagnostic(file, toPlace(error.pos[0]), `${what} is not valid YAML: ${explainYamlError(error, yaml)}`, 'front-matter/yaml'));
    }
    return null;
  }
  const cut = cutProse(doc, yaml, toPlace, file, what);
  if (cut.length > 0) {
    cut.forEach(report);
    return null;
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // yaml refuses to expand aliases past a limit ("billion laughs"): a file must not eat the memory.
    report(diagnostic(file, { line: startLine, column: 1 }, `${what} is not valid YAML: ${firstLine((error as Error).message)}. Write the values out instead of repeating them with * aliases`, 'front-matter/yaml'));
    return null;
  }
  return {
    data,
    placeOf: (path, part = 'value') => placeOfPath(doc, path, part, toPlace) ?? { line: startLine, column: 1 },
    sourceOf: (path) => {
      const node = doc.getIn(path as unknown[], true);
      if (!isScalar(node) || !node.range) return undefined;
      return { text: yaml.slice(node.range[0], node.range[1]), start: toPlace(node.range[0]) };
    },
  };
}

function placeOfPath(doc: Document, path: readonly PropertyKey[], part: 'key' | 'value', toPlace: (offset: number) => Place): Place | undefined {
  // Walk down as far as the path exists; a missing key points at its parent.
  let node: unknown = doc.contents;
  let place: Place | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      const keyRange = isScalar(pair.key) ? pair.key.range : undefined;
      if (keyRange) place = toPlace(keyRange[0]);
      node = pair.value;
      if (part === 'value' && isScalar(node) && node.range) place = toPlace(node.range[0]);
      continue;
    }
    if (node && typeof node === 'object' && 'items' in node && Array.isArray(node.items) && typeof key === 'number') {
      node = node.items[key];
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range) place = toPlace(range[0]);
      continue;
    }
    break;
  }
  return place;
}

/** Keys whose values are words a reader sees, where a `#` is more likely text than a note for authors. */
const PROSE_KEYS = new Set(['title', 'subtitle', 'disclaimer', 'name', 'role', 'credentials', 'photo_alt', 'translator', 'address', 'note']);

/**
 * Text cut off by a YAML comment: in an unquoted value, " #" starts a comment, so
 * `title: Back pain #1 cause` would print "Back pain" and lose the rest without a word.
 * @returns One error per prose value that has a comment on its own line.
 */
function cutProse(doc: Document, yaml: string, toPlace: (offset: number) => Place, file: string, what: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(doc, {
    Pair(_, pair) {
      const { key, value } = pair;
      if (!isScalar(key) || !isScalar(value) || value.type !== 'PLAIN' || value.comment === undefined || !value.range) return;
      const name = String(key.value);
      if (!PROSE_KEYS.has(name)) return;
      const [start, end, nodeEnd] = value.range;
      const hash = yaml.indexOf('#', end);
      if (hash < 0 || hash > nodeEnd) return;
      const lost = yaml.slice(hash, yaml.indexOf('\n', hash) < 0 ? undefined : yaml.indexOf('\n', hash)).trimEnd();
      const whole = `${yaml.slice(start, end)} ${lost}`.replace(/"/g, '\\"');
      found.push(
        diagnostic(
          file,
          toPlace(hash),
          `${what}: in \`${name}\`, "${lost}" is read as a YAML comment and would not be printed; put the whole value in quotes (${name}: "${whole}"), or write a note for authors on a line of its own`,
          'front-matter/yaml',
        ),
      );
    },
  });
  return found;
}
