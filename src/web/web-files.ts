import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { HandoutDocument } from '../model/document.js';
import { imagePaths } from '../model/image-paths.js';
import type { ManifestOutput } from '../output/manifest.js';
import { writeAtomic } from '../output/write-atomic.js';
import { FONTS } from '../print/font-files.js';
import type { LanguageLink } from './languages-html.js';
import { pageHref } from './downloads-html.js';
import { pageHtml } from './page-html.js';
import type { PageLanguage } from './page-languages.js';
import { fontAssetPath, stylesheet } from './stylesheet.js';
import { WEB_SCRIPT_FONTS } from './web-fonts.js';
import { outputRoot, WEB_STYLESHEET, webPageFolder, webPagePath } from './web-size.js';

/** A file of the web edition, relative to the output folder. */
export interface WebFile {
  file: string;
  bytes: Uint8Array;
}

/** The shared assets folder, once per output folder. */
export const ASSETS_FOLDER = 'assets';

/**
 * A handout's web page and the images it shows, copied beside it as `img-<hash>.<ext>`
 * (named by content, so a changed picture gets a new name and no stale cached copy), and the
 * brand's logo, copied into the shared assets as `logo-<brand>-<hash>.<ext>`.
 * A translation's page is `<slug>/<language>/index.html`, with its own copies of its images.
 * @param document The validated handout.
 * @param outputs Its files as the manifest lists them (the PDFs the page links to).
 * @param languages Every page of the leaflet (`pageLanguages`), for the links between them.
 * @returns The page first, then its images.
 */
export async function webPageFiles(document: HandoutDocument, outputs: readonly ManifestOutput[], languages: readonly PageLanguage[] = []): Promise<WebFile[]> {
  const translation = document.translation ? document.meta.language : undefined;
  const folder = webPageFolder(document.slug, translation);
  const images = new Map<string, string>();
  const imageFiles: WebFile[] = [];
  // Images are read before the page is written, so the page can name them by their hash.
  for (const path of imagePathsOf(document)) {
    const bytes = new Uint8Array(await readFile(path));
    const name = `img-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${extname(path).toLowerCase()}`;
    images.set(path, name);
    imageFiles.push({ file: `${folder}/${name}`, bytes });
  }
  // The brand's logo is shared by every page of the brand, so it goes with the shared assets.
  const logo = document.brand.logoPath;
  if (logo) {
    const bytes = new Uint8Array(await readFile(logo));
    const name = `logo-${document.brand.id}-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}${extname(logo).toLowerCase()}`;
    images.set(logo, `${outputRoot(folder)}${ASSETS_FOLDER}/${name}`);
    imageFiles.push({ file: `${ASSETS_FOLDER}/${name}`, bytes });
  }
  const html = pageHtml(document, {
    outputs,
    languages: languageLinks(document.slug, folder, translation ?? null, languages),
    imageUrl: (path) => {
      const name = images.get(path);
      if (!name) throw new Error(`webPageFiles: image ${path} was not collected`);
      return name;
    },
  });
  return [{ file: webPagePath(document.slug, translation), bytes: new TextEncoder().encode(html) }, ...dedupeFiles(imageFiles)];
}

// The leaflet's other pages, relative to this one: `vi/index.html` from the source's page,
// `../index.html` and `../zh-Hans/index.html` from a translation's.
function languageLinks(slug: string, folder: string, self: string | null, languages: readonly PageLanguage[]): LanguageLink[] {
  return languages
    .filter(({ translation }) => translation !== self)
    .map(({ language, translation }) => ({ language, href: pageHref(folder, webPagePath(slug, translation ?? undefined)) }));
}

/**
 * The assets every web page of an output folder shares: the stylesheet, the brand fonts and
 * the script fonts shipped for Hindi and Punjabi pages (`WEB_SCRIPT_FONTS`).
 * @returns Files under `assets/`.
 */
export async function webAssetFiles(): Promise<WebFile[]> {
  const fonts = Object.values(FONTS);
  const files: WebFile[] = [{ file: WEB_STYLESHEET, bytes: new TextEncoder().encode(stylesheet(fonts, WEB_SCRIPT_FONTS)) }];
  const paths = [...fonts.flatMap((font) => [font.regular, font.bold, font.italic, font.boldItalic]), ...WEB_SCRIPT_FONTS.flatMap(({ faces }) => [faces.regular, faces.bold])];
  for (const path of paths) {
    files.push({ file: `${ASSETS_FOLDER}/${fontAssetPath(path)}`, bytes: new Uint8Array(await readFile(path)) });
  }
  return files;
}

// Every image file the page shows: in the handout's blocks and the surgeon's photo and bio.
function imagePathsOf(document: HandoutDocument): string[] {
  const blocks = [...document.intro, ...document.sections.flatMap((section) => section.blocks), ...(document.surgeon?.bio ?? [])];
  return [...new Set([...imagePaths(blocks), ...(document.surgeon?.photoPath ? [document.surgeon.photoPath] : [])])];
}

function dedupeFiles(files: readonly WebFile[]): WebFile[] {
  const seen = new Set<string>();
  return files.filter(({ file }) => !seen.has(file) && (seen.add(file), true));
}

/**
 * Write the shared assets into an output folder, leaving files that already hold the same
 * bytes untouched (so a rebuild does not touch what a web server has cached).
 * @param outDir The output folder.
 * @returns The files written, relative to the output folder.
 */
export async function writeWebAssets(outDir: string): Promise<string[]> {
  const written: string[] = [];
  for (const { file, bytes } of await webAssetFiles()) {
    const path = join(outDir, file);
    const current = await readFile(path).catch(() => null);
    if (current && Buffer.compare(current, bytes) === 0) continue;
    await writeAtomic(path, bytes);
    written.push(file);
  }
  return written;
}

/** The name the press gives an image copied beside a page. */
const COPIED_IMAGE = /^img-[0-9a-f]{16}\.(?:png|jpe?g)$/;

/**
 * Remove images an earlier build copied beside a handout's page that its new page no longer
 * shows (a picture changed or was taken out). Only files named as the press names copies are
 * touched.
 * @param outDir The output folder.
 * @param folder The page's folder (`webPageFolder`): each page tidies its own, so a
 *   translation's page never removes a picture its source's page shows, nor the other way round.
 * @param keep The files of the new page, relative to the output folder.
 */
export async function removeStaleImages(outDir: string, folder: string, keep: readonly WebFile[]): Promise<void> {
  const kept = new Set(keep.map(({ file }) => file));
  const names = await readdir(join(outDir, folder)).catch(() => []);
  await Promise.all(names.filter((name) => COPIED_IMAGE.test(name) && !kept.has(`${folder}/${name}`)).map((name) => rm(join(outDir, folder, name), { force: true })));
}
