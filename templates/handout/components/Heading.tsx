import { Text } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';
import { Inlines } from './Inlines.js';

/** A subheading inside a question (levels 3–6), kept with three lines of what follows. */
export function Heading({ block }: BlockProps<'heading'>) {
  const { styles, size } = useTheme();
  return (
    <Text style={styles.subheading} minPresenceAhead={size.bodySize * 3} tag={`H${block.depth}` as const}>
      <Inlines inlines={block.children} />
    </Text>
  );
}
