import type { InlineHandler } from '../state.js';

/** `**strong**` text. */
export const strong: InlineHandler<'strong'> = (node, state) => ({ type: 'strong', children: state.inlines(node.children) });

/** `*emphasised*` text. */
export const emphasis: InlineHandler<'emphasis'> = (node, state) => ({ type: 'emphasis', children: state.inlines(node.children) });

/** `~~struck~~` text. */
export const strikethrough: InlineHandler<'delete'> = (node, state) => ({ type: 'delete', children: state.inlines(node.children) });
