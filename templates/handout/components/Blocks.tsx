import type { Block } from '../../../src/model/document.js';
import type { BlockComponent, RenderBlocks } from './block-props.js';
import { Callout } from './Callout.js';
import { CodeBlock } from './CodeBlock.js';
import { Heading } from './Heading.js';
import { ImageBlock } from './ImageBlock.js';
import { ListBlock } from './ListBlock.js';
import { Paragraph } from './Paragraph.js';
import { Quote } from './Quote.js';
import { Rule } from './Rule.js';
import { StatCallout } from './StatCallout.js';
import { TableBlock } from './TableBlock.js';

/** The component for each block type; the only module that imports them all. */
const BLOCK_COMPONENTS: { [T in Block['type']]: BlockComponent<T> } = {
  paragraph: Paragraph,
  heading: Heading,
  list: ListBlock,
  table: TableBlock,
  quote: Quote,
  code: CodeBlock,
  rule: Rule,
  stat: StatCallout,
  callout: Callout,
  image: ImageBlock,
};

/**
 * Blocks in reading order. Returned as a fragment so each block is a direct child of the
 * page: react-pdf only keeps a heading with what follows when they are siblings.
 */
export function Blocks({ blocks, tight = false }: { blocks: readonly Block[]; tight?: boolean }) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} tight={tight && index === blocks.length - 1} />
      ))}
    </>
  );
}

/** How a block component renders the blocks it holds. */
const renderBlocks: RenderBlocks = (blocks, options) => <Blocks blocks={blocks} tight={options?.tight ?? false} />;

function BlockView({ block, tight }: { block: Block; tight: boolean }) {
  const Component = BLOCK_COMPONENTS[block.type] as BlockComponent<typeof block.type>;
  return <Component block={block} tight={tight} renderBlocks={renderBlocks} />;
}
