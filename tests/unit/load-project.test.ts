import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { loadProject } from '../../src/build/prepare.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { makeContent, TEST_SURGEON } from '../helpers/library.js';

describe('loadProject', () => {
  test('reports problems in surgeon and brand files into the report it is given, surgeons first, and leaves those out', async () => {
    const content = await makeContent({
      // No name: the surgeon front matter requires one.
      'surgeons/test-nameless.md': '---\nrole: Test role\n---\n\nA fictional surgeon used only in tests.\n',
      'surgeons/test-surgeon.md': TEST_SURGEON,
    });
    const templates = await makeContent({
      'brands/vicoss/brand.yaml': await readFile('templates/brands/vicoss/brand.yaml'),
      'brands/test-empty/notes.txt': 'A brand folder with no brand.yaml.',
    });
    const reported: Diagnostic[] = [];
    const project = await loadProject(content, (d) => reported.push(d), templates);
    expect(reported.map((d) => [d.file.split('/').slice(-2).join('/'), d.ruleId, d.severity])).toEqual([
      ['surgeons/test-nameless.md', 'schema/required', 'error'],
      ['test-empty/brand.yaml', 'brand/missing', 'error'],
    ]);
    expect([...project.library.surgeons.keys()]).toEqual(['test-surgeon']);
    expect([...project.library.brands.keys()]).toEqual(['vicoss']);
  });
});
