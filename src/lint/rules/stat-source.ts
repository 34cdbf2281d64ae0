import { allBlocks } from '../../model/all-blocks.js';
import type { LintRule } from '../types.js';

/** A `:::stat` box with no `source`: a figure a patient cannot check (PIF, DISCERN). */
export const statSource: LintRule = {
  id: 'lint/stat-source',
  check({ document }) {
    return allBlocks(document).flatMap((block) =>
      block.type === 'stat' && block.source === null
        ? [
            {
              place: block.place,
              message: `the figure ${block.value.text} has no source; add where it comes from, e.g. \`:::stat{value="${block.value.text}" source="Author et al. 2020"}\``,
            },
          ]
        : [],
    );
  },
};
