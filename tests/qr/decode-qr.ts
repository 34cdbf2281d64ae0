import jsQR from 'jsqr';
import { pageRgba } from '../helpers/pdf-pixels.js';

/**
 * Render one page of a PDF as a picture (pdf.js, as a screen would show it) and read the QR
 * code on it with jsQR, as a phone would.
 * @param pdf The PDF.
 * @param page 1-based page number.
 * @returns The decoded text, or null when no code is found.
 */
export async function decodeQrOnPage(pdf: Uint8Array, page: number): Promise<string | null> {
  // 2× (144 dpi) gives the 0.6 mm modules about 3.4 pixels each.
  const { data, width, height } = await pageRgba(pdf, page, 2);
  return jsQR(data, width, height)?.data ?? null;
}
