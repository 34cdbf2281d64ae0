import { blocksWithin } from './all-blocks.js';
import type { Block } from './document.js';

/**
 * Every image file in some blocks, nested ones included, each once, in reading order.
 * @param blocks The blocks (a handout's introduction and answers, a surgeon's bio…).
 * @returns Absolute image paths.
 */
export function imagePaths(blocks: readonly Block[]): string[] {
  return [...new Set(blocksWithin(blocks).flatMap((block) => (block.type === 'image' ? [block.path] : [])))];
}
