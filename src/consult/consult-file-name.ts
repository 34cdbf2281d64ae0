/**
 * The file name of a consult edition: `<slug>-<size>-<consult date>[-<name>][-<n>].pdf`.
 * The patient's name is in it only when asked for (`--name-in-file`): file names end up in
 * folder listings, backups and mail logs.
 * @param parts The handout slug, size, consult date, and the name (already a slug) when it belongs in the file name.
 * @param n 1 for the first file of that name; 2, 3… tell apart several (e.g. two patients on one day).
 * @returns A file name.
 */
export function consultFileName(parts: { slug: string; size: string; consultDate: string; name: string | null }, n: number): string {
  return `${[parts.slug, parts.size, parts.consultDate, parts.name ?? '', n > 1 ? String(n) : ''].filter(Boolean).join('-')}.pdf`;
}
