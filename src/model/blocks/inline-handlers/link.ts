import type { Link, LinkReference } from 'mdast';
import { diagnostic } from '../../../diagnostics.js';
import type { Inline } from '../../document.js';
import { placeOf, sourceOf, type InlineHandler, type State } from '../state.js';

/** A `[text](address)` link. */
export const link: InlineHandler<'link'> = (node, state) => toLink(node, node.url, state);

/** A `[text][label]` link: its address comes from the definition; without one it is the text as written. */
export const linkReference: InlineHandler<'linkReference'> = (node, state) => {
  const definition = state.definitions.get(node.identifier.toLowerCase());
  if (definition) return toLink(node, definition.url, state);
  return { type: 'text', value: sourceOf(node, state) };
};

/**
 * A link, if its address is one a patient's PDF may carry: a web page, an email address, a
 * phone number, or a question of this handout (`#…`). Anything else is a located error:
 * `javascript:` or `file:` would be run or opened by some PDF viewers on the reader's machine,
 * and a relative path (`other.md`) leads nowhere once the PDF leaves the folder.
 */
function toLink(node: Link | LinkReference, url: string, state: State): Inline | null {
  const problem = linkProblem(url);
  if (problem) {
    state.report(diagnostic(state.file, placeOf(node, state), problem, 'markdown/link'));
    return null;
  }
  return { type: 'link', url, children: state.inlines(node.children) };
}

/** Link schemes a printed handout may use. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/**
 * Why a link address cannot go into a PDF, or null when it can.
 * @param url The address as written (entities already decoded by the parser).
 * @returns The problem, in words.
 */
export function linkProblem(url: string): string | null {
  // Viewers ignore white space and control characters in a scheme ("java\tscript:"), so do the same.
  const compact = url.replace(/[\u0000-\u0020\u007F]/g, '');
  if (compact.startsWith('#') && compact.length > 1) return null;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact)?.[1]?.toLowerCase();
  const shown = url.length > 60 ? `${url.slice(0, 57)}…` : url;
  if (scheme === undefined) {
    return `link "${shown}" is not a web address; a PDF cannot follow a path to a file once it leaves this folder. Write the full address (https://…), or mailto: or tel:`;
  }
  if (!LINK_SCHEMES.has(scheme)) {
    return `link "${shown}" uses "${scheme}:", which a PDF viewer could run or open on the reader's computer; only web (https://), email (mailto:) and phone (tel:) links are allowed`;
  }
  return null;
}
