// Minimal typing for the part of fontkit the glyph check uses (fontkit ships no types).
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function openSync(path: string): Font;
}

// nspell ships no types; the spell checker only patches its prototype's `suggest`.
declare module 'nspell' {
  const nspell: unknown;
  export default nspell;
}
