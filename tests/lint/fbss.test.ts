import { beforeAll, describe, expect, test } from 'vitest';
import { loadBrands, loadSurgeons } from '../../src/library/load-library.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { LintResult } from '../../src/lint/index.js';
import { lintFile, TEST_LIBRARY } from './helpers.js';

const FILE = 'content/handouts/failed-back-surgery-syndrome.md';
let result: LintResult;

beforeAll(async () => {
  // The clinic's real brand (no contact details yet) and surgeons, as a build uses them.
  const [brands, { surgeons }] = await Promise.all([loadBrands('templates', () => {}), loadSurgeons('content', () => {})]);
  result = lintFile(FILE, {}, { ...TEST_LIBRARY, brands, surgeons, defaultBrand: 'vicoss' });
});

function at(ruleId: string): string[] {
  return result.diagnostics.filter((d: Diagnostic) => d.ruleId === ruleId).map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('lint on the FBSS leaflet', () => {
  test('should report no errors, so the leaflet still builds', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('should report both dangling lead-ins and not the one followed by stat boxes', () => {
    expect(at('lint/dangling-lead-in')).toEqual([
      '52:95 "…looking for common culprits such as:" leads in to a list, but no list follows; add the list under it, or end the sentence with a full stop',
      '54:1 "…can nonetheless cause back pain including:" leads in to a list, but no list follows; add the list under it, or end the sentence with a full stop',
    ]);
  });

  test('should report the misspelling "onging" and no other word', () => {
    expect(at('lint/spelling')).toEqual([
      '35:300 "onging" is not in the dictionary (did you mean "ongoing"?); fix the spelling, or add the word to content/dictionary/medical-words.txt if it is right',
    ]);
  });

  test('should report the quarter-to-a-third mismatch and accept "nearly a third (28%)"', () => {
    expect(at('lint/proportion-mismatch')).toEqual([
      '45:111 "a quarter to a third" means 25% to 33%, but the figure is 17%-28%; use words that match the number, or give the number alone as "between 17 and 28 in 100 people"',
    ]);
  });

  test('should report its reading grade above the target, with the hardest sentences', () => {
    expect(at('lint/reading-level')).toEqual([
      '2:1 reading grade is SMOG 14.0 (Flesch-Kincaid 11.7) over 37 sentences, above the target of 8; use shorter sentences and words, starting with the hardest sentences: 24:1 (grade 23.7), 68:1 (grade 22.1), 72:1 (grade 19.3)',
    ]);
  });

  test('should return the reading figures', () => {
    expect(result.readability).toEqual({ smog: 14, fleschKincaid: 11.7, sentences: 37, target: 8 });
  });

  test('should report the two stat boxes without a source', () => {
    expect(at('lint/stat-source').map((line) => line.split(' ')[0])).toEqual(['40:3', '44:3']);
  });

  test('should report the call to action while the brand has no contact details', () => {
    expect(at('lint/call-to-action').map((line) => line.split(' ')[0])).toEqual(['74:8']);
  });
});
