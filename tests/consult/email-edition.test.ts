import { describe, expect, test } from 'vitest';
import { finishEmailEdition } from '../../src/consult/email-edition.js';
import { printSize } from '../../src/output/print-size.js';
import { buildFromMarkdown } from '../stats/helpers.js';
import { readPdf } from '../helpers/pdf.js';
import type { HandoutDocument } from '../../src/model/document.js';

const MARKDOWN = `---
title: "Links and bookmarks"
sizes: [a4]
reviewed: 2026-01-01
---

## Where can I read more?

See [the example page](https://example.org/more) for more.

## Who can I ask?

Ask [the example clinic](https://example.org/ask).
`;

describe('finishEmailEdition', () => {
  test('should keep links, bookmarks and metadata through pdf-lib', async () => {
    const document = (await buildFromMarkdown(MARKDOWN)) as HandoutDocument;
    const files = await printSize(document, 'a4', { bleed: 0 }, (d) => {
      throw new Error(d.message);
    });
    if (!files) throw new Error('not rendered');
    const raw = files[0]!.bytes;
    const before = await readPdf(raw);
    const after = await readPdf(await finishEmailEdition(raw, document.meta.title));
    expect(after.links).toEqual(before.links);
    expect(after.links.flat()).toEqual(['https://example.org/more', 'https://example.org/ask']);
    expect(after.bookmarks).toEqual(before.bookmarks);
    expect(after.bookmarks).toEqual(['Where can I read more?', 'Who can I ask?']);
    expect(after.info).toEqual(before.info);
  });

  test('should give the same bytes for the same input', async () => {
    const document = (await buildFromMarkdown(MARKDOWN)) as HandoutDocument;
    const files = await printSize(document, 'a4', { bleed: 0 }, (d) => {
      throw new Error(d.message);
    });
    if (!files) throw new Error('not rendered');
    const [a, b] = await Promise.all([finishEmailEdition(files[0]!.bytes, 'T'), finishEmailEdition(files[0]!.bytes, 'T')]);
    expect(a).toEqual(b);
  });
});
