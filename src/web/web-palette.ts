import type { Brand } from '../model/document.js';
import { iconPalette, mixColours, type IconPalette } from '../print/icon-array-geometry.js';
import { AA_TEXT, contrastRatio } from './contrast.js';

/** The colours of a web page in one colour scheme. */
export interface SchemeColours {
  background: string;
  text: string;
  /** Headings, links, the filled icons. */
  primary: string;
  muted: string;
  /** Background of statistics, note and warning boxes. */
  tint: string;
  accent: string;
  icons: IconPalette;
}

/** Light and dark colours of a brand's web pages. */
export interface WebPalette {
  light: SchemeColours;
  dark: SchemeColours;
}

const WHITE = '#FFFFFF';
/** A dark grey rather than black: less glare, and brand tints mixed into it stay visible. */
const DARK_BACKGROUND = '#16181C';

/**
 * The brand's colours for the web: as they are on a white page (the brand check guarantees
 * they reach WCAG AA there), and a dark scheme derived from them for readers whose system
 * is set to dark, each colour lightened just enough to keep 4.5:1 on the dark background.
 * @param brand The brand.
 * @returns Both schemes.
 */
export function webPalette(brand: Pick<Brand, 'colors'>): WebPalette {
  const c = brand.colors;
  const light: SchemeColours = { background: WHITE, text: c.text, primary: c.primary, muted: c.muted, tint: c.tint, accent: c.accent, icons: iconPalette(brand) };
  const tint = mixColours(c.primary, DARK_BACKGROUND, 0.18);
  const readable = (colour: string) => lightenUntil(colour, [DARK_BACKGROUND, tint], AA_TEXT + 0.3);
  const primary = readable(c.primary);
  const muted = readable(c.muted);
  const dark: SchemeColours = {
    background: DARK_BACKGROUND,
    text: readable(mixColours(c.text, WHITE, 0.1)),
    primary,
    muted,
    tint,
    accent: readable(c.accent),
    // The same three steps as on paper: solid, a lighter shade under hatching, and an outline.
    icons: { filled: primary, span: mixColours(primary, tint, 0.35), hatch: primary, empty: tint, emptyStroke: mixColours(muted, tint, 0.8) },
  };
  return { light, dark };
}

// Mix towards white in small steps until the colour reaches the ratio on every background.
function lightenUntil(colour: string, backgrounds: readonly string[], ratio: number): string {
  for (let white = 0; white <= 1; white += 0.05) {
    const candidate = mixColours(colour, WHITE, 1 - white);
    if (backgrounds.every((background) => contrastRatio(candidate, background) >= ratio)) return candidate;
  }
  return WHITE;
}
