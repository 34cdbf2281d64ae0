import { Text, View } from '@react-pdf/renderer';
import type { HandoutDocument } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { PreparedFor } from './PreparedFor.js';

/**
 * The title block at the top of page 1: the clinic's band, the title, and who it is from;
 * in a consult edition, also who it was prepared for.
 */
export function Cover({ document }: { document: HandoutDocument }) {
  const { styles, brand } = useTheme();
  const { meta, surgeon } = document;
  return (
    <View>
      <View style={styles.coverBand}>
        <Text style={styles.clinicName}>{brand.name}</Text>
      </View>
      <Text style={styles.title} tag="H1">
        {meta.title}
      </Text>
      {meta.subtitle ? (
        <Text style={styles.subtitle} tag="P">
          {meta.subtitle}
        </Text>
      ) : null}
      {surgeon ? <Text style={styles.byline}>{[surgeon.name, surgeon.role].filter(Boolean).join(' · ')}</Text> : null}
      <View style={styles.coverRule} />
      {document.personal ? <PreparedFor personal={document.personal} /> : null}
    </View>
  );
}
