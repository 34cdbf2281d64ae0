import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { makeContent } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { bodyOfPages, handoutArbitrary, letters, strayHyphens, toMarkdown } from '../helpers/random-handout.mjs';

/**
 * Property: any valid handout builds, every generated sentence reaches the PDF, no hyphen is
 * added where no long word is broken, and no page ends with a question or heading. A few documents here; `npm run fuzz` runs thousands.
 */
test('random valid handouts build with every sentence and no stranded question', async () => {
  await fc.assert(
    fc.asyncProperty(handoutArbitrary, async (doc) => {
      const { markdown, sentences, questions, size } = toMarkdown(doc);
      const content = await makeContent({ 'handouts/fuzz.md': markdown });
      const out = await mkdtemp(join(tmpdir(), 'handouts-fuzz-'));
      const result = await build({ contentDir: content, outDir: out, jobs: 1, today: '2026-11-25' });
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const pdf = await readPdf(await readFile(join(out, `fuzz/fuzz-${size}.pdf`)));
      const text = letters(bodyOfPages(pdf.pages));
      expect(sentences.filter((s) => !text.includes(letters(s)))).toEqual([]);
      expect(strayHyphens(pdf.pages, markdown)).toEqual([]);
      for (const page of pdf.pages) {
        const body = normalizeSpace(page.split('All information is general')[0] ?? page);
        for (const question of questions) expect(body.endsWith(question)).toBe(false);
      }
    }),
    { numRuns: 3, seed: 20261125 },
  );
}, 180_000);
