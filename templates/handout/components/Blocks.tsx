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
 * Blocks in reading order. A subheading and the blocks after it, up to the next subheading,
 * share a View: the heading asks for room after it (`minPresenceAhead`), and the View bounds
 * that request, so a run of short subsections cannot chain the requests together and leave
 * react-pdf no page break (40 one-line subsections took 29 pages). Blocks before the first
 * subheading stay direct children of their parent.
 */
export function Blocks({ blocks, tight = false }: { blocks: readonly Block[]; tight?: boolean }) {
  const last = blocks.length - 1;
  return (
    <>
      {groupBySubheading(blocks).map(({ start, items }) => {
        const views = items.map((block, offset) => <BlockView key={start + offset} block={block} tight={tight && start + offset === last} />);
        return items[0]?.type === 'heading' ? <View key={start}>{views}</View> : views;
      })}
    </>
  );
}

/** Runs of blocks that each start at a subheading (the first run may not), with where each starts. */
function groupBySubheading(blocks: readonly Block[]): Array<{ start: number; items: Block[] }> {
  const groups: Array<{ start: number; items: Block[] }> = [];
  blocks.forEach((block, index) => {
    const current = groups.at(-1);
    if (!current || block.type === 'heading') groups.push({ start: index, items: [block] });
    else current.items.push(block);
  });
  return groups;
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
        <Text style={styles.subheading} minPresenceAhead={size.bodySize * 3}>
          <Inlines inlines={block.children} />
        </Text>
      );
    case 'list':
      return <ListBlock list={block} />;
    case 'table':
      return <TableBlock table={block} />;
    case 'quote':
      return (
        <View style={styles.quote}>
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
