import { Text, View } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';

/** A code block, as written and never split across pages. */
export function CodeBlock({ block }: BlockProps<'code'>) {
  const { styles } = useTheme();
  return (
    <View style={styles.code} wrap={false}>
      <Text>{block.value}</Text>
    </View>
  );
}
