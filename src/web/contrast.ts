/**
 * Colour contrast as WCAG 2 defines it: relative luminance of sRGB colours, and the ratio
 * (L1 + 0.05) / (L2 + 0.05) from 1:1 to 21:1. Text needs 4.5:1 (3:1 when large) for level AA.
 */

/** WCAG AA for body text. */
export const AA_TEXT = 4.5;
/** WCAG AA for large text (18.66 px bold or 24 px) and for graphics and focus outlines. */
export const AA_LARGE = 3;

/**
 * Relative luminance of a #RRGGBB colour (WCAG 2.2, "relative luminance").
 * @param hex A colour as #RRGGBB.
 * @returns 0 (black) to 1 (white).
 */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const value = parseInt(hex.slice(at, at + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours.
 * @param a #RRGGBB.
 * @param b #RRGGBB.
 * @returns 1 to 21.
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * A ratio as people write it, rounded down so 4.499 never reads as passing: "4.4:1".
 * @param ratio A contrast ratio.
 * @returns E.g. "3.2:1".
 */
export function formatRatio(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}
