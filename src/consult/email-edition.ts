import { PDFDocument } from '@cantoo/pdf-lib';

/**
 * Finish a rendered PDF as the email edition: viewers show the document's title in the
 * window's title bar instead of the file name (/ViewerPreferences /DisplayDocTitle), and,
 * as react-pdf already set, open with the bookmarks panel (/PageMode /UseOutlines).
 * react-pdf has no prop for the title flag, so pdf-lib sets it. Loading and saving the PDF
 * (not embedding its pages, which is what drops them) keeps its links and bookmarks.
 * @param bytes The PDF from react-pdf.
 * @param title The document title (the handout's).
 * @returns The finished PDF; the same input gives the same bytes.
 */
export async function finishEmailEdition(bytes: Uint8Array, title: string): Promise<Uint8Array> {
  // updateMetadata: false keeps react-pdf's dates and producer, so the output stays deterministic.
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  pdf.setTitle(title, { showInWindowTitleBar: true });
  return pdf.save();
}
