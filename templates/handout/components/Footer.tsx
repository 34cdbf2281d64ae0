import { Text, View } from '@react-pdf/renderer';
import type { HandoutDocument } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';

/** On every page: the disclaimer, document control, and "Page X of Y". */
export function Footer({ document }: { document: HandoutDocument }) {
  const { styles } = useTheme();
  const { meta } = document;
  const control = [
    meta.doc_id,
    meta.version ? `Version ${meta.version}` : undefined,
    meta.reviewed ? `Reviewed ${meta.reviewed}` : undefined,
    meta.review_due ? `Next review ${meta.review_due}` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <View style={styles.footer} fixed>
      <Text style={styles.footerText}>{document.disclaimer}</Text>
      <View style={styles.footerRow}>
        <Text>{control}</Text>
        <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
      </View>
    </View>
  );
}
