import type { BlockHandler } from '../state.js';

/** A link reference definition: consumed by link references, nothing to print. */
export const definition: BlockHandler<'definition'> = () => null;
