import fc from 'fast-check';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { planImport } from '../../src/import/plan-import.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { buildDocument } from '../../src/library/build-document.js';
import { parseSource } from '../../src/content/parse-source.js';
import { loadProject } from '../../src/build/prepare.js';
import { handoutToDocx } from '../helpers/handout-to-docx.js';
import { handoutArbitrary, toMarkdown } from '../helpers/random-handout.mjs';
import { bodySentences, bodyTextOf, questionsOf } from './helpers.js';

const OPTIONS = { slug: null, surgeon: null, knownSurgeons: [], brand: null, today: '2026-12-01', reviewMonths: 12, applySuggestions: false };

describe('round trip of random handouts through Word', () => {
  test('should keep every sentence and question of generated handouts (lists nested three deep, tables, boxes, emphasis, URLs, times)', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'handouts-import-random-'));
    const { library } = await loadProject(join(import.meta.dirname, '../../content'), () => {});
    await fc.assert(
      fc.asyncProperty(handoutArbitrary, async (doc) => {
        const { markdown } = toMarkdown(doc);
        const path = join(folder, 'generated.docx');
        await writeFile(path, await handoutToDocx(markdown));
        const plan = await planImport(path, OPTIONS, {
          file: 'generated.docx',
          report: (d) => {
            throw new Error(d.message);
          },
        });
        if (plan === null) throw new Error('generated.docx was not imported');
        // The press's own parser and validator accept it (the import checks this too, with lint).
        const unread: Diagnostic[] = [];
        const parsed = parseSource(plan.markdown, 'generated.md', (d) => unread.push(d));
        if (parsed) buildDocument(parsed, library, plan.slug, (d) => unread.push(d));
        expect(unread.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
        expect(questionsOf(plan.markdown)).toEqual(questionsOf(markdown));
        const text = bodyTextOf(plan.markdown);
        expect(bodySentences(markdown).filter((sentence) => !text.includes(sentence))).toEqual([]);
      }),
      { numRuns: Number(process.env['IMPORT_RUNS'] ?? 5), seed: Number(process.env['IMPORT_SEED'] ?? 20261201) },
    );
  }, 120_000);
});
