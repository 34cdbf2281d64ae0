import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { buildOne } from '../helpers/run-cli.js';

describe('--today on a library build', () => {
  test('is the date review dates are checked against (it is not silently ignored)', async () => {
    const dated = handout('Text.\n', 'reviewed: 2026-01-01\nreview_due: 2027-01-01\n');
    const overdue = await buildOne({ 'handouts/dated.md': dated }, ['--today', '2027-06-01']);
    expect(overdue.code).toBe(1);
    expect(overdue.stderr).toMatch(/dated\.md:\d+:\d+ error .*review/);
    const current = await buildOne({ 'handouts/dated.md': dated }, ['--today', '2026-06-01']);
    expect(current.code).toBe(0);
  }, 60_000);
});
