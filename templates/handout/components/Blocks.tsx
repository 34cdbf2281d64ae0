import { Text, View } from '@react-pdf/renderer';
import type { Block } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Callout } from './Callout.js';
import { ImageBlock } from './ImageBlock.js';
import { Inlines } from './Inlines.js';
import { ListBlock } from './ListBlock.js';
import { StatCallout } from './StatCallout.js';
import { TableBlock } from './TableBlock.js';

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

function BlockView({ block, tight }: { block: Block; tight: boolean }) {
  const { styles, size } = useTheme();
  switch (block.type) {
    case 'paragraph':
      return (
        <Text style={tight ? styles.tightParagraph : styles.paragraph} orphans={2} widows={2}>
          <Inlines inlines={block.children} />
        </Text>
      );
    case 'heading':
      return (
        <Text style={styles.subheading} minPresenceAhead={size.bodySize * 3} tag={`H${block.depth}` as const}>
          <Inlines inlines={block.children} />
        </Text>
      );
    case 'list':
      return <ListBlock list={block} />;
    case 'table':
      return <TableBlock table={block} />;
    case 'quote':
      return (
        <View style={styles.quote} tag="BlockQuote">
          <Blocks blocks={block.children} />
        </View>
      );
    case 'code':
      return (
        <View style={styles.code} wrap={false}>
          <Text>{block.value}</Text>
        </View>
      );
    case 'rule':
      return <View style={styles.rule} />;
    case 'stat':
      return <StatCallout stat={block} />;
    case 'callout':
      return <Callout callout={block} />;
    case 'image':
      return <ImageBlock image={block} />;
  }
}
