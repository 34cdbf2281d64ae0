import { Document, Page, renderToBuffer, Text, View } from '@react-pdf/renderer';
import { createElement as h } from 'react';
import { describe, expect, test } from 'vitest';
import { readPdf } from '../helpers/pdf.js';

// patches/@react-pdf+layout: text laid out before is not laid out again when everything its
// layout depends on is the same (a running footer on every page). These texts are the same but
// for one input each; each must come out laid out for its own.
const SENTENCE = 'Ring the clinic on the number in your letter if the pain gets worse or you feel unwell. ';
const TEXT = SENTENCE.repeat(4);

async function pages(...bodies: ReturnType<typeof h>[]): Promise<string[]> {
  // The page layout's footer: the same words on every page, then the page number.
  const footer = ({ pageNumber, totalPages }: { pageNumber?: number; totalPages?: number }) =>
    h(View, { key: 'f' }, h(Text, null, `Footer words the same on every page. Page ${pageNumber} of ${totalPages}`));
  const doc = h(
    Document,
    null,
    bodies.map((body, index) => h(Page, { key: index, size: 'A5', style: { padding: 30, fontSize: 11 }, layout: ({ children, ...props }: { children?: unknown }) => [h(View, { key: 'b', style: { flexGrow: 1 } }, children as never), footer(props)] }, body)),
  );
  const bytes = new Uint8Array(await renderToBuffer(doc as Parameters<typeof renderToBuffer>[0]));
  return (await readPdf(bytes)).pages;
}

/** Lines of a page's body text, the footer's left out. */
const bodyLines = (page: string) => page.split('\n').filter((line) => line.trim() && !line.includes('Footer') && !line.includes('Page ')).length;

describe('remembered text layouts', () => {
  test('the same words in a narrower box, or larger, are laid out again; a footer is right on every page', async () => {
    const [wide, narrow, large] = await pages(
      h(View, { style: { width: 300 } }, h(Text, null, TEXT)),
      h(View, { style: { width: 120 } }, h(Text, null, TEXT)),
      h(View, { style: { width: 300 } }, h(Text, { style: { fontSize: 16 } }, TEXT)),
    );
    const lines = [wide!, narrow!, large!].map(bodyLines);
    expect(lines[1]).toBeGreaterThan(lines[0]! + 3);
    expect(lines[2]).toBeGreaterThan(lines[0]!);
    [wide, narrow, large].forEach((page, index) => expect(page).toContain(`Page ${index + 1} of 3`));
  }, 60_000);
});
