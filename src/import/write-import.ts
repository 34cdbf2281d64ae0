import { existsSync } from 'node:fs';
import { link, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { displayPath } from '../content/display-path.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { writeAtomic, WriteError } from '../output/write-atomic.js';
import { prepareHandout, type Project } from '../build/prepare.js';
import type { Readability } from '../lint/readability.js';
import type { PlannedImport } from './planned-import.js';
import type { ImportReport } from './refuse-import.js';

/** The new handout after the press's own checks. */
export interface CheckedImport {
  /** Where it goes (or would go, on a dry run). */
  path: string;
  /** Every problem the build would report, with the new file's name. */
  diagnostics: Diagnostic[];
  readability: Readability | null;
  /** The files written, relative to the working directory; none on a dry run or on errors. */
  written: string[];
}

/**
 * Check a planned handout exactly as `handouts build` would (read, parse, validate, glyph
 * check, lint), then write it and its images, unless it has errors or this is a dry run. The
 * check runs on a copy in a temporary folder, so nothing reaches the content folder until it
 * passes; the handout never replaces a file, and its images go to a folder of their own.
 * @param plan The planned handout.
 * @param project Surgeons and brands of the content folder.
 * @param options Today's date for lint, and whether to write.
 * @param to The imported file as named, and where a handout or image folder that already exists is reported (`import/exists`).
 * @returns The checks' result and what was written (its findings are the result, errors too), or null after reporting that nothing could be written.
 */
export async function checkAndWrite(plan: PlannedImport, project: Project, options: { today: string; dryRun: boolean }, to: ImportReport): Promise<CheckedImport | null> {
  const taken = (message: string): null => {
    to.report(diagnostic(to.file, undefined, message, 'import/exists'));
    return null;
  };
  const path = join(project.contentDir, 'handouts', `${plan.slug}.md`);
  const imageDir = join(project.contentDir, 'images', plan.slug);
  if (existsSync(path)) return taken(`${displayPath(path)} already exists; it was left as it is, and nothing was written. Import under another name with --slug`);
  if (plan.images.length > 0 && existsSync(imageDir)) return taken(`the images would go to ${displayPath(imageDir)}/, which already exists; it was left as it is, and nothing was written. Import under another name with --slug`);

  const staging = await mkdtemp(join(tmpdir(), 'handouts-import-'));
  try {
    const stagedPath = join(staging, 'handouts', `${plan.slug}.md`);
    await mkdir(join(staging, 'handouts'), { recursive: true });
    await writeFile(stagedPath, plan.markdown);
    for (const image of plan.images) {
      await mkdir(join(staging, 'images', plan.slug), { recursive: true });
      await writeFile(join(staging, 'images', plan.slug, image.name), image.bytes);
    }
    const staged: Project = { ...project, library: { ...project.library, contentDir: staging } };
    const prepared = await prepareHandout({ path: stagedPath, fileSlug: plan.slug }, staged, { today: options.today });
    const stagedName = displayPath(stagedPath);
    const shown = displayPath(path);
    const diagnostics = prepared.diagnostics.map((d) => ({ ...d, file: d.file === stagedName ? shown : d.file, message: d.message.split(staging).join(project.contentDir) }));
    const result: CheckedImport = { path, diagnostics, readability: prepared.readability, written: [] };
    if (options.dryRun || diagnostics.some((d) => d.severity === 'error')) return result;

    // The image folder did not exist before (checked above), so on any failure it goes
    // again as a whole: a handout is imported with all its pictures or not at all.
    let created = false;
    try {
      for (const image of plan.images) {
        const target = join(imageDir, image.name);
        await writeAtomic(target, image.bytes);
        result.written.push(displayPath(target));
      }
      created = await writeNewFile(path, plan.markdown);
    } finally {
      if (!created && plan.images.length > 0) await rm(imageDir, { recursive: true, force: true });
    }
    if (!created) return taken(`${shown} was created by someone else while importing; it was left as it is, and nothing was written`);
    result.written.push(shown);
    return result;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Write a whole file under a name that must not exist yet: a temporary file, hard-linked to
 * the name (which fails if the name exists), so a reader never sees half a handout.
 * @returns False when the name was taken.
 */
async function writeNewFile(path: string, text: string): Promise<boolean> {
  // A hidden name that does not end in .md, so a build never takes it for a handout.
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.import.tmp`);
  try {
    await writeAtomic(temp, text);
  } catch (error) {
    // Name the handout, not the temporary file.
    throw error instanceof WriteError ? new WriteError(path, error.cause) : error;
  }
  try {
    await link(temp, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}
