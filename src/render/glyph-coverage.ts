import type { Nodes } from 'mdast';
import { FONTS, type FontFaces } from '../print/font-files.js';
import { fontStack, openFontFile, REFUSED_SCRIPTS } from '../print/fonts.js';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics.js';
import type { ParsedSource } from '../content/parse-source.js';

/** Answers whether the fonts a brand's text is set in can draw a character. */
export interface GlyphChecker {
  /** The brand font's family, for messages. */
  family: string;
  /** The fallback fonts' families, for messages. */
  fallbacks: string[];
  has(codePoint: number): boolean;
}

const checkers = new Map<string, GlyphChecker>();

/**
 * A glyph checker for a brand font and its fallbacks. react-pdf picks a font per character
 * from the stack, face by face (bold text from the bold faces), so a character counts as
 * covered when, for each face (regular, bold, italic, bold italic), some font of the stack
 * has it: any face may be used for it.
 * @param fontId A key of `FONTS`.
 * @returns The checker (cached per process).
 */
export function glyphChecker(fontId: string): GlyphChecker {
  const cached = checkers.get(fontId);
  if (cached) return cached;
  if (!FONTS[fontId]) throw new Error(`glyphChecker: unknown font "${fontId}"`);
  const [brand, ...fallbacks] = fontStack(fontId) as [FontFaces, ...FontFaces[]];
  // Font files, opened only when asked about a character the fonts before them lack: an
  // English handout never opens the Chinese fonts (10 MB each).
  const faces = (['regular', 'bold', 'italic', 'boldItalic'] as const).map((face) => [brand, ...fallbacks].map((font) => font[face]));
  const checker = {
    family: brand.family,
    fallbacks: fallbacks.map((font) => font.family),
    has: (cp: number) => faces.every((stack) => stack.some((path) => openFontFile(path).hasGlyphForCodePoint(cp))),
  };
  checkers.set(fontId, checker);
  return checker;
}

// Characters that are never drawn as glyphs: whitespace and invisible formatting marks.
const INVISIBLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * The characters of a text that the fonts cannot print, in order: for text that has no place
 * in a file (a patient's name on a consult edition).
 * @param text The text as it will be printed.
 * @param checker The brand font's checker.
 * @returns Each missing character, as often as it occurs.
 */
export function missingCharacters(text: string, checker: GlyphChecker): string[] {
  return [...text].filter((char) => isMissing(char, checker));
}

/**
 * A character's code point as Unicode writes it, to name a character without printing it.
 * @param char One character.
 * @returns E.g. `U+1EC5`.
 */
export function codePointLabel(char: string): string {
  return `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Can the font not draw this character (white space and invisible marks are never drawn), or not lay it out (a refused script)? */
function isMissing(char: string, checker: GlyphChecker): boolean {
  return !INVISIBLE.test(char) && (!checker.has(char.codePointAt(0) ?? 0) || refusedScript(char) !== undefined);
}

/** The refused script a character belongs to, if any (see \`REFUSED_SCRIPTS\`). */
function refusedScript(char: string): (typeof REFUSED_SCRIPTS)[number] | undefined {
  return REFUSED_SCRIPTS.find((script) => script.pattern.test(char));
}

/** " nor its fallback Noto Sans": the fonts also tried, so the message says none of them has it. */
function fallbackNames(checker: GlyphChecker): string {
  if (checker.fallbacks.length === 0) return '';
  return ` nor its fallback${checker.fallbacks.length === 1 ? '' : 's'} ${checker.fallbacks.join(', ')}`;
}

function missingGlyph(char: string, place: Place, file: string, checker: GlyphChecker): Diagnostic {
  const refused = refusedScript(char);
  if (refused) {
    return diagnostic(file, place, `character "${char}" (${codePointLabel(char)}) is ${refused.name} script, which the press cannot print yet: ${refused.reason}; see the README's Languages`, 'font/refused-script');
  }
  return diagnostic(
    file,
    place,
    `character "${char}" (${codePointLabel(char)}) is not in the brand font ${checker.family}${fallbackNames(checker)}, so it would print as garbage; write it in words or use a character the fonts have`,
    'font/missing-glyph',
  );
}

/**
 * Check every string of a parsed YAML document (front matter or a brand file), pointing at
 * each missing character where it is written in its value; every string may reach the page
 * (titles, disclaimers, contact details).
 * @param data The parsed data.
 * @param placeOf Where a value was written.
 * @param file Path used in diagnostics.
 * @param checker The brand font's checker.
 * @param sourceOf A value's source text, to place each character inside it (without it, or
 * for a character written as an escape, the value's start).
 * @returns Located diagnostics for characters the font lacks.
 */
