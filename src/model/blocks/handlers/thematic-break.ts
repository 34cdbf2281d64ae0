import { placeOf, type BlockHandler } from '../state.js';

/** A `---` rule between blocks. */
export const thematicBreak: BlockHandler<'thematicBreak'> = (node, state) => ({ type: 'rule', place: placeOf(node, state) });
