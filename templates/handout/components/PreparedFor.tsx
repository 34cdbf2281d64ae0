import { Text, View } from '@react-pdf/renderer';
import { personalLines } from '../../../src/consult/personal-lines.js';
import type { HandoutDocument, Personalisation } from '../../../src/model/document.js';
import { say } from '../../../src/model/messages.js';
import { useTheme } from '../theme.js';

/**
 * The consult edition's box on the cover: who it was prepared for, the consult date and
 * surgeon, and the optional note. Only personalised editions have it.
 */
export function PreparedFor({ document, personal }: { document: HandoutDocument; personal: Personalisation }) {
  const { styles } = useTheme();
  const lines = personalLines(personal, document.surgeon?.name, document.messages);
  return (
    <View style={styles.preparedFor} wrap={false}>
      <Text style={styles.preparedForName}>{lines.preparedFor}</Text>
      <Text style={styles.preparedForLine}>{lines.consult}</Text>
      {personal.note ? <Text style={styles.preparedForLine}>{say(document.messages, 'consult_note', { note: personal.note })}</Text> : null}
    </View>
  );
}
