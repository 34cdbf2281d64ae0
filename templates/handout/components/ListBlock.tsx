import { Text, View } from '@react-pdf/renderer';
import type { Block } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';

type ListModel = Extract<Block, { type: 'list' }>;

// Both glyphs are in every brand font we ship (checked by the glyph-coverage test).
const BULLETS = ['•', '–'] as const;

/** A bulleted or numbered list; nested lists alternate bullet shapes. */
export function ListBlock({ list, depth = 0 }: { list: ListModel; depth?: number }) {
  const { styles } = useTheme();
  return (
    <View style={depth === 0 ? styles.list : {}}>
      {list.items.map((item, index) => {
        const marker = item.checked !== null ? (item.checked ? '[x]' : '[ ]') : list.ordered ? `${list.start + index}.` : BULLETS[depth % 2];
        return (
          <View key={index} style={styles.listItem}>
            <Text style={styles.bullet}>{marker}</Text>
            <View style={styles.listBody}>
              <ListItemBlocks blocks={item.children} depth={depth} />
            </View>
          </View>
        );
      })}
    </View>
  );
}

/** An item's blocks: a nested list keeps its depth so its bullets differ. */
function ListItemBlocks({ blocks, depth }: { blocks: readonly Block[]; depth: number }) {
  return (
    <>
      {blocks.map((block, index) =>
        block.type === 'list' ? (
          <ListBlock key={index} list={block} depth={depth + 1} />
        ) : (
          <Blocks key={index} blocks={[block]} tight={index === blocks.length - 1 || blocks[index + 1]?.type === 'list'} />
        ),
      )}
    </>
  );
}
