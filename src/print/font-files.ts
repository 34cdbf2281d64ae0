import { createRequire } from 'node:module';

/**
 * The font files a brand may use. Each comes from an npm package that ships TTF files, so
 * nothing is downloaded at build time and no font file lives in this repository. Only the
 * paths: `fonts.ts` opens them with fontkit, and the web edition copies them.
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
