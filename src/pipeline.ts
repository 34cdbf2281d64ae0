import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { PLANNED_SIZES, DEFAULT_SIZES, SIZES } from '../templates/shared/sizes.js';
import { displayPath, loadBrands, loadSurgeons } from './content/load-library.js';
import { readText } from './content/read-text.js';
import { selectSources, type SourceRef } from './content/select-sources.js';
import { hasErrors, sortDiagnostics, UsageError, type Diagnostic } from './diagnostics.js';
import { buildDocument, type Library } from './model/build-document.js';
import type { HandoutDocument } from './model/document.js';
import { parseSource, type ParsedSource } from './model/parse-source.js';
import { packageRoot } from './package-root.js';
import { mergeManifest, readManifest, serializeManifest, MANIFEST_FILE, type ManifestHandout, type Manifest, type ManifestOutput } from './output/manifest.js';
import { outputPath } from './output/output-path.js';
import { writeAtomic } from './output/write-atomic.js';
import { checkSourceGlyphs, glyphChecker } from './render/glyph-coverage.js';
import { renderSize, type RenderedFile } from './render/render-size.js';

/** The press's own templates folder (brands live in `templates/brands/`). */
export const DEFAULT_TEMPLATES_DIR = join(packageRoot(), 'templates');

/** What to build and where. */
export interface BuildOptions {
  /** Content folder with `handouts/` and `surgeons/` (default `content`). */
  contentDir?: string;
  /** Templates folder with `brands/` (default: the press's own). */
  templatesDir?: string;
  /** Output folder (default `output`). */
  outDir?: string;
  /** Handout slugs or file paths; empty or absent means every handout. */
  inputs?: readonly string[];
  /** Sizes to build instead of each handout's own `sizes`. */
  sizes?: readonly string[];
  /** Validate only: write nothing. */
  check?: boolean;
  /** Print-shop edition: bleed in points on every side, with crop marks and TrimBox/BleedBox (default 0: none). */
  bleed?: number;
  /** Told about each step, for progress output; the library itself prints nothing. */
  onProgress?: (event: BuildEvent) => void;
}

/** Progress events, in order. */
export type BuildEvent =
  | { type: 'handout-start'; source: string }
  | { type: 'written'; file: string; size: string; pages: number; bytes: number };

/** What a build did. */
export interface BuildResult {
  /** Every problem found, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** Handouts that were built now. */
  built: ManifestHandout[];
  /** Paths of the files written, relative to the working directory. */
  written: string[];
  /** The manifest after the build (unchanged on `check`). */
  manifest: Manifest;
}

/** A handout that passed validation, with the sources its checks need. */
interface ReadyHandout {
  document: HandoutDocument;
  sizes: string[];
}

