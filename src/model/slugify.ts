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

/**
 * A slug not yet taken, for ids that must be unique in one page: the slug of the text, or
 * `fallback` when it has none, then `-2`, `-3`… on a repeat. Section ids are made here, so a
 * question has one id in the PDF's links and bookmarks and on the web page ("What's a
 * réduction?" → "whats-a-reduction" everywhere).
 * @param text The text to name (a question's heading).
 * @param taken Ids already given in this page; the new one is added.
 * @param fallback The base used when the text has no letters a slug can keep.
 * @returns The id.
 */
export function uniqueSlug(text: string, taken: Set<string>, fallback: string): string {
  const base = slugify(text) || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
