import { Link, Path, Rect, Svg, Text, View } from '@react-pdf/renderer';
import type { QrCode } from '../../../src/model/document.js';
import { say } from '../../../src/model/messages.js';
import { MM } from '../../../src/print/sizes.js';
import { useTheme } from '../theme.js';

/** Phone cameras read modules of 0.5 mm at arm's length; 0.6 mm leaves room for worn printers. */
const MODULE_MM = 0.6;
/** Codes are never printed smaller than 2 cm, the size most QR guidance asks for. */
const MIN_SIDE_MM = 20;

/**
 * "Read this leaflet online": a QR code (vector paths, black on white with its quiet zone)
 * linking to the web version, and the same address in text beside it, as a link.
 * @param url The address the code encodes (with the handout's version).
 * @param qr Its QR code, worked out with the document (`addDisplayFields`).
 */
export function WebVersion({ url, qr }: { url: string; qr: QrCode }) {
  const { styles, messages } = useTheme();
  const side = Math.max(MIN_SIDE_MM, qr.modules * MODULE_MM) * MM;
  return (
    <View style={styles.webVersion} wrap={false} tag={{ section: 2 }}>
      <Svg width={side} height={side} viewBox={`0 0 ${qr.modules} ${qr.modules}`} tag={{ role: 'Figure', alt: say(messages, 'qr_alt', { url }) }}>
        <Rect x={0} y={0} width={qr.modules} height={qr.modules} fill="#FFFFFF" />
        <Path d={qr.path} fill="#000000" />
      </Svg>
      <View style={styles.webVersionText}>
        <Text style={styles.webVersionHeading} tag="H2">
          {say(messages, 'read_online')}
        </Text>
        <Text style={styles.webVersionHint}>{say(messages, 'read_online_hint')}</Text>
        <Link src={url} style={styles.webVersionUrl}>
          {url}
        </Link>
      </View>
    </View>
  );
}
