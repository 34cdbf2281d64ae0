import { Font, renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { HandoutTemplate, type PageSetup } from '../../templates/handout/index.js';
import { fontStack } from '../print/fonts.js';
import type { SizeProfile } from '../print/sizes.js';
import type { HandoutDocument } from '../model/document.js';

/**
 * Render a handout's pages (before any imposition).
 * @param document The validated handout.
 * @param size The page profile.
 * @param setup Bleed and writing pages.
 * @returns The PDF bytes.
 */
export async function renderDocument(document: HandoutDocument, size: SizeProfile, setup: PageSetup): Promise<Uint8Array> {
  // Fonts are reloaded for every document. react-pdf shares one fontkit object per font across
  // renders, and glyph state from one document leaked into the next: in a batch, a later
  // handout lost a capital "O" ("O ècszazkkt" printed as "ècszazkkt"), found by the fuzz tests.
  // A fresh font per document costs a few milliseconds; a lost letter costs a wrong leaflet.
  reloadFonts(document);
  // The template returns a <Document> wrapped in a context provider; renderToBuffer's type wants the Document.
  const element = createElement(HandoutTemplate, { document, size, setup }) as Parameters<typeof renderToBuffer>[0];
  const buffer = await renderToBuffer(element);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Drop the loaded font data of a brand's family and of every fallback font so react-pdf loads
 * afresh the ones this document is set in (not Helvetica's, which is built in). The fallbacks
 * share fontkit's glyph cache as much as the brand font does. Dropping all of them, not only
 * this document's (`documentFontStack`), also frees a font an earlier document in the process
 * loaded (a Chinese one) when this one does not use it: react-pdf loads only the families of
 * the document's `fontFamily` lists.
 */
function reloadFonts(document: HandoutDocument): void {
  const fonts = Font.getRegisteredFonts() as Record<string, { sources: Array<{ data: unknown; loadResultPromise: unknown }> }>;
  for (const { family } of fontStack(document.brand.font, document.meta.language)) {
    // Both fields: react-pdf's own Font.reset() clears only `data`, and the kept promise then
    // never loads it again.
    for (const source of fonts[family]?.sources ?? []) {
      source.data = null;
      source.loadResultPromise = null;
    }
  }
}

/**
 * Count the pages of a PDF written by react-pdf (pdfkit writes page objects uncompressed).
 * @param bytes The PDF.
 * @returns The number of `/Type /Page` objects.
 */
export function countPages(bytes: Uint8Array): number {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return text.match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}
