import type { Link, LinkReference } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { placeOf } from '../../model/blocks/state.js';
import type { Finding, LintRule } from '../types.js';

/**
 * A link with no text: the PDF prints nothing where it is, so the address is lost on paper, and
 * on the web page it is an empty link that a screen reader announces as "link" and nothing more
 * (WCAG 2.4.4). An error, because what the author meant to share is not there.
 */
export const linkText: LintRule = {
  id: 'lint/link-text',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.tree, (node) => {
      if (node.type !== 'link' && node.type !== 'linkReference') return;
      const link = node as Link | LinkReference;
      if (toString(link).trim() !== '') return;
      const target = link.type === 'link' ? link.url : link.identifier;
      findings.push({
        place: placeOf(link, { lineOffset: parsed.bodyLineOffset }),
        message: `link to "${target}" has no text, so nothing is printed or read out for it; write what it leads to in the brackets, e.g. [Our clinic's web site](${target})`,
      });
    });
    return findings;
  },
};
