import { unsupported, type InlineHandler } from '../state.js';

const MESSAGE = 'an image must stand on a line of its own, with a blank line before and after it';

/** An image inside a sentence; one on a line of its own is the paragraph handler's. */
export const image: InlineHandler<'image'> = (node, state) => {
  unsupported(node, state, MESSAGE);
  return null;
};

/** An image by reference (`![alt][label]`), reported as an image inside a sentence is. */
export const imageReference: InlineHandler<'imageReference'> = (node, state) => {
  unsupported(node, state, MESSAGE);
  return null;
};
