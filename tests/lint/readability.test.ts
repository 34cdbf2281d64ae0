import { describe, expect, test } from 'vitest';
import { lintText } from './helpers.js';

const FRONT = '---\ntitle: "Test handout"\n---\n\n';

function figures(body: string, readingTarget?: number) {
  return lintText(FRONT + body, 'test.md', readingTarget === undefined ? {} : { readingTarget }).readability;
}

describe('readability', () => {
  test('should return the figures even when the handout passes', () => {
    // 2 sentences, 10 words, 11 syllables, no polysyllables:
    // SMOG = 1.043 × √0 + 3.1291; FK = 0.39 × 5 + 11.8 × 1.1 − 15.59 = −0.66.
    expect(figures('## What is it?\n\nIt is pain in your back. It will get better.\n')).toEqual({ smog: 3.1, fleschKincaid: -0.7, sentences: 2, target: 8 });
  });

  test('should not count headings as sentences', () => {
    expect(figures('## What is it?\n\n## Why does it happen?\n\nIt is pain in your back.\n')?.sentences).toBe(1);
  });

  test('should not count list fragments as sentences', () => {
    expect(figures('It can help to:\n\n- rest\n- walk a little\n- Take a warm bath.\n')?.sentences).toBe(2);
  });

  test('should not end a sentence at "Dr." or inside "12.9%"', () => {
    expect(figures('Dr. Lee says 12.9% of people still have pain.\n')?.sentences).toBe(1);
  });

  test('should be null when there is no running text', () => {
    expect(figures('## What is it?\n\n- rest\n')).toBeNull();
  });

  test('should carry the brand’s target', () => {
    expect(figures('It is pain in your back.\n', 6)?.target).toBe(6);
  });

  test('should warn against a lower target', () => {
    const body = 'Degenerative spondylolisthesis is an anatomical malalignment of the vertebrae.\n';
    const warned = lintText(FRONT + body, 'test.md', { readingTarget: 6 }).diagnostics.some((d) => d.ruleId === 'lint/reading-level');
    expect(warned).toBe(true);
  });
});
