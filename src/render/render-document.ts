import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { HandoutTemplate, type PageSetup } from '../../templates/handout/index.js';
import type { SizeProfile } from '../../templates/shared/sizes.js';
import type { HandoutDocument } from '../model/document.js';

/**
 * Render a handout's pages (before any imposition).
 * @param document The validated handout.
 * @param size The page profile.
 * @param setup Bleed and writing pages.
 * @returns The PDF bytes.
 */
export async function renderDocument(document: HandoutDocument, size: SizeProfile, setup: PageSetup): Promise<Uint8Array> {
  // The template returns a <Document> wrapped in a context provider; renderToBuffer's type wants the Document.
  const element = createElement(HandoutTemplate, { document, size, setup }) as Parameters<typeof renderToBuffer>[0];
  const buffer = await renderToBuffer(element);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
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
