import type { HandoutDocument } from '../model/document.js';
import { documentCodePoints } from '../print/document-code-points.js';
import { FALLBACK_FONTS, FONTS, type FontFaces } from '../print/font-files.js';
import { fallbacksFor, openFontFile } from '../print/fonts.js';

/** A script's font shipped with the web pages, for the characters of its Unicode blocks only. */
export interface WebScriptFont {
  faces: FontFaces;
  /** CSS `unicode-range`: a browser downloads the font only for a page with a character in it. */
  unicodeRange: string;
}

/**
 * The scripts whose fonts are shipped with the pages (`assets/fonts/`), as the PDFs use them:
 * Devanagari (Hindi) and Gurmukhi (Punjabi). Their fonts are small enough (216 and 57 KB a
 * face) and some systems lack them (a Linux desktop without Noto shows boxes). Chinese (Noto
 * Sans SC is 11 MB a face), Vietnamese and Greek (Noto Sans, 616 KB a face) come from the
 * reader's system, which has them on every phone and computer (README, "The web edition").
 */
export const WEB_SCRIPT_FONTS: readonly WebScriptFont[] = [
  { family: 'Noto Sans Devanagari', unicodeRange: 'U+0900-097F, U+A8E0-A8FF' },
  { family: 'Noto Sans Gurmukhi', unicodeRange: 'U+0A00-0A7F' },
].map(({ family, unicodeRange }) => {
  const faces = FALLBACK_FONTS.find((font) => font.family === family);
  if (!faces) throw new Error(`web-fonts: no fallback font "${family}"`);
  return { faces, unicodeRange };
});

/**
 * The font families a page's text is set in (its `--font`; the stylesheet adds `system-ui,
 * sans-serif` after them). The brand font when it draws every letter of the page; otherwise
 * the Noto families the PDFs use, the language's first: the shipped ones (`WEB_SCRIPT_FONTS`)
 * load from the assets, the others are used when the reader's system has them, else the
 * system's own font for the script. Leaving the brand font out when it lacks letters keeps a
 * word in one font: Vietnamese "bệnh" would otherwise mix two fonts inside one word.
 * @param document The handout.
 * @returns A CSS font-family list.
 */
export function webFontFamilies(document: HandoutDocument): string {
  const brand = FONTS[document.brand.font];
  if (!brand) return 'system-ui';
  const font = openFontFile(brand.regular);
  const missing = [...documentCodePoints(document)].some((cp) => LETTER.test(String.fromCodePoint(cp)) && !font.hasGlyphForCodePoint(cp));
  if (!missing) return `"${brand.family}"`;
  const primary = document.meta.language.split('-')[0];
  // Only the language's own fonts (and Noto Sans for its Latin): a family named here is
  // downloaded for any character in its range, and the links to the other languages name
  // them in their scripts ("हिन्दी"), which the reader's system fonts draw instead.
  return fallbacksFor(document.meta.language)
    .filter((fallback) => fallback.family === 'Noto Sans' || fallback.languages?.some((tag) => tag.split('-')[0] === primary))
    .map((fallback) => `"${fallback.family}"`)
    .join(', ');
}

// Letters and the marks on them; a symbol the brand font lacks is drawn from another font on its own.
const LETTER = /^[\p{L}\p{M}]$/u;
