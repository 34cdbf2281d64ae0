import type { ReactNode } from 'react';
import type { Block } from '../../../src/model/document.js';

/** Renders child blocks in reading order; `tight` drops the space after the last one. */
export type RenderBlocks = (blocks: readonly Block[], options?: { tight?: boolean }) => ReactNode;

/**
 * What every block component receives: its block, whether it ends its container (`tight`),
 * and a way to render the blocks it holds. Passing `renderBlocks` down, rather than importing
 * `Blocks`, keeps the block table the only module that knows every component: no import circle.
 */
export interface BlockProps<T extends Block['type']> {
  block: Extract<Block, { type: T }>;
  tight: boolean;
  renderBlocks: RenderBlocks;
}

/** The component for one block type. */
export type BlockComponent<T extends Block['type']> = (props: BlockProps<T>) => ReactNode;
