import type { Diagnostic, Report } from '../diagnostics.js';
import { outputKey as handoutKey } from '../output/output-path.js';
import type { ReadyHandout } from './context.js';
import type { FreshHandout } from './skip-fresh.js';

/**
 * Two handouts with one slug would overwrite each other's PDFs, as would two translations of
 * one handout into one language: report each later one.
 * @param fresh Handouts skipped as up to date (their slugs are taken first).
 * @param ready Handouts prepared in this run.
 * @param report Where the clashes go.
 * @returns The source files that clash with an earlier handout.
 */
export function refuseDuplicateSlugs(fresh: readonly FreshHandout[], ready: readonly ReadyHandout[], report: Report): Set<string> {
  const clashes = duplicateSlugs([
    ...fresh.map(({ entry, source }) => ({ slug: entry.slug, language: entry.translation?.language, source })),
    ...ready.map((r) => ({ slug: r.document.slug, language: r.entry.translation?.language, source: r.source })),
  ]);
  for (const d of clashes) report(d);
  return new Set(clashes.map((d) => d.file));
}

function duplicateSlugs(handouts: ReadonlyArray<{ slug: string; language?: string | undefined; source: string }>): Diagnostic[] {
  const seen = new Map<string, string>();
  const found: Diagnostic[] = [];
  for (const { slug, language, source } of handouts) {
    // vi and vi-VN are one language for a reader: the region does not make a second translation.
    const key = handoutKey(slug, language?.toLowerCase().replace(/-([a-z]{2}|\d{3})(?=-|$)/g, ''));
    const other = seen.get(key);
    if (other && other !== source) {
      const message = language
        ? `a second translation of "${slug}" into ${language}: ${other} is one already; keep one translation per language`
        : `slug "${slug}" is already used by ${other}; give one of them another \`slug:\` or file name`;
      found.push({ file: source, line: 1, column: 1, severity: 'error', message, ruleId: language ? 'translation/duplicate' : 'reference/duplicate-slug' });
    } else seen.set(key, source);
  }
  return found;
}
