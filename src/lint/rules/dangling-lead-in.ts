import type { Nodes } from 'mdast';
import { isComment } from '../../model/blocks/state.js';
import { quoteEnd } from '../text-search.js';
import type { LintRule } from '../types.js';

// What can follow a lead-in: a list, a box (`:::stat`, `:::note`), a table, a quote or code.
const LEAD_IN_CONTENT = new Set(['list', 'containerDirective', 'table', 'blockquote', 'code']);

/**
 * A sentence ending in ":" ("such as:") with no list or box after it: the list it promises
 * was lost (often when copying from a web page).
 */
export const danglingLeadIn: LintRule = {
  id: 'lint/dangling-lead-in',
  check({ prose }) {
    return prose.units
      .filter((unit) => unit.kind === 'paragraph' && /:\s*$/.test(unit.text))
      .filter((unit) => {
        const next = unit.parent.children.slice(unit.index + 1).find((node) => !isAuthorComment(node as Nodes));
        return !next || !LEAD_IN_CONTENT.has(next.type);
      })
      .map((unit) => {
        const last = unit.sentences.at(-1);
        const start = last?.start ?? 0;
        return {
          place: unit.placeAt(start),
          message: `${quoteEnd(unit.text.slice(start))} leads in to a list, but no list follows; add the list under it, or end the sentence with a full stop`,
        };
      });
  },
};

function isAuthorComment(node: Nodes): boolean {
  return node.type === 'html' && isComment(node.value);
}
