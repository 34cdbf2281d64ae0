import { PDFParse } from 'pdf-parse';

/** What a test needs to know about a PDF, read back with pdf-parse. */
export interface PdfReadback {
  /** Text of each page, in order. */
  pages: string[];
  /** Page sizes in points. */
  sizes: Array<{ width: number; height: number }>;
  /** Document info (Title, Author, Subject, Language, …). */
  info: Record<string, unknown>;
  /** Bookmark titles, depth-first. */
  bookmarks: string[];
  /** Link URLs per page. */
  links: string[][];
}

/**
 * Read a PDF back: page text, sizes, metadata, bookmarks and links.
 * @param bytes The PDF.
 * @returns What pdf-parse sees.
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfReadback> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    const info = await parser.getInfo({ parsePageInfo: true });
    const text = await parser.getText();
    const bookmarks: string[] = [];
    const walk = (items: Array<{ title: string; items?: unknown[] }> | null | undefined) => {
      for (const item of items ?? []) {
        bookmarks.push(item.title);
        walk(item.items as typeof items);
      }
    };
    walk(info.outline as Array<{ title: string; items?: unknown[] }> | null);
    return {
      pages: text.pages.map((page) => page.text),
      sizes: (info.pages ?? []).map((page) => ({ width: page.width, height: page.height })),
      info: info.info as Record<string, unknown>,
      bookmarks,
      links: (info.pages ?? []).map((page) => (page.links ?? []).map((link) => link.url)),
    };
  } finally {
    await parser.destroy();
  }
}

/** Collapse all white space to single spaces, so line breaks in the PDF don't matter. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The body text of a handout PDF as one string: pages joined, each page's footer removed
 * (the footer repeats on every page and would split sentences that cross a page break).
 * @param pdf The read-back PDF.
 * @param footerLines Lines that make up the footer.
 * @returns Normalised text.
 */
export function bodyText(pdf: PdfReadback, footerLines: readonly string[]): string {
  return normalizeSpace(
    pdf.pages
      .map((page) => {
        let text = normalizeSpace(page);
        for (const line of footerLines) text = text.split(normalizeSpace(line)).join(' ');
        return text.replace(/Page \d+ of \d+/g, ' ');
      })
      .join(' '),
  );
}
