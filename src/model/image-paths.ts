import type { Block } from './document.js';

/**
 * Every image file in some blocks, nested ones included, each once, in reading order.
 * @param blocks The blocks (a handout's introduction and answers, a surgeon's bio…).
 * @returns Absolute image paths.
 */
export function imagePaths(blocks: readonly Block[]): string[] {
  const paths: string[] = [];
  const visit = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'image') paths.push(block.path);
      else if (block.type === 'list') block.items.forEach((item) => visit(item.children));
      else if (block.type === 'quote' || block.type === 'callout') visit(block.children);
      else if (block.type === 'stat') visit(block.caption);
    }
  };
  visit(blocks);
  return [...new Set(paths)];
}
