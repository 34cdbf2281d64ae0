import QRCode from 'qrcode';
import type { QrCode } from '../model/document.js';


/** White modules around the code; the QR standard asks for four. */
export const QUIET_ZONE = 4;

/**
 * Encode text as a QR code and trace its dark modules as one SVG path. Each horizontal run
 * of dark modules becomes one rectangle, which keeps the PDF small (a version 3 code has
 * about 440 dark modules but only about 200 runs) and leaves no hairline seams between
 * neighbouring squares when it is rasterised.
 * @param text What the code says (a URL).
 * @returns The code's size and path.
 */
export function qrCode(text: string): QrCode {
  // Level M (15% recovery) survives a crease or a smudge and keeps the code small.
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const runs: string[] = [];
  for (let row = 0; row < size; row += 1) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col += 1;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  }
  return { modules: size + 2 * QUIET_ZONE, path: runs.join('') };
}
