import { displayPath } from '../content/display-path.js';
import type { SourceRef } from '../content/select-sources.js';
import type { Report } from '../diagnostics.js';
import type { ModeledHandout, PreparedHandout } from './prepare.js';

/** Where handouts are prepared from: the folders and the date their checks run on. */
export interface PrepareSettings {
  /** Content folder (absolute). */
  contentDir: string;
  /** Templates folder (the press's own when absent). */
  templatesDir: string | undefined;
  /** Today's date (YYYY-MM-DD), for review-date checks. */
  today: string;
}

/** One handout after preparing. */
export interface PreparedRef {
  ref: SourceRef;
  /** Its path relative to the working directory. */
  source: string;
  prepared: PreparedHandout;
}

/**
 * Load the project (surgeons, brands, word lists) and read, validate and check each handout,
 * reporting every problem found: the part of preparing that builds and consult editions share.
 * The parsing libraries are loaded here, on first use: a build with nothing to prepare never
 * pays for them.
 * @param refs The handouts, each once.
 * @param settings Folders and today's date.
 * @param report Where problems go (the project's first, then each handout's in order).
 * @param onModeled Called with each handout's document as soon as it is built, before its lint
 * (a build starts its renders there, so they run while the lint does).
 * @returns Each handout with what preparing it gave, in the order given.
 */
export async function prepareEach(refs: readonly SourceRef[], settings: PrepareSettings, report: Report, onModeled?: (ref: SourceRef, modeled: ModeledHandout) => Promise<void>): Promise<PreparedRef[]> {
  const { loadProject, modelHandout, lintModeled } = await import('./prepare.js');
  const project = await loadProject(settings.contentDir, report, settings.templatesDir);
  const results: PreparedRef[] = [];
  for (const ref of refs) {
    const modeled = await modelHandout(ref, project);
    await onModeled?.(ref, modeled);
    const prepared = lintModeled(modeled, project, { today: settings.today });
    for (const d of prepared.diagnostics) report(d);
    results.push({ ref, source: displayPath(ref.path), prepared });
  }
  // Each spell checker holds a whole dictionary (tens of MB): rendering need not carry them.
  (await import('../lint/spell-checker.js')).releaseSpellCheckers();
  return results;
}
