import { startRenderPool } from './batch/render-pool.js';
import { checkFit } from './build/check-fit.js';
import { createBuildContext, type BuildContext } from './build/context.js';
import type { BuildOptions } from './build/build-options.js';
import { prepareHandouts, type Prepared } from './build/prepare-handouts.js';
import { recordBuild } from './build/record.js';
import { renderHandouts, type Rendered } from './build/render.js';
import { selectHandouts } from './build/select.js';
import { skipFresh, type FreshHandout } from './build/skip-fresh.js';
import { handoutWriter } from './build/write.js';
import { readManifest, type Manifest, type ManifestHandout } from './output/manifest.js';
import type { Diagnostic } from './diagnostics.js';
import type { Readability } from './lint/readability.js';
import type { TranslationState } from './build/prepare.js';

export type { BuildEvent, BuildOptions } from './build/build-options.js';

/** What a build did. */
export interface BuildResult {
  /** Every problem found, sorted by file and line. */
  diagnostics: Diagnostic[];
  /** Handouts whose PDFs are up to date after this run (built now or already). */
  built: ManifestHandout[];
  /** Paths of the files written, relative to the working directory. */
  written: string[];
  /** Handouts skipped because nothing they depend on changed. */
  skipped: string[];
  /** Handouts that failed. */
  failed: string[];
  /** Reading figures by source file, for the handouts checked or skipped in this run. */
  readability: Record<string, Readability | null>;
  /** The manifest after the build (unchanged on `check`). */
  manifest: Manifest;
  /** Translations checked in this run, by file, with their state against their source. */
  translations: Record<string, TranslationState>;
  /** Handouts checked in this run that are not in English, by file: what lint did not check. */
  languageNotes: Record<string, string>;
}

/**
 * Build handouts into PDFs, in six stages that each take the one build context:
 * select → skip-fresh → prepare → render → write → record. Problems in one handout never
 * stop the others; a handout with errors writes nothing, so its previous PDFs stay. A
 * handout whose inputs have not changed since the last build into the same folder is
 * skipped without being parsed.
 * @param options What to build and where.
 * @returns Diagnostics, what was built and the manifest.
 */
export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const context = await createBuildContext(options);
  const refs = await selectHandouts(context);
  const { fresh, stale, mayRender } = await skipFresh(context, refs);
  if (context.check) {
    const prepared = await prepareHandouts(context, { fresh, stale });
    const tooWide = await checkFit(context, prepared.ready);
    return { ...findings(context, fresh, prepared), built: [], written: [], skipped: [], failed: [...prepared.failed, ...tooWide], manifest: await readManifest(context.outDir) };
  }
  // Render workers start now and render each handout as soon as its document is built, while
  // this thread lints it and prepares the next (see `prepareHandouts`).
  const pool = mayRender ? startRenderPool(context.jobs, context.recycleAfter) : null;
  let prepared: Prepared;
  let rendered: Rendered;
  try {
    prepared = await prepareHandouts(context, { fresh, stale }, pool);
    // Writing happens inside rendering: each handout is written as soon as all its sizes are done.
    rendered = await renderHandouts(context, prepared.ready, { selected: refs.length, skipped: fresh.length }, handoutWriter(context), pool);
  } finally {
    await pool?.close();
  }
  const { built, failed, manifest } = await recordBuild(context, { fresh, ready: prepared.ready, failed: prepared.failed, rendered });
  return { ...findings(context, fresh, prepared), built, written: rendered.written, skipped: fresh.map((handout) => handout.source), failed, manifest };
}

/** The part of a build's result every run has: its problems, and what the checks found per handout. */
function findings(context: BuildContext, fresh: readonly FreshHandout[], prepared: Prepared): Pick<BuildResult, 'diagnostics' | 'readability' | 'translations' | 'languageNotes'> {
  return {
    diagnostics: context.diagnostics.sorted(),
    // Skipped handouts keep the figures of their last check.
    readability: { ...Object.fromEntries(fresh.map(({ source, entry }) => [source, entry.readability])), ...prepared.readability },
    translations: prepared.translations,
    languageNotes: prepared.languageNotes,
  };
}
