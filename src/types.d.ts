// Minimal typing for the part of fontkit the glyph check and word breaking use (fontkit ships no types).
declare module 'fontkit' {
  export interface Font {
    familyName: string;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): { advanceWidth: number };
  }
  export function openSync(path: string): Font;
}

// nspell ships no types; the spell checker only patches its prototype's `suggest`.
declare module 'nspell' {
  const nspell: unknown;
  export default nspell;
}

declare module 'linebreak' {
  /** foliojs's Unicode line breaking (UAX #14); only what the press uses. */
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): { position: number; required: boolean } | null;
  }
}
