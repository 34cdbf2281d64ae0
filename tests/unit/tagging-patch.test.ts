import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { Document, Page, renderToBuffer, Svg, Rect, Text, View } from '@react-pdf/renderer';
import { createElement as h, type ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { scanMarkedContent } from '../helpers/content-stream.js';
import { readTagged, squeeze, type StructElement, type TaggedReadback } from '../helpers/tagged-pdf.js';

// The tagging patch (patches/@react-pdf+render…) on its own, without the handout templates:
// the props a template uses to say what each node is.

async function render(children: ReactElement[]): Promise<{ bytes: Uint8Array; readback: TaggedReadback }> {
  const doc = h(Document, { tagged: true, language: 'en-GB', title: 'Tagging test' }, h(Page, { size: 'A6', style: { padding: 20, fontSize: 10 } }, ...children));
  const buffer = await renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]);
  const bytes = new Uint8Array(buffer);
  return { bytes, readback: await readTagged(bytes) };
}

const roles = (elements: readonly StructElement[]): unknown[] => elements.map((e) => (e.children.length ? { [e.role]: roles(e.children) } : e.role));
const LONG = 'A sentence of test text that fills the line. '.repeat(60);

describe('the tagging patch', () => {
  test('a nested Text with lang is a Span with /Lang inside its paragraph', async () => {
    const { readback } = await render([h(Text, { key: 1 }, 'The word ', h(Text, { lang: 'fr' }, 'bonjour'), ' is French.')]);
    const span = readback.elements.find((e) => e.role === 'Span');
    expect(span?.lang).toBe('fr');
    expect(squeeze(span?.flow ?? '')).toBe('bonjour');
    expect(squeeze(readback.text)).toBe(squeeze('The word bonjour is French.'));
  });

  test('section opens a Sect that takes in the siblings after it; closeSections ends it', async () => {
    const { readback } = await render([
      h(Text, { key: 1, tag: { role: 'H2', section: 2 } }, 'First'),
      h(Text, { key: 2 }, 'One.'),
      h(Text, { key: 3, tag: { role: 'H3', section: 3 } }, 'Inner'),
      h(Text, { key: 4 }, 'Two.'),
      h(Text, { key: 5, tag: { role: 'H2', section: 2 } }, 'Second'),
      h(Text, { key: 6, tag: { role: 'P', closeSections: true } }, 'After.'),
    ]);
    expect(roles(readback.pages[0]!.roots)).toEqual([{ Document: [{ Sect: ['H2', 'P', { Sect: ['H3', 'P'] }] }, { Sect: ['H2'] }, 'P'] }]);
  });

  test('nodes with one tag id add to one element', async () => {
    const { readback } = await render([
      h(View, { key: 1, tag: { role: 'Div', id: 'box' } }, h(Text, null, 'Top.')),
      h(View, { key: 2, tag: { role: 'Div', id: 'box' } }, h(Text, null, 'Bottom.')),
    ]);
    expect(roles(readback.pages[0]!.roots)).toEqual([{ Document: [{ Div: ['P', 'P'] }] }]);
  });

  test('a paragraph split over pages is one P; fixed nodes and untagged drawings are artifacts', async () => {
    const { bytes, readback } = await render([
      h(Text, { key: 0, fixed: true, style: { fontSize: 8 } }, 'Running header'),
      h(Svg, { key: 1, width: 20, height: 20 }, h(Rect, { x: 0, y: 0, width: 20, height: 20, fill: '#888888' })),
      h(Text, { key: 2 }, LONG),
    ]);
    expect(readback.pages.length).toBeGreaterThan(1);
    for (const page of readback.pages) {
      expect(page.untagged).toEqual([]);
      expect(page.artifacts.join('')).toContain('Running header');
      // The same element continues: each page's tree holds exactly one P.
      expect(roles(page.roots)).toEqual([{ Document: ['P'] }]);
    }
    expect(squeeze(readback.text)).toBe(squeeze(LONG));
    // …and it is one element in the file, with marked content on every page.
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const paragraphs = pdf.context.enumerateIndirectObjects().filter(([, object]) => object instanceof PDFDict && object.get(PDFName.of('S'))?.toString() === '/P');
    expect(paragraphs.length).toBe(1);
    for (const report of await scanMarkedContent(bytes)) expect([report.unmarked, report.unbalanced, report.crossing]).toEqual([0, 0, 0]);
  });
});
