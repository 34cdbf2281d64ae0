import type { ListItem } from '../../document.js';
import { placeOf, type BlockHandler } from '../state.js';

/** A bulleted or numbered list; each item holds blocks. */
export const list: BlockHandler<'list'> = (node, state) => ({
  type: 'list',
  place: placeOf(node, state),
  ordered: node.ordered === true,
  start: node.start ?? 1,
  items: node.children.map((item): ListItem => ({ place: placeOf(item, state), checked: item.checked ?? null, children: state.all(item.children) })),
});
