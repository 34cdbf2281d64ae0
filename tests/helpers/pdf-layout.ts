import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text on a page and where it starts (PDF points, origin bottom-left). */
export interface TextRun {
  text: string;
  x: number;
  y: number;
}

/**
 * Text runs with positions, per page: enough to tell which panel or half of an imposed
 * sheet a piece of text landed on. (pdf-parse gives text but not positions.)
 * @param bytes The PDF.
 * @returns For each page, its runs in content order.
 */
export async function textRuns(bytes: Uint8Array): Promise<TextRun[][]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: TextRun[][] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(
        content.items.flatMap((item) =>
          'str' in item && item.str.trim() !== '' ? [{ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number }] : [],
        ),
      );
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/**
 * The text that falls between two x positions of a page, in content order.
 * @param runs A page's runs.
 * @param from Left edge in points.
 * @param to Right edge in points.
 * @returns The text, white space normalised.
 */
export function textBetween(runs: readonly TextRun[], from: number, to: number): string {
  return runs
    .filter((run) => run.x >= from && run.x < to)
    .map((run) => run.text)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A run of text and the box its glyphs fill (PDF points, origin bottom-left). */
export interface TextBox {
  page: number;
  text: string;
  left: number;
  right: number;
  bottom: number;
  top: number;
  /** The run's type size in points. */
  fontSize: number;
}

/**
 * The box of every run of text, per page. The box runs from the baseline up to about the
 * top of a capital (70% of the font size): enough to catch two runs drawn over each other,
 * without taking the line spacing between two lines for an overlap.
 * @param bytes The PDF.
 * @returns Every run's box, pages numbered from 1.
 */
export async function textBoxes(bytes: Uint8Array): Promise<TextBox[]> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const boxes: TextBox[] = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [, , , , x, y] = item.transform as number[];
        const fontSize = Math.hypot(item.transform[2] as number, item.transform[3] as number);
        boxes.push({ page: n, text: item.str, left: x ?? 0, right: (x ?? 0) + item.width, bottom: y ?? 0, top: (y ?? 0) + fontSize * 0.7, fontSize });
      }
    }
    return boxes;
  } finally {
    await pdf.destroy();
  }
}

/**
 * Runs of text drawn over other text: pairs of boxes on one page that overlap by more than
 * half a point each way (runs that merely touch, as a link and its full stop do, are fine).
 * @param bytes The PDF.
 * @returns Each overlapping pair, as "page N: "a" over "b"".
 */
export async function overlappingText(bytes: Uint8Array): Promise<string[]> {
  const boxes = await textBoxes(bytes);
  const overlaps: string[] = [];
  const slack = 0.5;
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      if (a.page !== b.page) continue;
      const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const up = Math.min(a.top, b.top) - Math.max(a.bottom, b.bottom);
      if (across > slack && up > slack) overlaps.push(`page ${a.page}: "${a.text}" over "${b.text}"`);
    }
  }
  return overlaps;
}
