import type { Heading } from 'mdast';
import { visit } from 'unist-util-visit';
import { placeOf } from '../../model/markdown-to-blocks.js';
import type { Finding, LintRule } from '../types.js';

/**
 * A heading that skips a level (a `##` question followed by `####`). Screen readers list the
 * headings of a tagged PDF as an outline; a skipped level reads as a missing section (PDF/UA,
 * Matterhorn 14-003).
 */
export const headingLevels: LintRule = {
  id: 'lint/heading-levels',
  description: 'heading that skips a level (## then ####)',
  defaultSeverity: 'warning',
  check({ parsed }) {
    const findings: Finding[] = [];
    // The title is the document's only level-1 heading.
    let previous = 1;
    visit(parsed.tree, 'heading', (node: Heading) => {
      if (node.depth > previous + 1) {
        const hashes = '#'.repeat(node.depth);
        const fix = '#'.repeat(previous + 1);
        findings.push({
          place: placeOf(node, { lineOffset: parsed.bodyLineOffset }),
          message: `heading level skips from ${previous} to ${node.depth} (\`${hashes}\` under \`${'#'.repeat(previous)}\`); use \`${fix}\` so screen readers see no missing section`,
        });
      }
      previous = node.depth;
    });
    return findings;
  },
};
