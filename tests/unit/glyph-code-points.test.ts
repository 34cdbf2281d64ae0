import { openSync } from 'fontkit';
import { describe, expect, test } from 'vitest';
import { FONTS } from '../../src/print/font-files.js';

// fontkit caches glyphs by id. A glyph first met as a component of a composite glyph ("O" inside
// "Ö") was cached with no characters, and every later use of it said it stood for nothing: react-pdf
// lost the letter in layout (react-pdf #3404) and the PDF's ToUnicode map had an empty entry
// (fontkit #154). patches/fontkit+2.0.4.patch fills the characters in when they become known.
describe('glyph code points', () => {
  test.each(Object.values(FONTS).flatMap((faces) => [faces.regular, faces.bold, faces.italic, faces.boldItalic]))(
    'a letter first drawn inside an accented letter still maps to itself (%s)',
    (path) => {
      // A fresh font object: the cache must start empty for the order to matter.
      const font = openSync(path) as unknown as {
        glyphForCodePoint(codePoint: number): { path: unknown };
        layout(text: string): { glyphs: Array<{ codePoints: number[] }> };
      };
      void font.glyphForCodePoint(0xd6).path; // "Ö": decoding it caches its component "O" first
      expect(font.layout('O').glyphs.map((glyph) => glyph.codePoints)).toEqual([[0x4f]]);
    },
  );
});
