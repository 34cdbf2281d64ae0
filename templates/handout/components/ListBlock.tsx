import { Text, View } from '@react-pdf/renderer';
import type { Block } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';

type ListModel = Extract<Block, { type: 'list' }>;

// Both glyphs are in every brand font we ship (checked by the glyph-coverage test).
const BULLETS = ['•', '–'] as const;

/**
 * A bulleted or numbered list; nested lists alternate bullet shapes.
 *
 * Each item's marker and first paragraph form one row, so a bullet is never left alone at
 * a page foot; the rest of the item (nested lists, more paragraphs) follows as an indented
 * column, because react-pdf can split a column across pages but not a row.
 */
export function ListBlock({ list, depth = 0 }: { list: ListModel; depth?: number }) {
  const { styles } = useTheme();
  return (
    <View style={depth === 0 ? styles.list : {}}>
      {list.items.map((item, index) => {
        const marker = item.checked !== null ? (item.checked ? '[x]' : '[ ]') : list.ordered ? `${list.start + index}.` : BULLETS[depth % 2];
        const [first, ...rest] = item.children;
        const leadsWithText = first?.type === 'paragraph';
        const following = leadsWithText ? rest : item.children;
        return (
          <View key={index}>
            <View style={styles.listItem} wrap={false}>
              <Text style={styles.bullet}>{marker}</Text>
              <View style={styles.listBody}>{leadsWithText ? <Blocks blocks={[first]} tight /> : null}</View>
            </View>
            {following.length > 0 ? (
              <View style={styles.listContinuation}>
                <ItemBlocks blocks={following} depth={depth} />
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

/** An item's further blocks: a nested list keeps its depth so its bullets differ. */
function ItemBlocks({ blocks, depth }: { blocks: readonly Block[]; depth: number }) {
  return (
    <>
      {blocks.map((block, index) =>
        block.type === 'list' ? <ListBlock key={index} list={block} depth={depth + 1} /> : <Blocks key={index} blocks={[block]} />,
      )}
    </>
  );
}
