import { isComment, unsupported, type BlockHandler } from '../state.js';

/** Raw HTML on its own lines: a comment is dropped quietly, anything else reported. */
export const html: BlockHandler<'html'> = (node, state) => {
  // An HTML comment is a note for authors (and carries lint directives); it is not for patients.
  if (isComment(node.value)) return null;
  unsupported(node, state, 'raw HTML is not supported in handouts, so it would not reach the page; write it as plain markdown');
  return null;
};
