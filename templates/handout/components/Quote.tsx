import { View } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';

/** A `>` quote: its blocks, indented. */
export function Quote({ block, renderBlocks }: BlockProps<'quote'>) {
  const { styles } = useTheme();
  return (
    <View style={styles.quote} tag="BlockQuote">
      {renderBlocks(block.children)}
    </View>
  );
}
