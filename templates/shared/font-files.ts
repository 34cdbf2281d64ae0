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

