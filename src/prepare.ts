import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SIZES, PLANNED_SIZES, SIZES } from '../templates/shared/sizes.js';
import { displayPath, loadBrands, loadSurgeons } from './content/load-library.js';
import { readText } from './content/read-text.js';
import type { SourceRef } from './content/select-sources.js';
import type { Diagnostic } from './diagnostics.js';
import { buildDocument, type Library } from './model/build-document.js';
import type { HandoutDocument } from './model/document.js';
import { imagePaths } from './model/image-paths.js';
import { parseSource, type ParsedSource } from './model/parse-source.js';
import { packageRoot } from './package-root.js';
import { checkSourceGlyphs, glyphChecker } from './render/glyph-coverage.js';
import { DEFAULT_DICTIONARY_DIR, lintHandout, loadWordLists, type LintSetting, type Readability, type WordLists } from './lint/index.js';
import { WORD_LIST_FILES } from './lint/word-lists.js';
import { WEB_SIZE } from './web/web-size.js';

/**
 * Preparing handouts: everything between a file and a validated, checked document.
 * This module pulls in the markdown, YAML and schema libraries, so the pipeline loads it
 * only when some handout actually needs preparing.
 */

/** The press's own templates folder (brands live in `templates/brands/`). */
export const DEFAULT_TEMPLATES_DIR = join(packageRoot(), 'templates');

/** Everything a handout may refer to, loaded once per run. */
export interface Project {
  library: Library;
  /** Word lists for lint: the content folder's `dictionary/`, else the press's own. */
  words: WordLists;
  /** The word-list files in use (they are inputs of every handout's checks). */
  wordFiles: string[];
  contentDir: string;
  templatesDir: string;
  /** Parsed surgeon files, for glyph checks of their bios. */
  surgeonSources: ReadonlyMap<string, ParsedSource>;
  /** Problems in surgeon and brand files. */
  diagnostics: Diagnostic[];
}

/**
 * Load surgeons and brands.
 * @param contentDir Absolute content folder.
 * @param templatesDir Absolute templates folder.
 * @returns The project.
 */
export async function loadProject(contentDir: string, templatesDir: string = DEFAULT_TEMPLATES_DIR): Promise<Project> {
  const [surgeonLoad, brandLoad] = await Promise.all([loadSurgeons(contentDir), loadBrands(templatesDir)]);
  const ownDictionary = join(resolve(contentDir), 'dictionary');
  const dictionary = existsSync(ownDictionary) ? ownDictionary : DEFAULT_DICTIONARY_DIR;
  return {
    words: loadWordLists(dictionary),
    wordFiles: Object.values(WORD_LIST_FILES).map((name) => join(dictionary, name)),
    contentDir: resolve(contentDir),
    templatesDir: resolve(templatesDir),
    library: {
      surgeons: surgeonLoad.surgeons,
      brands: brandLoad.brands,
      // The web page is built from the same document; it is a size a handout can ask for.
      sizes: [...Object.keys(SIZES), WEB_SIZE],
      plannedSizes: PLANNED_SIZES,
      defaultBrand: 'vicoss',
      defaultSizes: DEFAULT_SIZES,
      contentDir: resolve(contentDir),
    },
    surgeonSources: surgeonLoad.sources,
    diagnostics: [...surgeonLoad.diagnostics, ...brandLoad.diagnostics],
  };
}

/** A handout after reading and checking: its document (null when it has errors) and its parsed source. */
export interface PreparedHandout {
  document: HandoutDocument | null;
  parsed: ParsedSource | null;
  diagnostics: Diagnostic[];
  /** Files besides the handout that its PDFs and checks depend on: surgeon, brand, word lists (absolute paths). */
  deps: string[];
  /** Reading figures from lint, null when the handout has no running text or did not get that far. */
  readability: Readability | null;
}

/** How to check a handout. */
export interface PrepareOptions {
  /** Today's date (YYYY-MM-DD), for review-date checks. */
  today: string;
}

/**
 * Read, parse, validate and check one handout.
 * @param ref The handout file.
 * @param project Surgeons and brands.
 * @returns The document (or null) and every problem found.
 */
export async function prepareHandout(ref: SourceRef, project: Project, options: PrepareOptions): Promise<PreparedHandout> {
  const { library, surgeonSources } = project;
  const file = displayPath(ref.path);
  const text = await readText(ref.path, file);
  if (typeof text !== 'string') return { document: null, parsed: null, diagnostics: [text], deps: [], readability: null };
  const parsed = parseSource(text, file);
  if (Array.isArray(parsed)) return { document: null, parsed: null, diagnostics: parsed, deps: [], readability: null };
  const document = buildDocument(parsed, library, ref.fileSlug);
  if (Array.isArray(document)) return { document: null, parsed, diagnostics: document, deps: [], readability: null };
  const checker = glyphChecker(document.brand.font);
  const diagnostics = checkSourceGlyphs(parsed, checker);
  const surgeonSource = document.surgeon ? surgeonSources.get(document.surgeon.id) : undefined;
  if (surgeonSource) diagnostics.push(...checkSourceGlyphs(surgeonSource, checker));
  const lint = lintHandout(document, parsed, {
    today: options.today,
    // The handout's settings win over the brand's.
    config: Object.fromEntries(Object.entries({ ...document.brand.lint, ...document.meta.lint }).filter((entry): entry is [string, LintSetting] => entry[1] !== undefined)),
    readingTarget: document.brand.reading_target,
    words: project.words,
  });
  diagnostics.push(...lint.diagnostics);
  const deps = [join(project.templatesDir, 'brands', document.brand.id, 'brand.yaml'), ...project.wordFiles, ...documentImages(document)];
  if (document.surgeon) deps.unshift(join(project.contentDir, 'surgeons', `${document.surgeon.id}.md`));
  if (document.surgeon?.photoPath) deps.push(document.surgeon.photoPath);
  if (document.brand.logoPath) deps.push(document.brand.logoPath);
  return { document, parsed, diagnostics, deps, readability: lint.readability };
}


/** Every image file a handout prints (they are inputs of its PDFs). */
function documentImages(document: HandoutDocument): string[] {
  return imagePaths([...document.intro, ...document.sections.flatMap((section) => section.blocks)]);
}
