import type { Block, HandoutDocument } from './document.js';

/**
 * Some blocks and every block nested in them (list items, quotes, boxes, stat captions), in
 * reading order, each before its children. This is the one walk over the block tree: checks,
 * image lists and translation comparisons all read blocks through it, so a new kind of
 * nesting is added here once.
 * @param blocks The top-level blocks (a handout's introduction or an answer, a surgeon's bio…).
 * @returns The blocks and their descendants.
 */
export function blocksWithin(blocks: readonly Block[]): Block[] {
  const found: Block[] = [];
  const walk = (list: readonly Block[]) => {
    for (const block of list) {
      found.push(block);
      switch (block.type) {
        case 'list':
          for (const item of block.items) walk(item.children);
          break;
        case 'quote':
        case 'callout':
          walk(block.children);
          break;
        case 'stat':
          walk(block.caption);
          break;
        default:
          break;
      }
    }
  };
  walk(blocks);
  return found;
}

/**
 * Every block of a handout, nested ones included, in reading order: the introduction, then
 * each answer.
 * @param document The handout.
 * @returns The blocks.
 */
export function allBlocks(document: Pick<HandoutDocument, 'intro' | 'sections'>): Block[] {
  return blocksWithin([...document.intro, ...document.sections.flatMap((section) => section.blocks)]);
}
