import { placeOf, type BlockHandler } from '../state.js';

/** A `>` quote; it holds blocks. */
export const blockquote: BlockHandler<'blockquote'> = (node, state) => ({ type: 'quote', place: placeOf(node, state), children: state.all(node.children) });
