/**
 * Turn text into a slug: ASCII letters and digits, lower case, single hyphens
 * ("Lumbar fusion: what to expect" → "lumbar-fusion-what-to-expect", "Zoë O'Brien" → "zoe-obrien").
 * @param text Any text.
 * @param maxLength Longest slug wanted: a longer one is cut at the last hyphen that fits.
 * @returns The slug; '' when nothing usable is left (e.g. text with no Latin letters).
 */
export function slugify(text: string, maxLength = Infinity): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, maxLength);
}
