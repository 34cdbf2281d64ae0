import type { HandoutDocument } from '../model/document.js';

const scanned = new WeakMap<object, ReadonlySet<number>>();

/**
 * Every character a document may print, for choosing its fonts (`documentFontStack`): the
 * code points of every string in it (front matter, blocks, surgeon, brand, the message
 * catalogue, a patient's details). File paths and ids come too; a character there can only
 * add a font, never leave one out. The template and the renderer both ask, so a document is
 * scanned once (by object: a consult edition's copy with a patient's name is scanned anew).
 * @param document The handout.
 * @returns Its code points.
 */
export function documentCodePoints(document: HandoutDocument): ReadonlySet<number> {
  const cached = scanned.get(document);
  if (cached) return cached;
  const found = new Set<number>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const char of value) found.add(char.codePointAt(0)!);
    } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !seen.has(value)) {
      seen.add(value);
      for (const item of Array.isArray(value) ? value : Object.values(value)) visit(item);
    }
  };
  visit(document);
  scanned.set(document, found);
  return found;
}
