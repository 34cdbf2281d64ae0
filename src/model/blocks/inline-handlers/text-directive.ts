import { sourceOf, type InlineHandler } from '../state.js';

/** Text directives (`7:00`, `3:1`) are prose that happens to contain a colon: put back the exact source text. */
export const textDirective: InlineHandler<'textDirective'> = (node, state) => ({ type: 'text', value: sourceOf(node, state).replace(/\s*\n\s*/g, ' ') });
