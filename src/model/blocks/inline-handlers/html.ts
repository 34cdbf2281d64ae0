import { isComment, unsupported, type InlineHandler } from '../state.js';

/** Raw HTML in a sentence: a comment is dropped quietly, anything else reported. */
export const inlineHtml: InlineHandler<'html'> = (node, state) => {
  if (isComment(node.value)) return null;
  unsupported(node, state, `raw HTML (\`${node.value.slice(0, 40)}\`) is not supported in handouts, so it would not reach the page; write it as plain text`);
  return null;
};
