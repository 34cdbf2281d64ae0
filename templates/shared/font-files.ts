import { createRequire } from 'node:module';

/**
 * The font files a brand may use. Each comes from an npm package that ships TTF files, so
 * nothing is downloaded at build time and no font file lives in this repository. Kept apart
 * from `fonts.ts` (which registers them with react-pdf) so the web edition can copy them
 * without loading react-pdf.
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
  /** The scripts it is there for (documentation, and the key a choice by language would use). */
  covers: string;
}

/**
 * Fallback fonts, tried in this order after the brand font. More scripts (Chinese, Arabic,
 * Devanagari…) go here as further entries. A fallback is embedded only in a PDF that uses
 * it, but react-pdf loads every font of the stack for every document (Noto Sans: about 3.5 ms
 * of parsing a face), so a large font (a CJK one is 10-20 MB) should be chosen per handout
 * by its `language` rather than added to every stack.
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
];
