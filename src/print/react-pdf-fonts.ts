import { Font } from '@react-pdf/renderer';
import { breakBetweenCharacters } from './break-between-characters.js';
import { documentFontStack } from './fonts.js';
import { LONGEST_UNBROKEN_WORD } from './keep-numbers-together.js';

/*
 * The fonts as react-pdf sees them, apart from `fonts.ts`: the glyph checks and lint read the
 * fonts through fontkit alone, so a build that renders in a worker never loads react-pdf
 * (about 0.7 s of CPU) in its main thread as well.
 */

const registered = new Set<string>();

/**
 * Register a document's fonts with react-pdf (each family once per process).
 * @param id A key of `FONTS`.
 * @param language The document's language (see `fontStack`).
 * @param codePoints The characters the document prints; see `documentFontStack`.
 * @returns The family names to use as `fontFamily`: the brand's first, then the fallbacks.
 */
export function registerFont(id: string, language: string | undefined, codePoints: Iterable<number>): string[] {
  const stack = documentFontStack(id, language, codePoints);
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
  // Chinese text is one long "word" between spaces: it breaks between characters instead.
  const cjk = breakBetweenCharacters(word);
  if (cjk) return cjk;
  if (word.length <= LONGEST_UNBROKEN_WORD) return [word];
  const count = Math.ceil(word.length / 12);
  return Array.from({ length: count }, (_, i) => word.slice(Math.round((i * word.length) / count), Math.round(((i + 1) * word.length) / count)));
}

Font.registerHyphenationCallback(breakOverlongWord);
