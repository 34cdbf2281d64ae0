import { quote } from '../text-search.js';
import type { LintRule } from '../types.js';

/** A question heading with nothing under it before the next one. */
export const emptySection: LintRule = {
  id: 'lint/empty-section',
  check({ document }) {
    return document.sections
      .filter((section) => section.blocks.length === 0)
      .map((section) => ({
        place: section.place,
        message: `heading ${quote(section.title)} has nothing under it; write the answer, or remove the heading`,
      }));
  },
};
