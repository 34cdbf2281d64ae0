import type { Block, HandoutDocument } from '../model/document.js';

/**
 * Every block of a handout, nested ones included (list items, quotes, boxes, stat captions),
 * in reading order.
 * @param document The handout.
 * @returns The blocks.
 */
export function allBlocks(document: HandoutDocument): Block[] {
  const found: Block[] = [];
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
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
  walk(document.intro);
  for (const section of document.sections) walk(section.blocks);
  return found;
}
