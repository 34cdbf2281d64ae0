import type { InlineHandler } from '../state.js';

/** Plain text; a line break inside a paragraph is a space on the page. */
export const text: InlineHandler<'text'> = (node) => ({ type: 'text', value: node.value.replace(/\s*\n\s*/g, ' ') });
