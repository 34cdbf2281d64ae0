import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString, PDFHexString, PDFArray } from '@cantoo/pdf-lib';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout, makeContent } from '../helpers/library.js';

/**
 * A question has one id: the PDF's named destination, the PDF's internal links, and the web
 * page's `id` all come from one slug function, so an apostrophe or an accent in a heading
 * cannot give the PDF one id and the web page another.
 */

const BODY = `Test introduction; see [the test reduction](#whats-a-reduction).

## What's a réduction?

A test answer.

## What's a réduction?

The same test question again.
`;

/** The names in a PDF's named-destination tree (pdfkit writes them under /Names /Dests). */
function destinationNames(pdf: PDFDocument): string[] {
  const names = pdf.catalog.lookupMaybe(PDFName.of('Names'), PDFDict)?.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const found: string[] = [];
  const walk = (node: PDFDict | undefined) => {
    const pairs = node?.lookupMaybe(PDFName.of('Names'), PDFArray);
    for (let i = 0; pairs && i < pairs.size(); i += 2) found.push(decode(pairs.lookup(i)));
    const kids = node?.lookupMaybe(PDFName.of('Kids'), PDFArray);
    for (let i = 0; kids && i < kids.size(); i += 1) walk(kids.lookup(i, PDFDict));
  };
  walk(names);
  return found;
}

/** The destinations the PDF's internal links (GoTo actions) jump to. */
function internalLinkTargets(pdf: PDFDocument): string[] {
  return pdf.getPages().flatMap((page) =>
    (page.node.Annots()?.asArray() ?? []).flatMap((ref) => {
      const annot = pdf.context.lookup(ref, PDFDict);
      const action = annot.lookupMaybe(PDFName.of('A'), PDFDict);
      const target = action?.lookupMaybe(PDFName.of('S'), PDFName) === PDFName.of('GoTo') ? action.lookup(PDFName.of('D')) : annot.lookup(PDFName.of('Dest'));
      return target ? [decode(target)] : [];
    }),
  );
}

function decode(value: unknown): string {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return String(value);
}

describe('section ids', () => {
  test('should give a question the same id in the PDF and on the web page', async () => {
    const content = await makeContent({ 'handouts/ids.md': handout(BODY) });
    const out = join(content, 'out');
    const result = await build({ contentDir: content, outDir: out, sizes: ['a4', 'web'], jobs: 1, today: '2026-11-25' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const html = await readFile(join(out, 'ids/index.html'), 'utf8');
    const webIds = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(webIds).toEqual(['whats-a-reduction', 'whats-a-reduction-2']);

    const pdf = await PDFDocument.load(await readFile(join(out, 'ids/ids-a4.pdf')));
    expect(destinationNames(pdf)).toEqual(expect.arrayContaining(webIds));
    expect(internalLinkTargets(pdf)).toEqual(['whats-a-reduction']);
  });
});

describe('links to questions', () => {
  test('should stop the build at a link to a question the handout does not have', async () => {
    const content = await makeContent({ 'handouts/ids.md': handout(BODY.replace('(#whats-a-reduction)', '(#what-is-a-reduction)')) });
    const result = await build({ contentDir: content, outDir: join(content, 'out'), check: true, today: '2026-11-25' });
    expect(result.diagnostics.filter((d) => d.ruleId === 'markdown/link-anchor').map((d) => `${d.line}:${d.column} ${d.severity}`)).toEqual(['6:24 error']);
  });
});
