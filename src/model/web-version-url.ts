/**
 * The address a handout's QR code encodes: its `web_url` (a brand's may say `{slug}`), with
 * the handout's version as `v`, so a scan says which printed version the reader holds and
 * the website can tell them when a newer one exists.
 * @param template The handout's or the brand's `web_url` (already checked to be http(s)), or undefined.
 * @param slug The handout's slug, for `{slug}`.
 * @param version The handout's `version`, if it has one.
 * @returns The address, or null when there is no `web_url`.
 */
export function webVersionUrl(template: string | undefined, slug: string, version: string | undefined): string | null {
  if (template === undefined) return null;
  const url = new URL(template.split('{slug}').join(slug));
  if (version !== undefined) url.searchParams.set('v', version);
  return url.href;
}

/**
 * The `web_url` template of a brand's published web pages: `<web_base>{slug}/`, the folder
 * where `handouts build --size web` puts each handout's `index.html` once `output/` is uploaded
 * to `web_base`.
 * @param base The brand's `web_base` (http(s)), or undefined.
 * @returns A template for `webVersionUrl`, or undefined when the brand has no `web_base`.
 */
export function webBaseTemplate(base: string | undefined): string | undefined {
  if (base === undefined) return undefined;
  return `${base.endsWith('/') ? base : `${base}/`}{slug}/`;
}
