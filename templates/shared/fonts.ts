import { Font } from '@react-pdf/renderer';
import { openSync, type Font as FontFile } from 'fontkit';
import { FALLBACK_FONTS, FONTS, type FontFaces } from './font-files.js';

/**
 * Brand fonts. Each comes from an npm package that ships TTF files, so nothing is
 * downloaded at build time and no font file lives in this repository.
 */

export { FALLBACK_FONTS, FONTS, type FallbackFont, type FontFaces } from './font-files.js';

const opened = new Map<string, FontFile>();

/**
 * A font file opened with fontkit for measuring and glyph checks, once per process. (react-pdf
 * keeps its own copy for drawing, reloaded per document; these are only read.)
 * @param path A TTF path from `FONTS`.
 * @returns The font.
 */
export function openFontFile(path: string): FontFile {
  let font = opened.get(path);
  if (!font) {
    font = openSync(path);
    opened.set(path, font);
  }
  return font;
}

/**
 * The fonts a brand's text is set in, in the order react-pdf tries them for each character.
 * @param id A key of `FONTS`.
 * @returns The brand font's faces, then the fallbacks'.
 */
export function fontStack(id: string): FontFaces[] {
  const faces = FONTS[id];
  if (!faces) throw new Error(`Unknown font "${id}" (known: ${Object.keys(FONTS).join(', ')})`);
  return [faces, ...FALLBACK_FONTS];
}

const registered = new Set<string>();

/**
 * Register a brand font and the fallback fonts with react-pdf, once per process.
 * @param id A key of `FONTS`.
 * @returns The family names to use as `fontFamily`: the brand's first, then the fallbacks.
 */
export function registerFont(id: string): string[] {
  const stack = fontStack(id);
  for (const faces of stack) {
    if (registered.has(faces.family)) continue;
    Font.register({
      family: faces.family,
      fonts: [
        { src: faces.regular, fontWeight: 400, fontStyle: 'normal' },
        { src: faces.bold, fontWeight: 700, fontStyle: 'normal' },
        { src: faces.italic, fontWeight: 400, fontStyle: 'italic' },
        { src: faces.boldItalic, fontWeight: 700, fontStyle: 'italic' },
      ],
    });
    registered.add(faces.family);
  }
  return stack.map((faces) => faces.family);
}

/**
 * Words are not hyphenated: the built-in English hyphenation splits short words ("Be-fore"),
 * which hurts readers. Only a word too long for any line (a URL, say) is cut into pieces of
 * about equal length, at most 12 characters, so it wraps instead of running off the page and
 * never leaves a lone letter or full stop on a line of its own.
 * @param word A word as react-pdf's line breaker sees it (punctuation attached).
 * @returns The pieces it may be broken into.
 */
export function breakOverlongWord(word: string): string[] {
  if (word.length <= 24) return [word];
  const count = Math.ceil(word.length / 12);
  return Array.from({ length: count }, (_, i) => word.slice(Math.round((i * word.length) / count), Math.round(((i + 1) * word.length) / count)));
}

Font.registerHyphenationCallback(breakOverlongWord);
