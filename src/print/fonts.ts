import { openSync, type Font as FontFile } from 'fontkit';
import { FALLBACK_FONTS, FONTS, type FallbackFont, type FontFaces } from './font-files.js';

/**
 * The fonts a document is set in, opened with fontkit for measuring and glyph checks (the
 * files themselves are listed in `font-files.ts`; react-pdf's registration is in
 * `react-pdf-fonts.ts`).
 */

const opened = new Map<string, FontFile>();

/**
 * A font file opened with fontkit for measuring and glyph checks, once per process. (react-pdf
 * keeps its own copy for drawing, also loaded once per process; these are only read.)
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
 * Scripts a font of the press has but react-pdf cannot lay out correctly: a character in one
 * is a located error, not broken text. Arabic, rendered and read back with react-pdf 4.9, came
 * out left to right with misplaced dots and joins and wrong letters in the text layer
 * (react-pdf #3406, #2638); see the README's Languages.
 */
export const REFUSED_SCRIPTS: ReadonlyArray<{ name: string; pattern: RegExp; reason: string }> = [
  {
    name: 'Arabic',
    pattern: /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/u,
    reason: 'react-pdf 4.9 cannot lay it out correctly (it sets it left to right, misplaces dots and joins, and writes wrong letters into the text layer)',
  },
];

/**
 * How closely a fallback font serves a language: the length of the longest tag it lists that
 * is the language or a prefix of it (`zh-Hant` serves `zh-Hant-HK` better than `zh` does), or
 * 0 when it lists none. Case is ignored (BCP 47).
 */
function languageMatch(font: FallbackFont, language: string): number {
  const tag = language.toLowerCase();
  const matches = (font.languages ?? []).map((served) => served.toLowerCase()).filter((served) => tag === served || tag.startsWith(`${served}-`));
  return Math.max(0, ...matches.map((served) => served.length));
}

/**
 * The fallback fonts in the order a document in this language tries them: the fonts made for
 * its language first, closest match first (so a Traditional Chinese handout draws 骨 in the
 * Traditional design, not the Simplified one, though both fonts have it), then the rest in
 * their usual order.
 * @param language The document's BCP 47 tag, or undefined for the usual order.
 * @returns The fallback fonts.
 */
export function fallbacksFor(language?: string): readonly FallbackFont[] {
  if (!language) return FALLBACK_FONTS;
  const scored = FALLBACK_FONTS.map((font, index) => ({ font, index, match: languageMatch(font, language) }));
  return scored.sort((a, b) => b.match - a.match || a.index - b.index).map(({ font }) => font);
}

/**
 * The fonts a brand's text is set in, in the order react-pdf tries them for each character.
 * @param id A key of `FONTS`.
 * @param language The document's language: its script's fonts come first among the fallbacks.
 * @returns The brand font's faces, then the fallbacks'.
 */
export function fontStack(id: string, language?: string): FontFaces[] {
  const faces = FONTS[id];
  if (!faces) throw new Error(`Unknown font "${id}" (known: ${Object.keys(FONTS).join(', ')})`);
  return [faces, ...fallbacksFor(language)];
}

const FACES = ['regular', 'bold', 'italic', 'boldItalic'] as const;

/**
 * The fonts one document's text is set in: the brand font, then, in `fallbacksFor` order, Noto
 * Sans, the fallback made for the document's language, and of the other fallbacks only those
 * that draw a character of its text. react-pdf loads every face of every family in a
 * document's `fontFamily` lists, and with every script's font in the list a process read some
 * 80 MB of font files, most of it Chinese fonts an English leaflet never uses.
 *
 * The pick matches the whole stack's: for each character and face, react-pdf draws it from the
 * first font of the list that has it, and that font is kept (the order is `fallbacksFor`'s, and
 * the fonts left out before it lack the character). Noto Sans is always kept, as it always was:
 * it is small, and it stays the font react-pdf falls back to last for a character no font has.
 * Fallback fonts are opened (fontkit, once per process) only for a character the brand font
 * lacks, and only down the list until one has it.
 * @param id A key of `FONTS`.
 * @param language The document's BCP 47 tag.
 * @param codePoints Every character the document prints (`documentCodePoints`).
 * @returns The brand font's faces, then the fallbacks the document needs.
 */
export function documentFontStack(id: string, language: string | undefined, codePoints: Iterable<number>): FontFaces[] {
  const [brand, ...fallbacks] = fontStack(id, language) as [FontFaces, ...FallbackFont[]];
  const kept = new Set<string>(['Noto Sans']);
  // The font made for the language (the closest: zh-Hant's is Noto Sans TC, though Noto Sans SC
  // lists zh too); a character only another font has brings that one in below.
  const best = Math.max(0, ...fallbacks.map((font) => (language ? languageMatch(font, language) : 0)));
  for (const font of fallbacks) if (best > 0 && languageMatch(font, language!) === best) kept.add(font.family);
  const brandFaces = FACES.map((face) => openFontFile(brand[face]));
  for (const cp of codePoints) {
    FACES.forEach((face, index) => {
      if (brandFaces[index]!.hasGlyphForCodePoint(cp)) return;
      const first = fallbacks.find((font) => openFontFile(font[face]).hasGlyphForCodePoint(cp));
      if (first) kept.add(first.family);
    });
  }
  return [brand, ...fallbacks.filter((font) => kept.has(font.family))];
}
