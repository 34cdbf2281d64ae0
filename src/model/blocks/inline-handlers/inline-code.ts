import type { InlineHandler } from '../state.js';

/** `code` in a sentence, printed as written. */
export const inlineCode: InlineHandler<'inlineCode'> = (node) => ({ type: 'code', value: node.value });