/**
 * Build handouts into PDFs: load, validate, check, render, write. Problems in one handout
 * never stop the others; a handout with errors writes nothing, so its previous PDFs stay.
 * @param options What to build and where.
 * @returns Diagnostics, what was built and the manifest.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const contentDir = resolve(options.contentDir ?? 'content');
  const templatesDir = resolve(options.templatesDir ?? DEFAULT_TEMPLATES_DIR);
  const outDir = resolve(options.outDir ?? 'output');
  const sizeOverride = options.sizes ? checkSizes(options.sizes) : undefined;

  const [project, refs] = await Promise.all([loadProject(contentDir, templatesDir), selectSources(contentDir, options.inputs ?? [])]);
  const { library, surgeonSources } = project;
  const diagnostics: Diagnostic[] = [...project.diagnostics];

  const ready: ReadyHandout[] = [];
  for (const ref of refs) {
    options.onProgress?.({ type: 'handout-start', source: displayPath(ref.path) });
    const prepared = await prepareHandout(ref, project);
    diagnostics.push(...prepared.diagnostics);
    if (prepared.document && !hasErrors(prepared.diagnostics)) {
      ready.push({ document: prepared.document, sizes: sizeOverride ?? prepared.document.sizes });
    }
  }
  diagnostics.push(...duplicateSlugs(ready));

  const previous = await readManifest(outDir);
  if (options.check) return { diagnostics: sortDiagnostics(dedupe(diagnostics)), built: [], written: [], manifest: previous };

  const built: ManifestHandout[] = [];
  const written: string[] = [];
  const bleed = options.bleed ?? 0;
  for (const { document, sizes } of ready) {
    // Render every size before writing any, so a failure leaves the old files whole.
    const rendered: Array<{ size: string; files: RenderedFile[] }> = [];
    for (const size of sizes) {
      const files = await renderSize(document, size, { bleed });
      if ('ruleId' in files) diagnostics.push(files);
      else rendered.push({ size, files });
    }
    if (rendered.length < sizes.length) continue;
    const outputs: ManifestOutput[] = [];
    for (const { size, files } of rendered) {
      for (const { edition, bytes, pages } of files) {
        const editionName = [edition, bleed > 0 ? 'bleed' : ''].filter(Boolean).join('-');
        const file = outputPath(document.slug, size, editionName);
        await writeAtomic(join(outDir, file), bytes);
        outputs.push({ size, ...(editionName && { edition: editionName }), file, pages, bytes: bytes.byteLength, sha256: sha256(bytes) });
        written.push(displayPath(join(outDir, file)));
        options.onProgress?.({ type: 'written', file: displayPath(join(outDir, file)), size, pages, bytes: bytes.byteLength });
      }
    }
    built.push({ slug: document.slug, title: document.meta.title, source: document.source, outputs });
  }
  const manifest = mergeManifest(previous, built);
  // A run that built nothing leaves the output folder exactly as it was.
  if (built.length > 0) await writeAtomic(join(outDir, MANIFEST_FILE), serializeManifest(manifest));
  return { diagnostics: sortDiagnostics(dedupe(diagnostics)), built, written, manifest };
}

/** Everything a handout may refer to, loaded once per run. */
export interface Project {
  library: Library;
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
  return {
    library: {
      surgeons: surgeonLoad.surgeons,
      brands: brandLoad.brands,
      sizes: Object.keys(SIZES),
      plannedSizes: PLANNED_SIZES,
      defaultBrand: 'vicoss',
      defaultSizes: DEFAULT_SIZES,
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
}

/**
 * Read, parse, validate and check one handout.
 * @param ref The handout file.
 * @param project Surgeons and brands.
 * @returns The document (or null) and every problem found.
 */
export async function prepareHandout(ref: SourceRef, project: Project): Promise<PreparedHandout> {
  const { library, surgeonSources } = project;
  const file = displayPath(ref.path);
  const text = await readText(ref.path, file);
  if (typeof text !== 'string') return { document: null, parsed: null, diagnostics: [text] };
  const parsed = parseSource(text, file);
  if (Array.isArray(parsed)) return { document: null, parsed: null, diagnostics: parsed };
  const document = buildDocument(parsed, library, ref.fileSlug);
  if (Array.isArray(document)) return { document: null, parsed, diagnostics: document };
  const checker = glyphChecker(document.brand.font);
  const diagnostics = checkSourceGlyphs(parsed, checker);
  const surgeonSource = document.surgeon ? surgeonSources.get(document.surgeon.id) : undefined;
  if (surgeonSource) diagnostics.push(...checkSourceGlyphs(surgeonSource, checker));
  return { document, parsed, diagnostics };
}

/** Two handouts with one slug would overwrite each other's PDFs. */
function duplicateSlugs(ready: readonly ReadyHandout[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const { document } of ready) {
    const other = seen.get(document.slug);
    if (other) {
      found.push({
        file: document.source,
        line: 1,
        column: 1,
        severity: 'error',
        message: `slug "${document.slug}" is already used by ${other}; give one of them another \`slug:\` or file name`,
        ruleId: 'reference/duplicate-slug',
      });
    } else seen.set(document.slug, document.source);
  }
  return found;
}

function checkSizes(sizes: readonly string[]): string[] {
  for (const size of sizes) {
    if (!(size in SIZES)) {
      const planned = (PLANNED_SIZES as readonly string[]).includes(size) ? 'is not supported yet' : 'is not a known size';
      throw new UsageError(`--size "${size}" ${planned} (supported: ${Object.keys(SIZES).join(', ')})`);
    }
  }
  return [...new Set(sizes)];
}

/** The same surgeon file may be checked for several handouts; report each problem once. */
function dedupe(list: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
