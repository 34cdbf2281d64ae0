import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { placeOf } from '../../model/blocks/state.js';
import type { Finding, LintRule } from '../types.js';

/**
 * A heading that skips a level (a `####` straight under a `##` question, or a `###` before the
 * first question, under the title): the web page's outline, which screen-reader users move
 * through by level, then has a gap, and so has a tagged PDF's outline of headings (WCAG 1.3.1;
 * PDF/UA, Matterhorn 14-003).
 * The title counts as level 1 and each `##` question as level 2.
 */
export const headingLevels: LintRule = {
  id: 'lint/heading-levels',
  check({ parsed }) {
    const findings: Finding[] = [];
    let previous = 1;
    visit(parsed.tree, 'heading', (heading: Heading) => {
      if (heading.depth > previous + 1) {
        const wanted = '#'.repeat(previous + 1);
        findings.push({
          place: placeOf(heading, { lineOffset: parsed.bodyLineOffset }),
          message: `heading "${toString(heading)}" is level ${heading.depth} (${'#'.repeat(heading.depth)}) after level ${previous}${previous === 1 ? ' (the title)' : ''}, so it skips a level; use ${wanted}`,
        });
      }
      previous = heading.depth;
    });
    return findings;
  },
};
