import type { Paragraph, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { diagnostic } from '../../../diagnostics.js';
import { knownContainersList, placeOf, type BlockHandler, type ConvertContext, type DirectiveHandler, type KNOWN_CONTAINERS } from '../state.js';
import { callout } from './callout.js';
import { stat } from './stat.js';

/** One handler per known box name. */
const DIRECTIVES: Record<(typeof KNOWN_CONTAINERS)[number], DirectiveHandler> = { stat, warning: callout, note: callout };

/** A `:::name` box, handed to the handler for its name; an unknown name is reported. */
export const containerDirective: BlockHandler<'containerDirective'> = (node, state) => {
  const place = placeOf(node, state);
  if (!isClosed(node, state)) {
    state.report(
      diagnostic(state.file, place, `\`:::${node.name}\` is never closed, so it swallows the rest of the handout; add a line with \`:::\` where it ends`, 'markdown/unclosed-directive'),
    );
  }
  const handler = Object.hasOwn(DIRECTIVES, node.name) ? DIRECTIVES[node.name as keyof typeof DIRECTIVES] : undefined;
  if (!handler) {
    state.report(
      diagnostic(state.file, place, `\`:::${node.name}\` is not a known box (known: ${knownContainersList()}); its text would be lost`, 'markdown/unknown-directive'),
    );
    return null;
  }
  const [label, children] = splitLabel(node);
  return handler(node, { place, label, children }, state);
};

/** A `[label]` becomes the directive's first paragraph, flagged `directiveLabel`. */
function splitLabel(node: ContainerDirective): [Paragraph | null, RootContent[]] {
  const [first, ...rest] = node.children;
  if (first?.type === 'paragraph' && (first.data as { directiveLabel?: boolean } | undefined)?.directiveLabel) return [first, rest];
  return [null, node.children];
}

/** remark-directive lets an unclosed container run to the end of its parent; the last line tells. */
function isClosed(node: ContainerDirective, ctx: ConvertContext): boolean {
  const end = node.position?.end.offset;
  if (end === undefined) return true;
  const lineStart = ctx.body.lastIndexOf('\n', end - 1) + 1;
  return /^[ \t>]*:{3,}[ \t]*$/.test(ctx.body.slice(lineStart, end));
}
