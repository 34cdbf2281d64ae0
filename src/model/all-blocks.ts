import type { Block, HandoutDocument } from './document.js';

/**
 * Some blocks and every block nested in them (list items, quotes, boxes, stat captions), in
 * reading order, each before its children. This and `mapBlocks` are the two walks over the
 * block tree (reading and rebuilding): checks, image lists, translation comparisons and the
 * display fields go through them, so a new kind of nesting is added here, in both.
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

/**
 * Rebuild a block tree, passing every block (nested ones included, children first) through
 * `change`; the nesting is this module's business, the change the caller's.
 * @param blocks The top-level blocks.
 * @param change Returns a block's replacement, given the block with its children rebuilt.
 * @returns New blocks.
 */
export function mapBlocks(blocks: readonly Block[], change: (block: Block) => Block): Block[] {
  return blocks.map((block) => {
    switch (block.type) {
      case 'list':
        return change({ ...block, items: block.items.map((item) => ({ ...item, children: mapBlocks(item.children, change) })) });
      case 'quote':
      case 'callout':
        return change({ ...block, children: mapBlocks(block.children, change) });
      case 'stat':
        return change({ ...block, caption: mapBlocks(block.caption, change) });
      default:
        return change(block);
    }
  });
}
