import { Text, View } from '@react-pdf/renderer';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';
import { KeepWhole } from './KeepWhole.js';
import { Inlines } from './Inlines.js';

const DEFAULT_LABEL = { warning: 'Important', note: 'Note' } as const;

/**
 * A `:::warning` or `:::note` box. The label is words, not colour alone, so it survives
 * greyscale printing. It stays on one page when it fits; one too tall for that may go on
 * to the next page rather than leave its question alone at a page foot (found by the fuzzer),
 * and its label asks for two lines of text after it.
 */
export function Callout({ block: callout, renderBlocks }: BlockProps<'callout'>) {
  const { styles, size } = useTheme();
  return (
    <KeepWhole>
      <View style={[styles.box, callout.kind === 'warning' ? styles.warning : styles.note]} tag="Div">
        <Text style={styles.boxLabel} minPresenceAhead={size.bodySize * 3}>{callout.title ? <Inlines inlines={callout.title} /> : DEFAULT_LABEL[callout.kind]}</Text>
        {renderBlocks(callout.children)}
      </View>
    </KeepWhole>
  );
}
