import type { DirectiveHandler } from '../state.js';

/** A `:::warning` or `:::note` box: an optional `[title]` and the blocks it holds. */
export const callout: DirectiveHandler = (node, { place, label, children }, state) => ({
  type: 'callout',
  place,
  kind: node.name === 'warning' ? 'warning' : 'note',
  title: label ? state.inlines(label.children) : null,
  children: state.all(children),
});
