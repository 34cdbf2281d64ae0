import { join, resolve } from 'node:path';
import { SIZES, WEB_SIZE } from '../print/sizes.js';
import { prepareEach } from '../build/prepare-each.js';
import { displayPath } from '../content/display-path.js';
import { selectSources, type SourceRef } from '../content/select-sources.js';
import { diagnostic, DiagnosticSink, hasErrors, UsageError, type Diagnostic, type Report } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import { printSize } from '../output/print-size.js';
import { slugify } from '../model/slugify.js';
import { consultFileName } from './consult-file-name.js';
import { personalise } from './personal-lines.js';
import type { ConsultRequest } from './consult-request.js';
import { finishEmailEdition } from './email-edition.js';
import { writeNewFile } from './write-new-file.js';
import { runListCsv, runListFileName, type RunListRow } from './run-list.js';
import { CONSULT_FOLDER } from '../model/consult-folder.js';
import { SCREEN_EDITION } from '../print/print-options.js';

/** Where and how to make consult editions. */
export interface ConsultOptions {
  /** Content folder (default `content`). */
  contentDir?: string;
  /** Templates folder (default: the press's own). */
  templatesDir?: string;
  /** Output folder; the editions go to its `consult/` folder (default `output`). */
  outDir?: string;
  /** Sizes for requests that name none (default: each handout's first page size). */
  sizes?: readonly string[];
  /** Put the patient's name in the file name too. */
  nameInFile?: boolean;
  /** Today's date for the handouts' review-date checks (default: the clock). */
  today?: string;
  /** Problems already found in the requests (a clinic list's rows): nothing is written when one is an error. */
  problems?: readonly Diagnostic[];
  /** The clinic list's file name: a list of the files written, row by row, goes beside them. */
  runList?: string;
}

/** One written consult edition. Its file name holds the patient's name only with `nameInFile`. */
export interface ConsultFile {
  /** Path relative to the working directory (or absolute when outside it). */
  path: string;
  /** The path to print: `path` with the patient's name (if in it) replaced by `NAME`. */
  shownPath: string;
  /** The request's CSV row, or null on the command line. */
  row: number | null;
  size: string;
  pages: number;
  bytes: number;
}

/** What a consult run did. */
export interface ConsultResult {
  /** Problems with the handouts and the requests. Never a patient's details. */
  diagnostics: Diagnostic[];
  written: ConsultFile[];
  /** The list of the files written (with `runList`), relative to the working directory. */
  runList: string | null;
}

/**
 * Make personalised email editions: each request's handout with "Prepared for …" on the
 * cover and in the PDF's Subject, written to `<out>/consult/`. Nothing here touches the
 * manifest or the build cache, and no message carries a patient's details. When any
 * request or handout has an error nothing is written, so a corrected list can simply be
 * run again.
 * @param requests The editions to make.
 * @param options Folders, sizes, naming.
 * @returns What was written and every problem found.
 */
