import type { Nodes } from 'mdast';
import { openSync } from 'fontkit';
import { FONTS } from '../../templates/shared/fonts.js';
import { diagnostic, type Diagnostic, type Place } from '../diagnostics.js';
import type { ParsedSource } from '../model/parse-source.js';

/** Answers whether a brand font can draw a character. */
export interface GlyphChecker {
  family: string;
  has(codePoint: number): boolean;
}

const checkers = new Map<string, GlyphChecker>();

/**
 * A glyph checker for a brand font: a character counts as covered only when every face
 * (regular, bold, italic, bold italic) has it, since any of them may be used for it.
 * @param fontId A key of `FONTS`.
 * @returns The checker (cached per process).
 */
export function glyphChecker(fontId: string): GlyphChecker {
  const cached = checkers.get(fontId);
  if (cached) return cached;
  const faces = FONTS[fontId];
  if (!faces) throw new Error(`glyphChecker: unknown font "${fontId}"`);
  const fonts = [faces.regular, faces.bold, faces.italic, faces.boldItalic].map((path) => openSync(path));
  const checker = { family: faces.family, has: (cp: number) => fonts.every((font) => font.hasGlyphForCodePoint(cp)) };
  checkers.set(fontId, checker);
  return checker;
}

// Characters that are never drawn as glyphs: whitespace and invisible formatting marks.
const INVISIBLE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/**
 * Report characters in a text that the font cannot draw (they would print as garbage).
 * @param text The text as it will be printed.
 * @param start Where the text starts in the file.
 * @param file Path used in diagnostics.
 * @param checker The brand font's checker.
 * @returns One diagnostic per missing character, at its line and column.
 */
export function checkTextGlyphs(text: string, start: Place, file: string, checker: GlyphChecker): Diagnostic[] {
  const found: Diagnostic[] = [];
  let line = start.line;
  let column = start.column;
  for (const char of text) {
    if (char === '\n') {
      line += 1;
      column = 1;
      continue;
    }
    const codePoint = char.codePointAt(0) ?? 0;
    if (!INVISIBLE.test(char) && !checker.has(codePoint)) {
      const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
      found.push(
        diagnostic(
          file,
          { line, column },
          `character "${char}" (U+${hex}) is not in the brand font ${checker.family}, so it would print as garbage; write it in words or use a character the font has`,
          'font/missing-glyph',
        ),
      );
    }
    column += char.length;
  }
  return found;
}

/**
 * Check every printable string of a markdown source: front-matter values and body text.
 * @param parsed The parsed source.
 * @param checker The brand font's checker.
 * @returns Located diagnostics for characters the font lacks.
 */
export function checkSourceGlyphs(parsed: ParsedSource, checker: GlyphChecker): Diagnostic[] {
  const found: Diagnostic[] = [];
  const visitData = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      const place = parsed.placeOfKey(path);
      // Point at the value, which follows its key on the same line.
      found.push(...checkTextGlyphs(value, place, parsed.file, checker).map((d) => ({ ...d, column: place.column })));
    } else if (Array.isArray(value)) value.forEach((item, index) => visitData(item, [...path, index]));
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) visitData(item, [...path, key]);
  };
  visitData(parsed.data, []);
  const visitNode = (node: Nodes) => {
    if ((node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') && node.position) {
      // Code keeps its fence line; its value starts one line below.
      const start = node.type === 'code' ? { line: node.position.start.line + 1, column: 1 } : node.position.start;
      found.push(...checkTextGlyphs(node.value, { line: start.line + parsed.bodyLineOffset, column: start.column }, parsed.file, checker));
    }
    if ((node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective') && node.attributes && node.position) {
      const place = { line: node.position.start.line + parsed.bodyLineOffset, column: node.position.start.column };
      for (const value of Object.values(node.attributes)) {
        if (value) found.push(...checkTextGlyphs(value, place, parsed.file, checker).map((d) => ({ ...d, ...place })));
      }
    }
    if ('children' in node) for (const child of node.children) visitNode(child as Nodes);
  };
  visitNode(parsed.tree);
  return found;
}
