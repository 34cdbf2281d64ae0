import { unsupported, type BlockHandler } from '../state.js';

/** A footnote's text: footnotes are not supported, so it is reported. */
export const footnoteDefinition: BlockHandler<'footnoteDefinition'> = (node, state) => {
  unsupported(node, state, 'footnotes are not supported; put the note in the text or in a `:::note` box');
  return null;
};
