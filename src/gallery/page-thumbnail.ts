/** Width of a thumbnail in pixels: sharp on a high-density screen at the gallery's 180 px cards. */
export const THUMBNAIL_WIDTH = 360;

/**
 * A PNG picture of a PDF's first page, rendered with pdf.js (through pdf-parse, whose
 * canvas is a prebuilt binary from npm). Loaded lazily: only the gallery needs it.
 * @param pdf The PDF.
 * @returns The PNG bytes.
 */
export async function pageThumbnail(pdf: Uint8Array): Promise<Uint8Array> {
  const { PDFParse } = await import('pdf-parse');
  // pdf.js may detach the buffer it is given: pass a copy.
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const shot = await parser.getScreenshot({ partial: [1], desiredWidth: THUMBNAIL_WIDTH, imageBuffer: true, imageDataUrl: false });
    const page = shot.pages[0];
    if (!page) throw new Error('pageThumbnail: the PDF has no first page');
    return page.data;
  } finally {
    await parser.destroy();
  }
}
