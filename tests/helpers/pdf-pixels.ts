import { createCanvas, loadImage } from '@napi-rs/canvas';
import { PDFParse } from 'pdf-parse';

/** A page as a grey-scale picture, 2 pixels per point, origin top-left. */
export interface PagePicture {
  width: number;
  height: number;
  /** Grey level (0 black, 255 white) of the pixel at x, y. */
  grey: (x: number, y: number) => number;
  /** Pixels per PDF point. */
  scale: number;
}

/**
 * Render one page with pdf.js (as a screen would show it) into a grey-scale picture.
 * @param pdf The PDF.
 * @param page 1-based page number.
 * @returns The picture.
 */
export async function pagePicture(pdf: Uint8Array, page: number): Promise<PagePicture> {
  const scale = 2;
  const { data, width, height } = await pageRgba(pdf, page, scale);
  const grey = (x: number, y: number) => {
    const i = (Math.round(y) * width + Math.round(x)) * 4;
    return ((data[i] ?? 255) + (data[i + 1] ?? 255) + (data[i + 2] ?? 255)) / 3;
  };
  return { width, height, grey, scale };
}

/**
 * Render one page with pdf.js into RGBA pixels.
 * @param pdf The PDF.
 * @param page 1-based page number.
 * @param scale Pixels per PDF point.
 * @returns The pixels, four bytes each, row by row from the top left.
 */
export async function pageRgba(pdf: Uint8Array, page: number, scale: number): Promise<{ data: Uint8ClampedArray; width: number; height: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  let png: Uint8Array;
  try {
    const shot = await parser.getScreenshot({ scale, partial: [page], imageBuffer: true, imageDataUrl: false });
    png = shot.pages[0]!.data;
  } finally {
    await parser.destroy();
  }
  const image = await loadImage(Buffer.from(png));
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const { data } = context.getImageData(0, 0, image.width, image.height);
  return { data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), width: image.width, height: image.height };
}

/** Where a table's left border runs, in pixels of a `PagePicture`. */
export interface TableFrame {
  /** The border's column. */
  x: number;
  /** Its first and last dark pixel. */
  top: number;
  bottom: number;
  /** Whether a horizontal border starts at its top and at its bottom (the frame is closed). */
  closedTop: boolean;
  closedBottom: boolean;
}

/**
 * Find the left border of a table whose first header cell's text starts at `textLeft`, and
 * tell whether horizontal borders close it at both ends: a table cut by a page break used to
 * lose its top border, and leave its side border running on below the last row.
 * @param picture The rendered page.
 * @param textLeft Left edge of the first header cell's text, in PDF points from the left.
 * @param textTop Top of that text, in PDF points from the page top.
 * @returns The frame, or null when no border is found left of the text.
 */
export function tableFrameLeftOf(picture: PagePicture, textLeft: number, textTop: number): TableFrame | null {
  const { grey, scale } = picture;
  const dark = (x: number, y: number) => grey(x, y) < 200;
  const y0 = Math.round(textTop * scale);
  // The border is within 12 pt left of the text (the cell's padding); take the column dark at the text's height.
  for (let x = Math.round(textLeft * scale) - 1; x > Math.round((textLeft - 12) * scale); x -= 1) {
    if (!dark(x, y0)) continue;
    let top = y0;
    while (top > 0 && dark(x, top - 1)) top -= 1;
    let bottom = y0;
    while (bottom < picture.height - 1 && dark(x, bottom + 1)) bottom += 1;
    // A horizontal border: dark for 20 pt to the right, within two pixels of the end.
    const horizontalAt = (y: number) => [-2, -1, 0, 1, 2].some((dy) => Array.from({ length: 20 * scale }, (_, i) => x + 2 + i).every((px) => dark(px, y + dy)));
    return { x, top, bottom, closedTop: horizontalAt(top), closedBottom: horizontalAt(bottom) };
  }
  return null;
}
