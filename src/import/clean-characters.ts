import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Characters changed on import, only where the change is unambiguous. Word's smart quotes and
 * dashes (`’`, `“ ”`, `–`) are left as written: they are the clinic's typography, and the
 * brand font draws them. Characters the font lacks are left for the glyph check, which reports
 * them as the build would.
 */
const CLEAN_UPS: Array<{ pattern: RegExp; replacement: string; what: string }> = [
  // A no-break space from Word or `&nbsp;`: the press decides line breaks itself.
  { pattern: /[\u00a0\u202f]/g, replacement: ' ', what: 'non-breaking space(s) made plain spaces' },
  // Soft hyphens are invisible until a line breaks there; the press hyphenates nothing.
  { pattern: /\u00ad/g, replacement: '', what: 'soft hyphen(s) removed' },
  // Zero-width spaces and stray byte-order marks are never meant to be seen.
  { pattern: /[\u200b\ufeff]/g, replacement: '', what: 'zero-width space(s) removed' },
];

/**
 * Clean text nodes in place.
 * @param tree The converted body.
 * @returns One line per kind of change, with its count ("3 soft hyphen(s) removed").
 */
export function cleanCharacters(tree: Root): string[] {
  const counts = new Map<string, number>();
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode' && node.type !== 'code') return;
    let value = node.value;
    for (const { pattern, replacement, what } of CLEAN_UPS) {
      const found = value.match(pattern)?.length ?? 0;
      if (found === 0) continue;
      counts.set(what, (counts.get(what) ?? 0) + found);
      value = value.replace(pattern, replacement);
    }
    node.value = value;
  });
  return CLEAN_UPS.filter(({ what }) => counts.has(what)).map(({ what }) => `${counts.get(what)} ${what}`);
}

/**
 * The same clean-ups on one string (a title, a subtitle), without counting.
 * @param text The text.
 * @returns The cleaned text.
 */
export function cleanText(text: string): string {
  return CLEAN_UPS.reduce((value, { pattern, replacement }) => value.replace(pattern, replacement), text);
}
