import { readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseYaml } from '../content/parse-yaml.js';
import { readText } from '../content/read-text.js';
import { splitFrontMatter } from '../content/split-front-matter.js';
import { DEFAULT_LANGUAGE } from '../model/house-defaults.js';
import { WEB_SIZE } from '../print/sizes.js';

/**
 * The languages a leaflet's web pages are in: the source's and each translation's, for the
 * links between them ("This leaflet in other languages"). Read from the content folder, so
 * a page links to every sibling whatever order a build makes them in, and a page's cache key
 * can name them (a translation added or removed makes its siblings' pages again).
 */

/** One web page of a leaflet. */
export interface PageLanguage {
  /** Its BCP 47 tag (`en-AU`, `vi`). */
  language: string;
  /** Set for a translation's page (`<slug>/<language>/index.html`); null for the source's (`<slug>/index.html`). */
  translation: string | null;
}

/**
 * Every web page of the leaflet a handout file belongs to, the source's first, then the
 * translations by tag. A translation is `<slug>.<language>.md` beside its source `<slug>.md`
 * (the file name is checked against its front matter); a file whose own `sizes` leave out
 * `web` has no page, unless the run asks for the web size itself. (Sizes a brand gives are
 * not read here: a leaflet whose pages come from its brand's sizes has them all or none.)
 * @param handoutPath The handout file (the source or a translation; absolute).
 * @param slug The leaflet's slug (a translation's is its source's).
 * @param runSizes The sizes the run asks for (`--size`), empty when each handout's own.
 * @returns The pages, or [] when the source is not there.
 */
export async function pageLanguages(handoutPath: string, slug: string, runSizes: readonly string[] = []): Promise<PageLanguage[]> {
  const folder = dirname(handoutPath);
  const names = (await readdir(folder).catch(() => [] as string[])).sort();
  const source = await frontMatter(join(folder, `${slug}.md`));
  if (!source) return [];
  // A file's own sizes decide; a translation with none has its source's.
  const hasPage = (meta: Record<string, unknown>, otherwise: boolean) => {
    const sizes = meta['sizes'];
    return runSizes.length > 0 ? runSizes.includes(WEB_SIZE) : Array.isArray(sizes) ? sizes.includes(WEB_SIZE) : otherwise;
  };
  const sourceHasPage = hasPage(source, true);
  const pages: PageLanguage[] = sourceHasPage ? [{ language: String(source['language'] ?? DEFAULT_LANGUAGE), translation: null }] : [];
  const pattern = new RegExp(`^${slug.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.md$`);
  for (const name of names) {
    const language = pattern.exec(basename(name))?.[1];
    if (!language) continue;
    if (!hasPage((runSizes.length > 0 ? null : await frontMatter(join(folder, name))) ?? {}, sourceHasPage)) continue;
    pages.push({ language, translation: language });
  }
  return pages;
}

/**
 * A language's name in that language ("Tiếng Việt", "简体中文"), from Node's own ICU data:
 * the same on every machine whatever its locale or time zone.
 * @param language A BCP 47 tag.
 * @returns The name, or the tag when Intl has none.
 */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

// Problems in a file are its own check's to report; here they only mean "names nothing".
const ignore = () => {};

// The front matter's fields, read as a build reads them (BOM and line ends normalised, the
// failsafe YAML schema), or null when the file cannot be read; one that does not parse names nothing.
async function frontMatter(path: string): Promise<Record<string, unknown> | null> {
  const text = await readText(path, path, ignore);
  if (text === null) return null;
  const split = splitFrontMatter(text, path, ignore);
  const data = split && parseYaml(split.yaml, split.yamlStartLine, path, ignore)?.data;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}
