import { Text, View } from '@react-pdf/renderer';
import type { PersonalEdition } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';

/**
 * The consult edition's box on the cover: who it was prepared for, the consult date and
 * surgeon, and the optional note. Only personalised editions have it.
 */
export function PreparedFor({ personal }: { personal: PersonalEdition }) {
  const { styles } = useTheme();
  const { lines } = personal;
  return (
    <View style={styles.preparedFor} wrap={false}>
      <Text style={styles.preparedForName}>{lines.preparedFor}</Text>
      <Text style={styles.preparedForLine}>{lines.consult}</Text>
      {lines.note ? <Text style={styles.preparedForLine}>{lines.note}</Text> : null}
    </View>
  );
}