export async function buildConsult(requests: readonly ConsultRequest[], options: ConsultOptions = {}): Promise<ConsultResult> {
  const contentDir = resolve(options.contentDir ?? 'content');
  const consultDir = join(resolve(options.outDir ?? 'output'), CONSULT_FOLDER);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const sink = new DiagnosticSink();
  options.problems?.forEach(sink.report);
  if (requests.length === 0) return { diagnostics: sink.sorted(), written: [], runList: null };

  // 1. Which handout each request means.
  const all = await selectSources(contentDir, []);
  const refs = await Promise.all(requests.map((request) => resolveHandout(request, all, contentDir, sink.report)));

  // 2. Prepare each handout once, as the build's prepare stage does.
  const unique = [...new Map(refs.flatMap((ref) => (ref ? [[ref.path, ref] as const] : []))).values()];
  const prepared = await prepareEach(unique, { contentDir, templatesDir: options.templatesDir, today }, sink.report);
  const documents = new Map(prepared.map(({ ref, prepared: handout }) => [ref.path, handout.document && !hasErrors(handout.diagnostics) ? handout.document : null]));
  const { glyphChecker, missingCharacters, codePointLabel } = await import('../render/glyph-coverage.js');

  // 3. Check each request against its handout: sizes, and that the brand font can draw the details.
  const jobs: Array<{ request: ConsultRequest; document: HandoutDocument; size: string }> = [];
  requests.forEach((request, index) => {
    const ref = refs[index];
    const document = ref ? documents.get(ref.path) : null;
    if (!document) return;
    const where = (message: string) => reportRow(sink.report, request, message);
    const checker = glyphChecker(document.brand.font);
    for (const [field, text] of [['the name', request.personal.preparedFor], ['the note', request.personal.note ?? '']] as const) {
      const [missing] = missingCharacters(text, checker);
      // The character's code, not the character: it is part of a patient's details.
      if (missing) where(`${field} has a character that neither the brand font nor its fallback fonts can draw (${codePointLabel(missing)}), so it would print as garbage`);
    }
    for (const size of request.sizes ?? options.sizes ?? [defaultSize(document)]) {
      const profile = SIZES[size];
      if (size === WEB_SIZE) where(`size "web" is the web page, built for everyone with \`handouts build --size web\`, never with a patient's name (email sizes: ${emailSizes().join(', ')})`);
      else if (!profile) where(`size "${size}" is not a known size (email sizes: ${emailSizes().join(', ')})`);
      else if (profile.kind !== 'pages') where(`size "${size}" is imposed for printing and loses its links and bookmarks; a consult edition is read on screen (email sizes: ${emailSizes().join(', ')})`);
      else jobs.push({ request, document, size });
    }
  });
  if (sink.hasErrors()) return { diagnostics: sink.sorted(), written: [], runList: null };

  // 4. Render and write, one file per request and size.
  const written: ConsultFile[] = [];
  const listed: RunListRow[] = [];
  for (const { request, document, size } of jobs) {
    const personalised = personalise(document, request.personal);
    const files = await printSize(personalised, size, SCREEN_EDITION, sink.report);
    if (!files) continue;
    for (const file of files) {
      const bytes = await finishEmailEdition(file.bytes, document.meta.title);
      // A translation's file says its language, like its library PDFs (<slug>.<language>-…).
      const parts = { slug: document.translation ? `${document.slug}.${document.meta.language}` : document.slug, size, consultDate: request.personal.consultDate, name: options.nameInFile ? slugify(request.personal.preparedFor) || 'patient' : null };
      const { name, n } = await writeNewFile(consultDir, (n) => consultFileName(parts, n), bytes);
      const shown = parts.name === null ? name : consultFileName({ ...parts, name: 'NAME' }, n);
      written.push({ path: displayPath(join(consultDir, name)), shownPath: displayPath(join(consultDir, shown)), row: request.origin?.row ?? null, size, pages: file.pages, bytes: bytes.byteLength });
      if (request.origin) listed.push({ row: request.origin.row, handout: request.handout, size, file: name, preparedFor: options.nameInFile ? request.personal.preparedFor : null });
    }
  }
  let runList: string | null = null;
  if (options.runList !== undefined && listed.length > 0) {
    const text = new TextEncoder().encode(runListCsv(listed, options.nameInFile === true));
    const { name } = await writeNewFile(consultDir, (n) => runListFileName(options.runList ?? '', n), text);
    runList = displayPath(join(consultDir, name));
  }
  return { diagnostics: sink.sorted(), written, runList };
}

/** Find a request's handout by slug (or path, on the command line). */
async function resolveHandout(request: ConsultRequest, all: readonly SourceRef[], contentDir: string, report: Report): Promise<SourceRef | null> {
  if (request.language) {
    // A language means the handout's translation into it: \`<slug>.<language>.md\`.
    const wanted = `${request.handout}.${request.language}`.toLowerCase();
    const translation = all.find((ref) => ref.fileSlug.toLowerCase() === wanted);
    if (translation) return translation;
    const languages = all.filter((ref) => ref.fileSlug.startsWith(`${request.handout}.`)).map((ref) => ref.fileSlug.slice(request.handout.length + 1));
    reportRow(report, request, `no translation of "${request.handout}" into ${request.language} (${languages.length > 0 ? `translations: ${languages.join(', ')}` : 'it has no translations'}); a translation is content/handouts/${request.handout}.${request.language}.md`);
    return null;
  }
  const bySlug = all.find((ref) => ref.fileSlug === request.handout);
  if (bySlug) return bySlug;
  if (!request.origin) return (await selectSources(contentDir, [request.handout]))[0] ?? null;
  const known = all.map((ref) => ref.fileSlug).join(', ') || 'none';
  reportRow(report, request, `no handout "${request.handout}" (handouts: ${known})`);
  return null;
}

/** Report a problem with a request: at its CSV row, or as a usage error on the command line. */
function reportRow(report: Report, request: ConsultRequest, message: string): void {
  if (!request.origin) throw new UsageError(message);
  const { file, line, row } = request.origin;
  report(diagnostic(file, { line, column: 1 }, `row ${row}: ${message}`, 'consult/csv-row'));
}

/** The email edition's size when none is asked for: the handout's first page size, else A4. */
function defaultSize(document: HandoutDocument): string {
  return document.sizes.find((size) => SIZES[size]?.kind === 'pages') ?? 'a4';
}

function emailSizes(): string[] {
  return Object.values(SIZES)
    .filter((size) => size.kind === 'pages')
    .map((size) => size.id);
}
