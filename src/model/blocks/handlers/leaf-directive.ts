import { knownContainersList, unsupported, type BlockHandler } from '../state.js';

/** A `::name` line: no leaf directive is known, so it is reported. */
export const leafDirective: BlockHandler<'leafDirective'> = (node, state) => {
  unsupported(node, state, `\`::${node.name}\` is not a known directive (known: ${knownContainersList()}); write \`\\::\` for literal colons`);
  return null;
};
