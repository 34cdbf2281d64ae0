import { Text, View } from '@react-pdf/renderer';
import type { Block } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Blocks } from './Blocks.js';
import { Inlines } from './Inlines.js';

type CalloutModel = Extract<Block, { type: 'callout' }>;

const DEFAULT_LABEL = { warning: 'Important', note: 'Note' } as const;

/** A `:::warning` or `:::note` box. The label is words, not colour alone, so it survives greyscale printing. */
export function Callout({ callout }: { callout: CalloutModel }) {
  const { styles } = useTheme();
  return (
    <View style={[styles.box, callout.kind === 'warning' ? styles.warning : styles.note]} wrap={false}>
      <Text style={styles.boxLabel}>{callout.title ? <Inlines inlines={callout.title} /> : DEFAULT_LABEL[callout.kind]}</Text>
      <Blocks blocks={callout.children} />
    </View>
  );
}