export function checkDataGlyphs(
  data: unknown,
  placeOf: (path: readonly PropertyKey[]) => Place,
  file: string,
  checker: GlyphChecker,
  sourceOf?: (path: readonly PropertyKey[]) => { text: string; start: Place } | undefined,
): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visit = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const source = sourceOf?.(path) ?? { text: '', start: placeOf(path) };
      const locate = locator(source.text, source.start);
      for (const char of value) if (isMissing(char, checker)) found.push(missingGlyph(char, locate(char), file, checker));
    } else if (Array.isArray(value)) value.forEach((item, index) => visit(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
  };
  visit(data, []);
  return found;
}

/**
 * Place printed characters in the source they were written in: the n-th "休" printed is the
 * n-th "休" written. The printed value is not the source (escapes, quotes, list markers and
 * code fences are gone), so counting printed characters would drift. One that is not in the
 * source (written as an entity or a YAML escape) is placed at the source's start.
 * @param source The source text.
 * @param start Where it starts in the file.
 * @returns A function from the next printed character to its place.
 */
function locator(source: string, start: Place): (char: string) => Place {
  // Where the last match of each character was, so the next one is searched for after it.
  const last = new Map<string, number>();
  return (char) => {
    const previous = last.get(char) ?? -1;
    const at = previous === -2 ? -1 : source.indexOf(char, previous + 1);
    last.set(char, at === -1 ? -2 : at);
    return at === -1 ? start : placeIn(source, at, start);
  };
}

/** At most this many missing characters are listed per file: a pasted Chinese page would list thousands. */
export const MAX_GLYPH_REPORTS = 20;

/**
 * Check every printable string of a markdown source: front-matter values, body text, code,
 * image captions and box attributes.
 * @param parsed The parsed source.
 * @param checker The brand font's checker.
 * @returns Located diagnostics for characters the font lacks: the first {@link MAX_GLYPH_REPORTS},
 * then one that counts the rest.
 */
export function checkSourceGlyphs(parsed: ParsedSource, checker: GlyphChecker): Diagnostic[] {
  const found = checkDataGlyphs(parsed.data, parsed.placeOfKey, parsed.file, checker, parsed.sourceOfValue);
  let more = 0;
  const check = (node: Nodes, printed: string, firstLine = false) => {
    const placed = checkNodeGlyphs(node, printed, parsed, checker, firstLine, Math.max(0, MAX_GLYPH_REPORTS - found.length));
    found.push(...placed.found);
    more += placed.more;
  };
  const visitNode = (node: Nodes) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') check(node, node.value);
    // An image's title is printed as its caption (its alt text is not printed).
    if (node.type === 'image' && node.title) check(node, node.title);
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && node.attributes) {
      // Attributes are written on the directive's first line.
      check(node, Object.values(node.attributes).filter((value): value is string => typeof value === 'string').join(' '), true);
    }
    if ('children' in node) for (const child of node.children) visitNode(child as Nodes);
  };
  visitNode(parsed.tree);
  const listed = found.slice(0, MAX_GLYPH_REPORTS);
  more += found.length - listed.length;
  const lastListed = listed.at(-1);
  if (more > 0 && lastListed) {
    const rest = more === 1 ? '1 more character after this one is' : `${more} more characters after this one are`;
    listed.push({ ...lastListed, message: `${rest} not in the brand font ${checker.family} either; write the text in a language the font covers`, ruleId: 'font/missing-glyph' });
  }
  return listed;
}

/**
 * Check a string that a node prints, and place each missing character where it is written
 * in the node's own source text (see {@link locator}).
 */
function checkNodeGlyphs(
  node: Nodes,
  printed: string,
  parsed: ParsedSource,
  checker: GlyphChecker,
  firstLine: boolean,
  room: number,
): { found: Diagnostic[]; more: number } {
  const found: Diagnostic[] = [];
  let more = 0;
  const position = node.position;
  if (!position) return { found, more };
  const start: Place = { line: position.start.line + parsed.bodyLineOffset, column: position.start.column };
  const from = position.start.offset;
  const whole = from !== undefined && position.end.offset !== undefined ? parsed.body.slice(from, position.end.offset) : '';
  const locate = locator(firstLine ? (whole.split('\n', 1)[0] ?? '') : whole, start);
  for (const char of printed) {
    if (!isMissing(char, checker)) continue;
    // Past the room left, characters are counted, not placed (placing costs a scan each).
    if (found.length >= room) {
      more += 1;
      continue;
    }
    found.push(missingGlyph(char, locate(char), parsed.file, checker));
  }
  return { found, more };
}

/** File line and column of an index into a node's source text, which starts at `start`. */
function placeIn(source: string, index: number, start: Place): Place {
  const before = source.slice(0, index);
  const lastBreak = before.lastIndexOf('\n');
  let line = start.line;
  for (const char of before) if (char === '\n') line += 1;
  return { line, column: lastBreak === -1 ? start.column + index : index - lastBreak };
}
