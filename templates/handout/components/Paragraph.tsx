import { Text } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';
import { Inlines } from './Inlines.js';

/** A paragraph; the last one in a box or list item is tight, so the box keeps even padding. */
export function Paragraph({ block, tight }: BlockProps<'paragraph'>) {
  const { styles } = useTheme();
  return (
    <Text style={tight ? styles.tightParagraph : styles.paragraph} orphans={2} widows={2}>
      <Inlines inlines={block.children} />
    </Text>
  );
}
