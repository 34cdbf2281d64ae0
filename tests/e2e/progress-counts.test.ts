import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { buildOne } from '../helpers/run-cli.js';

describe('progress counts', () => {
  test('the plan counts the PDFs the summary counts: a booklet writes two (its sheets and its reading-order pages)', async () => {
    const result = await buildOne({ 'handouts/counted.md': handout('## Why count?\n\nSo the two lines agree.\n') }, ['--size', 'a4,a5-booklet']);
    expect(result.code).toBe(0);
    // Three files from two renders: before, the plan said "2 PDFs to render" and the summary "built 3 PDFs".
    expect(result.stdout).toMatch(/^3 PDFs to render; 0 of 1 handouts up to date$/m);
    expect(result.stdout).toMatch(/^built 3 PDFs, /m);
    expect(result.stdout.match(/\.pdf {2}\d+ pages?/g)).toHaveLength(3);
  }, 60_000);
});
