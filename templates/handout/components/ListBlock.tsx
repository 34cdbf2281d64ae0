import { Text, View } from '@react-pdf/renderer';
import { Fragment, useId } from 'react';
import type { Block } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import type { BlockProps, RenderBlocks } from './block-props.js';

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
export function ListBlock({ block, renderBlocks }: BlockProps<'list'>) {
  return <NestedList list={block} renderBlocks={renderBlocks} />;
}

/** A list at a nesting depth (bullets alternate by depth), drawn as one tagged L by its id. */
function NestedList({ list, renderBlocks, depth = 0, structId }: { list: ListModel; renderBlocks: RenderBlocks; depth?: number; structId?: string }) {
  const { styles } = useTheme();
  // Tagged: L > LI > Lbl + LBody. An item's body is drawn as two Views (the row with the first
  // paragraph, then its nested lists and further blocks); both add to one LBody by its id, and
  // a nested list drawn in two parts (head and tail, below) is one L.
  const id = useId();
  const listId = structId ?? `${id}list`;
  return (
    <View style={depth === 0 ? styles.list : {}} tag={{ role: 'L', id: listId }}>
      {list.items.map((item, index) => {
        const body = { role: 'LBody', id: `${listId}-${list.start + index}` } as const;
        const marker = item.checked !== null ? (item.checked ? '[x]' : '[ ]') : list.ordered ? `${list.start + index}.` : BULLETS[depth % 2];
        const [first, ...rest] = item.children;
        const leadsWithText = first?.type === 'paragraph';
        const following = leadsWithText ? rest : item.children;
        const row = (
          <View style={styles.listItem} wrap={false}>
            <Text style={styles.bullet} tag="Lbl">
              {marker}
            </Text>
            <View style={styles.listBody} tag={body}>{leadsWithText ? renderBlocks([first], { tight: true }) : null}</View>
          </View>
        );
        // An item that leads into nested points ("Healing has been incomplete" → its details)
        // stays on the page of its first nested point, so it never ends a page alone.
        const nested = following[0];
        const firstNested = nested?.type === 'list' ? nested.items[0] : undefined;
        if (nested?.type === 'list' && firstNested && firstNested.children.length === 1) {
          const head = { ...nested, items: [firstNested] };
          const tail = { ...nested, items: nested.items.slice(1), start: nested.start + 1 };
          return (
            <View key={index} tag="LI">
              <View wrap={false}>
                {row}
                <View style={styles.listContinuation} tag={body}>
                  <NestedList list={head} renderBlocks={renderBlocks} depth={depth + 1} structId={`${listId}-${index}-sub`} />
                </View>
              </View>
              <View style={styles.listContinuation} tag={body}>
                {tail.items.length > 0 ? <NestedList list={tail} renderBlocks={renderBlocks} depth={depth + 1} structId={`${listId}-${index}-sub`} /> : null}
                <ItemBlocks blocks={following.slice(1)} renderBlocks={renderBlocks} depth={depth} />
              </View>
            </View>
          );
        }
        return (
          <View key={index} tag="LI">
            {row}
            {following.length > 0 ? (
              <View style={styles.listContinuation} tag={body}>
                <ItemBlocks blocks={following} renderBlocks={renderBlocks} depth={depth} />
              </View>
            ) : null}
          </View>
        );
      })}
    </View>
  );
}

/** An item's further blocks: a nested list keeps its depth so its bullets differ. */
function ItemBlocks({ blocks, renderBlocks, depth }: { blocks: readonly Block[]; renderBlocks: RenderBlocks; depth: number }) {
  return (
    <>
      {blocks.map((block, index) =>
        block.type === 'list' ? (
          <NestedList key={index} list={block} renderBlocks={renderBlocks} depth={depth + 1} />
        ) : (
          <Fragment key={index}>{renderBlocks([block])}</Fragment>
        ),
      )}
    </>
  );
}
