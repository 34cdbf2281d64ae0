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
