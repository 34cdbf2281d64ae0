import { createCanvas, loadImage } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { PDFParse } from 'pdf-parse';

/**
 * Render one page of a PDF as a picture (pdf.js, as a screen would show it) and read the QR
 * code on it with jsQR, as a phone would.
 * @param pdf The PDF.
 * @param page 1-based page number.
 * @returns The decoded text, or null when no code is found.
 */
export async function decodeQrOnPage(pdf: Uint8Array, page: number): Promise<string | null> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  let png: Uint8Array;
  try {
    // 2× (144 dpi) gives the 0.6 mm modules about 3.4 pixels each.
    const shot = await parser.getScreenshot({ scale: 2, partial: [page], imageBuffer: true, imageDataUrl: false });
    png = shot.pages[0]!.data;
  } finally {
    await parser.destroy();
  }
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), image.width, image.height)?.data ?? null;
}
