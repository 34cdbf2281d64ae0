import { Text, View } from '@react-pdf/renderer';
import type { HandoutDocument } from '../../../src/model/document.js';
import { documentControlLine } from '../../../src/model/document-control.js';
import { keepNumbersTogether } from '../../../src/print/keep-numbers-together.js';
import { useTheme } from '../theme.js';
import { SurgeonBio } from './SurgeonBio.js';
import { WebVersion } from './WebVersion.js';

/**
 * The back of a folded leaflet: the surgeon's bio, the QR code to the web version (when the
 * handout has a `web_url`), the clinic's contact details and the disclaimer.
 */
export function BackPanel({ document }: { document: HandoutDocument }) {
  const { styles, brand } = useTheme();
  const contact = brand.contact;
  const lines = [contact.address, contact.phone && `Phone ${keepNumbersTogether(contact.phone)}`, contact.email, contact.web].filter(Boolean);
  return (
    <>
      {document.surgeon ? <SurgeonBio surgeon={document.surgeon} /> : null}
      {document.webUrl && document.webQr ? <WebVersion url={document.webUrl} qr={document.webQr} /> : null}
      <View style={styles.backPanel}>
        <Text style={styles.bioHeading}>{brand.name}</Text>
        {lines.map((line) => (
          <Text key={line} style={styles.contact}>
            {line}
          </Text>
        ))}
        <Text style={styles.disclaimerBlock}>{document.disclaimer}</Text>
        <DocumentControl document={document} />
      </View>
    </>
  );
}

/** Document id, version and review dates, as one line (empty when none are given). */
export function DocumentControl({ document }: { document: HandoutDocument }) {
  const text = documentControlLine(document);
  return text ? <Text>{text}</Text> : null;
}

export { documentControlLine };
