import { placeOf, unsupported, type BlockHandler } from '../state.js';

/** A level 3–6 heading inside a question; level 1 and 2 are handled by the section splitter. */
export const heading: BlockHandler<'heading'> = (node, state) => {
  if (node.depth <= 2) {
    // One that reaches a handler is nested (e.g. in a list).
    unsupported(node, state, 'a question heading (`##`) cannot sit inside a list, quote or box; move it to the start of a line');
    return null;
  }
  return { type: 'heading', place: placeOf(node, state), depth: node.depth as 3 | 4 | 5 | 6, children: state.inlines(node.children) };
};
