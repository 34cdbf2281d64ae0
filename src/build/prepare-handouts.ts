import type { RenderPool } from '../batch/worker-pool.js';
import { displayPath } from '../content/display-path.js';
import type { SourceRef } from '../content/select-sources.js';
import { hasErrors } from '../diagnostics.js';
import type { Readability } from '../lint/readability.js';
import type { HandoutDocument } from '../model/document.js';
import { REVIEW_NOTICE_DAYS } from '../model/house-defaults.js';
import { sizesFor } from '../print/print-options.js';
import type { BuildContext, ReadyHandout } from './context.js';
import { prepareEach } from './prepare-each.js';
import type { ModeledHandout, TranslationState } from './prepare.js';
import { refuseDuplicateSlugs } from './refuse-duplicate-slugs.js';
import { sizesToRender } from './render.js';
import type { FreshHandout } from './skip-fresh.js';

/** What the prepare stage gives the later ones, and the build's report. */
export interface Prepared {
  /** Handouts that passed their checks, to render. */
  ready: ReadyHandout[];
  /** Handouts with errors (or a slug another one already uses): nothing of theirs is written. */
  failed: string[];
  /** Reading figures by source file, for the handouts prepared. */
  readability: Record<string, Readability | null>;
  /** Translations prepared, by file, with their state against their source. */
  translations: Record<string, TranslationState>;
  /** Handouts prepared that are not in English, by file: what lint did not check. */
  languageNotes: Record<string, string>;
}

/**
 * Stage 3, prepare: read, validate and check each handout that is not fresh, and work out
 * its cache entry. Problems in one handout never stop the others; one with errors is failed.
 * Two handouts with one slug would overwrite each other's PDFs: the later one fails too.
 * Given a render pool, each handout's renders are handed to it as soon as its document is built,
 * so they run while this thread lints it (and the next ones); the renders of a handout that then
 * fails are dropped, so nothing of it is written.
 * @param context The build.
 * @param freshness The fresh handouts (their slugs are taken) and the stale ones to prepare.
 * @param pool Where renders may start early (see `startRenderPool`), or null.
 * @returns The handouts ready to render, the failed ones, and their reading figures and notes.
 */
export async function prepareHandouts(context: BuildContext, freshness: { fresh: readonly FreshHandout[]; stale: readonly SourceRef[] }, pool: RenderPool | null = null): Promise<Prepared> {
  const result: Prepared = { ready: [], failed: [], readability: {}, translations: {}, languageNotes: {} };
  // Each handout whose document was built, with its cache entry, before its lint.
  const modeled = new Map<SourceRef, ReadyHandout>();
  const onModeled = async (ref: SourceRef, handout: ModeledHandout) => {
    if (!handout.document || hasErrors(handout.diagnostics)) return;
    const ready = await readyHandout(context, ref, handout.document, handout.deps);
    modeled.set(ref, ready);
    // The id is the render stage's to give; an early task is found again by document and size.
    if (pool) for (const size of await sizesToRender(context, ready)) pool.early({ id: -1, document: ready.document, size, print: context.print });
  };
  const prepared = freshness.stale.length > 0 ? await prepareWithSavedSpelling(context, freshness.stale, onModeled) : [];
  for (const { ref, source, prepared: handout } of prepared) {
    result.readability[source] = handout.readability;
    if (handout.translationState) result.translations[source] = handout.translationState;
    if (handout.languageNote) result.languageNotes[source] = handout.languageNote;
    const ready = modeled.get(ref);
    if (!ready || hasErrors(handout.diagnostics)) {
      if (ready) pool?.drop(ready.document);
      result.failed.push(source);
      continue;
    }
    ready.entry.diagnostics = handout.diagnostics;
    ready.entry.readability = handout.readability;
    result.ready.push(ready);
  }
  const clashing = refuseDuplicateSlugs(freshness.fresh, result.ready, context.diagnostics.report);
  for (const handout of result.ready) if (clashing.has(handout.source)) pool?.drop(handout.document);
  result.failed.push(...result.ready.filter((r) => clashing.has(r.source)).map((r) => r.source));
  result.ready = result.ready.filter((r) => !clashing.has(r.source));
  return result;
}

/**
 * Prepare handouts with the spell checker's answers from the build cache, and put the answers
 * it has after back in the cache, so the next run checks words it has met without building
 * the dictionary's word table (0.25 s for English).
 */
async function prepareWithSavedSpelling(context: BuildContext, stale: readonly SourceRef[], onModeled: (ref: SourceRef, handout: ModeledHandout) => Promise<void>) {
  const { rememberSpellingAnswers, spellingAnswers } = await import('../lint/spell-checker.js');
  rememberSpellingAnswers(context.cache.spelling ?? {});
  const prepared = await prepareEach(stale, context, context.diagnostics.report, onModeled);
  context.cache.spelling = spellingAnswers();
  return prepared;
}

/** A handout whose document is built, with its cache entry (its findings are added after its lint). */
async function readyHandout(context: BuildContext, ref: SourceRef, document: HandoutDocument, deps: string[]): Promise<ReadyHandout> {
  const source = displayPath(ref.path);
  const previous = context.cache.entries[source];
  return {
    ref,
    source,
    document,
    sizes: sizesFor(context.print, document.sizes),
    entry: {
      inputHash: await context.inputHash(ref.path, deps),
      deps,
      sizes: document.sizes,
      slug: document.slug,
      title: document.meta.title,
      ...(document.translation && { translation: { language: document.meta.language, of: document.translation.of } }),
      diagnostics: [],
      readability: null,
      recheckFrom: recheckFrom(document),
      outputs: previous?.slug === document.slug ? previous.outputs : {},
    },
  };
}

/** Review dates make the checks change over time: recheck from the review notice before `review_due`. */
function recheckFrom(document: HandoutDocument): string | null {
  const due = document.meta.review_due;
  if (!due) return null;
  const date = new Date(`${due}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - REVIEW_NOTICE_DAYS);
  return date.toISOString().slice(0, 10);
}
