import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_SIZES, PLANNED_SIZES, SIZES, WEB_SIZE } from '../print/sizes.js';
import { displayPath } from '../content/display-path.js';
import { loadBrands, loadSurgeons } from '../library/load-library.js';
import { readText } from '../content/read-text.js';
import { loadMessageLibrary, MESSAGES_DIR } from '../content/load-messages.js';
import { selectSources, type SourceRef } from '../content/select-sources.js';
import { diagnostic, hasErrors, type Diagnostic, type Place, type Report } from '../diagnostics.js';
import { checkTranslation, isStale } from '../model/check-translation.js';
import { buildDocument, type Library } from '../library/build-document.js';
import type { HandoutDocument } from '../model/document.js';
import { imagePaths } from '../model/image-paths.js';
import { parseSource, type ParsedSource } from '../content/parse-source.js';
import { packageRoot } from '../package-root.js';
import { checkSourceGlyphs, glyphChecker } from '../render/glyph-coverage.js';
import { DEFAULT_DICTIONARY_DIR, lintHandout, loadWordLists, type Readability, type WordLists } from '../lint/index.js';
import type { LintSetting } from '../model/lint-config.js';
import { WORD_LIST_FILES } from '../lint/word-lists.js';
import { DEFAULT_BRAND } from '../model/house-defaults.js';

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
  /** Handouts in their own language by slug (translations are looked up here), with their files. */
  sources: ReadonlyMap<string, SourceRef>;
}

/**
 * Load surgeons and brands.
 * @param contentDir Absolute content folder.
 * @param report Where problems in surgeon, brand and message files are reported (surgeons', then brands', then messages').
 * @param templatesDir Absolute templates folder.
 * @returns The project.
 */
export async function loadProject(contentDir: string, report: Report, templatesDir: string = DEFAULT_TEMPLATES_DIR): Promise<Project> {
  // A content folder without handouts/ has no sources to translate from: `handouts import`
  // starts one; `build` reports the missing folder itself, when it selects what to build.
  const hasHandouts = await stat(join(resolve(contentDir), 'handouts')).then((found) => found.isDirectory(), () => false);
  // Surgeons and brands load side by side: each keeps its problems until both are done, so they are reported in a fixed order.
  const surgeonProblems: Diagnostic[] = [];
  const brandProblems: Diagnostic[] = [];
  const [surgeonLoad, brands, refs] = await Promise.all([
    loadSurgeons(contentDir, (d) => surgeonProblems.push(d)),
    loadBrands(templatesDir, (d) => brandProblems.push(d)),
    hasHandouts ? selectSources(resolve(contentDir), []) : Promise.resolve([]),
  ]);
  [...surgeonProblems, ...brandProblems].forEach(report);
  const messages = await loadMessageLibrary(templatesDir, brands.keys(), report);
  const ownDictionary = join(resolve(contentDir), 'dictionary');
  const dictionary = existsSync(ownDictionary) ? ownDictionary : DEFAULT_DICTIONARY_DIR;
  return {
    words: loadWordLists(dictionary),
    wordFiles: Object.values(WORD_LIST_FILES).map((name) => join(dictionary, name)),
    contentDir: resolve(contentDir),
    templatesDir: resolve(templatesDir),
    library: {
      surgeons: surgeonLoad.surgeons,
      brands,
      // The web page is built from the same document; it is a size a handout can ask for.
      sizes: [...Object.keys(SIZES), WEB_SIZE],
      plannedSizes: PLANNED_SIZES,
      defaultBrand: DEFAULT_BRAND,
      defaultSizes: DEFAULT_SIZES,
      contentDir: resolve(contentDir),
      messages,
    },
    surgeonSources: surgeonLoad.sources,
    sources: await sourcesBySlug(refs),
  };
}

/**
 * The handouts that are not translations (no dot in the file name), by slug: the front
 * matter's \`slug:\` when it has one, else the file name.
 */
