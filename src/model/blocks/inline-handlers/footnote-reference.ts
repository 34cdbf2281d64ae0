import { unsupported, type InlineHandler } from '../state.js';

/** A `[^1]` footnote mark: footnotes are not supported, so it is reported. */
export const footnoteReference: InlineHandler<'footnoteReference'> = (node, state) => {
  unsupported(node, state, 'footnotes are not supported; put the note in the text');
  return null;
};
