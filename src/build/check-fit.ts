import { SIZES } from '../print/sizes.js';
import type { BuildContext, ReadyHandout } from './context.js';

/**
 * What `--check` does instead of rendering: report what rendering would refuse and can be
 * known without rendering (a table too wide for a size).
 * @param context The build.
 * @param ready The handouts that passed their checks.
 * @returns The source files of those that would not render.
 */
export async function checkFit(context: BuildContext, ready: readonly ReadyHandout[]): Promise<string[]> {
  // Loaded lazily, like rendering: a build that writes PDFs checks this per render instead.
  const { checkTablesFit } = await import('../render/table-fit.js');
  const failed: string[] = [];
  for (const handout of ready) {
    // A page size has a width to fit; the web page (no page profile) lets a table scroll.
    const tooWide = handout.sizes.flatMap((size) => {
      const profile = SIZES[size];
      return profile ? checkTablesFit(handout.document, profile) : [];
    });
    for (const d of tooWide) context.diagnostics.report(d);
    if (tooWide.length > 0) failed.push(handout.source);
  }
  return failed;
}
