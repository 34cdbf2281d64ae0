import { renderToBuffer } from '@react-pdf/renderer';
import { createElement } from 'react';
import { HandoutTemplate, type PageSetup } from '../../templates/handout/index.js';
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
  // Each font is loaded once per process and kept for every later document. That reuse once
  // lost letters (a capital "O" after "Ö", found by the fuzz tests) because fontkit cached a glyph
  // first met inside a composite glyph with no characters; patches/fontkit fixes that cache, and
  // tests/batch/render-reuse.test.ts checks that a render after others has every glyph and the
  // same bytes as one alone. Reloading the fonts for every document cost about 15% of a render.
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