async function sourcesBySlug(refs: readonly SourceRef[]): Promise<Map<string, SourceRef>> {
  const found = new Map<string, SourceRef>();
  for (const ref of refs) {
    if (ref.fileSlug.includes('.')) continue;
    // A quick look at the front matter only; the file is checked (and its problems reported) when it is built.
    const text = await readText(ref.path, displayPath(ref.path), () => {});
    const slug = text !== null ? /^---\r?\n(?:[^\n]*\n)*?slug:\s*["']?([a-z0-9-]+)["']?\s*$/m.exec(text)?.[1] : undefined;
    found.set(slug ?? ref.fileSlug, ref);
  }
  return found;
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
  /** For a handout not in English: what lint did not check (for its report). */
  languageNote?: string | null;
  /** For a translation: its state against its source (for \`handouts lint\`). */
  translationState?: TranslationState;
}

/** A translation's state, as \`handouts lint\` lists it. */
export interface TranslationState {
  language: string;
  of: string;
  /** The source version it was made from. */
  sourceVersion: string;
  /** current: made from the source's version; stale: the source has moved on; error: it has errors. */
  state: 'current' | 'stale' | 'error';
  /** The source's version now, when known. */
  currentVersion?: string;
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
  return lintModeled(await modelHandout(ref, project), project, options);
}

/**
 * A handout read, parsed and built into its document, with the problems found so far, before the
 * lint: the document is final here (the lint only reads it), so its renders may start.
 */
export type ModeledHandout = PreparedHandout & { readability: null };

/**
 * Read, parse and validate one handout into its document: everything `prepareHandout` does
 * except the lint (`lintModeled`).
 * @param ref The handout file.
 * @param project Surgeons and brands.
 * @returns The document (or null), its dependencies and the problems found so far.
 */
export async function modelHandout(ref: SourceRef, project: Project): Promise<ModeledHandout> {
  const { library, surgeonSources } = project;
  const file = displayPath(ref.path);
  const problems: Diagnostic[] = [];
  const text = await readText(ref.path, file, (d) => problems.push(d));
  const parsed = text === null ? null : parseSource(text, file, (d) => problems.push(d));
  if (!parsed) return { document: null, parsed: null, diagnostics: problems, deps: [], readability: null };
  const document = buildDocument(parsed, library, ref.fileSlug, (d) => problems.push(d));
  const data = (parsed.data ?? {}) as Record<string, unknown>;
  const claimed = typeof data['translation_of'] === 'string' ? { language: String(data['language'] ?? ''), of: data['translation_of'], sourceVersion: String(data['source_version'] ?? '') } : undefined;
  if (!document) return { document: null, parsed, diagnostics: problems, deps: [], readability: null, ...(claimed && { translationState: { ...claimed, state: 'error' as const } }) };
  const checker = glyphChecker(document.brand.font);
  const diagnostics = checkSourceGlyphs(parsed, checker);
  const sourceDeps: string[] = [];
  if (document.translation) {
    const checked = await checkAgainstSource(document, parsed, project, (d) => diagnostics.push(d));
    if (checked === null) return { document: null, parsed, diagnostics, deps: [], readability: null, ...(claimed && { translationState: { ...claimed, state: 'error' as const } }) };
    sourceDeps.push(...checked);
  }
  const translation = document.translation;
  const translationState: TranslationState | undefined = translation
    ? { language: document.meta.language, of: translation.of, sourceVersion: translation.sourceVersion, state: translation.staleAgainst ? 'stale' : 'current', currentVersion: translation.staleAgainst ?? translation.sourceVersion }
    : undefined;
  if (document.messages.checkedBy === '' && !/^en(-|$)/i.test(document.meta.language)) {
    diagnostics.push(
      diagnostic(file, parsed.placeOfKey(['language']), `the press's own words in ${document.messages.language} ("${document.messages.texts['page_of']}"…) are not yet checked by a professional translator; when they are, record who in \`checked_by\` of templates/brands/${document.brand.id}/messages/${document.messages.language}.yaml`, 'i18n/unchecked-messages', 'warning'),
    );
  }
  const surgeonSource = document.surgeon ? surgeonSources.get(document.surgeon.id) : undefined;
  if (surgeonSource) diagnostics.push(...checkSourceGlyphs(surgeonSource, checker));
  const deps = [join(project.templatesDir, 'brands', document.brand.id, 'brand.yaml'), ...project.wordFiles, ...documentImages(document), ...sourceDeps, ...messageFiles(project, document)];
  if (document.surgeon) deps.unshift(join(project.contentDir, 'surgeons', `${document.surgeon.id}.md`));
  if (document.surgeon?.photoPath) deps.push(document.surgeon.photoPath);
  if (document.brand.logoPath) deps.push(document.brand.logoPath);
  return { document, parsed, diagnostics, deps, readability: null, ...(translationState && { translationState }) };
}

/**
 * The lint of a handout `modelHandout` built: its findings join the problems found so far.
 * @param modeled The handout as built.
 * @param project The word lists.
 * @param options Today's date.
 * @returns The handout prepared.
 */
export function lintModeled(modeled: ModeledHandout, project: Project, options: PrepareOptions): PreparedHandout {
  const { document, parsed } = modeled;
  if (!document || !parsed) return modeled;
  const lint = lintHandout(document, parsed, {
    today: options.today,
    // The handout's settings win over the brand's.
    config: Object.fromEntries(Object.entries({ ...document.brand.lint, ...document.meta.lint }).filter((entry): entry is [string, LintSetting] => entry[1] !== undefined)),
    readingTarget: document.brand.reading_target,
    words: project.words,
  });
  return { ...modeled, diagnostics: [...modeled.diagnostics, ...lint.diagnostics], readability: lint.readability, languageNote: lint.languageNote };
}

/**
 * Check a translation against its source: the source exists, is not a translation, has a
 * version, has the same shape (\`checkTranslation\`), and is still at the version translated
 * (else the translation is stale: a warning, and its footer says which version it is from).
 * @param report Where problems in the translation are reported.
 * @returns The source's file (an input of its checks), or null when the translation has errors (reported).
 */
async function checkAgainstSource(document: HandoutDocument, parsed: ParsedSource, project: Project, report: Report): Promise<string[] | null> {
  const translation = document.translation!;
  const file = document.source;
  const ofPlace = parsed.placeOfKey(['translation_of']);
  const refuse = (place: Place | undefined, message: string): null => {
    report(diagnostic(file, place, message, 'translation/source'));
    return null;
  };
  const sourceRef = project.sources.get(translation.of);
  if (!sourceRef) {
    const known = [...project.sources.keys()].sort().join(', ') || 'none';
    return refuse(ofPlace, `translation_of "${translation.of}" names no handout (handouts: ${known})`);
  }
  const sourceFile = displayPath(sourceRef.path);
  // The source's own problems are reported when it is built; here, only whether it has any matters.
  const text = await readText(sourceRef.path, sourceFile, () => {});
  const sourceParsed = text === null ? null : parseSource(text, sourceFile, () => {});
  const source = sourceParsed === null ? null : buildDocument(sourceParsed, project.library, sourceRef.fileSlug, () => {});
  if (!source) return refuse(ofPlace, `its source ${sourceFile} has errors; fix them first, then the translation is checked against it`);
  if (source.meta.language.toLowerCase() === document.meta.language.toLowerCase()) {
    return refuse(parsed.placeOfKey(['language']), `a translation into ${document.meta.language}, the language its source ${sourceFile} is already in`);
  }
  const version = source.meta.version;
  if (version === undefined) {
    return refuse(ofPlace, `its source ${sourceFile} has no \`version\`, so the press cannot tell when this translation goes stale; give the source a version`);
  }
  // The shape check's findings are its result; each is reported, and an error refuses the translation.
  const findings = checkTranslation(document, source);
  findings.forEach(report);
  // A translation comes in every size its source does, unless it lists its own.
  if (document.meta.sizes === undefined) document.sizes = [...source.sizes];
  if (isStale(version, translation.sourceVersion)) {
    translation.staleAgainst = version;
    report(
      diagnostic(file, parsed.placeOfKey(['source_version']), `stale translation: made from version ${translation.sourceVersion} of ${sourceFile}, which is now at version ${version}; have the changes translated, then set \`source_version: "${version}"\` (its PDFs say "translated from version ${translation.sourceVersion}" until then)`, 'translation/stale', 'warning'),
    );
  }
  return hasErrors(findings) ? null : [sourceRef.path];
}

/** The catalogue files a document's words come from (inputs of its PDFs). */
function messageFiles(project: Project, document: HandoutDocument): string[] {
  const language = document.messages.language;
  return [join(MESSAGES_DIR, `${language}.yaml`), join(project.templatesDir, 'brands', document.brand.id, 'messages', `${language}.yaml`)];
}

/** Every image file a handout prints (they are inputs of its PDFs). */
function documentImages(document: HandoutDocument): string[] {
  return imagePaths([...document.intro, ...document.sections.flatMap((section) => section.blocks)]);
}
