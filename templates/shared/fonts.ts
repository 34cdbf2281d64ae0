import { createRequire } from 'node:module';
import { Font } from '@react-pdf/renderer';
import { openSync, type Font as FontFile } from 'fontkit';
import { breakBetweenCharacters } from './break-between-characters.js';

/**
 * Brand fonts. Each comes from an npm package that ships TTF files, so nothing is
 * downloaded at build time and no font file lives in this repository.
 */

const require = createRequire(import.meta.url);

/** The four faces of a font family, as TTF file paths. */
export interface FontFaces {
  family: string;
  regular: string;
  bold: string;
  italic: string;
  boldItalic: string;
}

/** Fonts a brand may name in `font:`. */
export const FONTS: Record<string, FontFaces> = {
  // Designed by the Braille Institute for low-vision readers: clear 1/l/I and 0/O.
  'atkinson-hyperlegible': {
    family: 'Atkinson Hyperlegible',
    regular: require.resolve('@expo-google-fonts/atkinson-hyperlegible/400Regular/AtkinsonHyperlegible_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/atkinson-hyperlegible/700Bold/AtkinsonHyperlegible_700Bold.ttf'),
    italic: require.resolve('@expo-google-fonts/atkinson-hyperlegible/400Regular_Italic/AtkinsonHyperlegible_400Regular_Italic.ttf'),
    boldItalic: require.resolve('@expo-google-fonts/atkinson-hyperlegible/700Bold_Italic/AtkinsonHyperlegible_700Bold_Italic.ttf'),
  },
};

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
 * A font for the characters a brand font lacks. react-pdf picks a font per character from a
 * `fontFamily` list: the brand font first, then these in order, so a patient's name or a
 * handout's text in another script prints in a font made for it instead of as garbage.
 * Each is embedded and subset like the brand font, and only when a character uses it.
 */
export interface FallbackFont extends FontFaces {
  /** What it is there for, for messages and the README. */
  covers: string;
  /** BCP 47 tags of the languages written in its script (their documents try it first). */
  languages?: readonly string[];
}

/**
 * Fallback fonts, tried in this order after the brand font. More scripts (Chinese, Arabic,
 * Devanagari…) go here as further entries; since a script's font is only read when a
 * document is rendered, and only embedded when used, each costs a handout that does not
 * need it almost nothing.
 */
export const FALLBACK_FONTS: readonly FallbackFont[] = [
  // Noto Sans covers Latin with every extension (Vietnamese's stacked accents, Polish,
  // Romanian, Turkish…), Greek and Cyrillic: names on a clinic list in those scripts print.
  {
    family: 'Noto Sans',
    covers: 'Latin Extended (Vietnamese and the rest), Greek and Cyrillic',
    regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
    bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
    italic: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
    boldItalic: require.resolve('@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
  },
  ...scriptFonts(),
];

/**
 * Fonts for scripts Noto Sans lacks, one per script, each with the languages written in it.
 * These fonts have no italic: the upright faces stand in (Chinese, Arabic and the Indic
 * scripts do not use italics; emphasis there is the bold face or the author's words).
 * Chinese fonts are large (10 MB) but only the characters a PDF uses are embedded.
 */
function scriptFonts(): FallbackFont[] {
  const upright = (family: string, pkg: string, file: string, covers: string, languages: string[]): FallbackFont => {
    const regular = require.resolve(`@expo-google-fonts/${pkg}/400Regular/${file}_400Regular.ttf`);
    const bold = require.resolve(`@expo-google-fonts/${pkg}/700Bold/${file}_700Bold.ttf`);
    return { family, covers, languages, regular, bold, italic: regular, boldItalic: bold };
  };
  return [
    upright('Noto Sans SC', 'noto-sans-sc', 'NotoSansSC', 'Simplified Chinese', ['zh-Hans', 'zh-CN', 'zh-SG', 'zh']),
    upright('Noto Sans TC', 'noto-sans-tc', 'NotoSansTC', 'Traditional Chinese', ['zh-Hant', 'zh-TW', 'zh-HK', 'zh-MO', 'yue']),
    upright('Noto Sans Arabic', 'noto-sans-arabic', 'NotoSansArabic', 'Arabic', ['ar', 'fa', 'ur']),
    upright('Noto Sans Devanagari', 'noto-sans-devanagari', 'NotoSansDevanagari', 'Devanagari (Hindi, Marathi, Nepali)', ['hi', 'mr', 'ne']),
    upright('Noto Sans Gurmukhi', 'noto-sans-gurmukhi', 'NotoSansGurmukhi', 'Gurmukhi (Punjabi)', ['pa']),
  ];
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

const registered = new Set<string>();

/**
 * Register a brand font and the fallback fonts with react-pdf, once per process.
 * @param id A key of `FONTS`.
 * @param language The document's language (see `fontStack`).
 * @returns The family names to use as `fontFamily`: the brand's first, then the fallbacks.
 */
export function registerFont(id: string, language?: string): string[] {
  const stack = fontStack(id, language);
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
  if (word.length <= 24) return [word];
  const count = Math.ceil(word.length / 12);
  return Array.from({ length: count }, (_, i) => word.slice(Math.round((i * word.length) / count), Math.round(((i + 1) * word.length) / count)));
}

Font.registerHyphenationCallback(breakOverlongWord);
