import { placeOf, type BlockHandler } from '../state.js';

/** A fenced or indented code block, printed as written. */
export const code: BlockHandler<'code'> = (node, state) => ({ type: 'code', place: placeOf(node, state), value: node.value });
