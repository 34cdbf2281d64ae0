import { describe, expect, test } from 'vitest';
import { lintText } from './helpers.js';

function review(due: string, today: string): string[] {
  const text = `---\ntitle: "Test handout"\nreview_due: ${due}\n---\n\n## What is it?\n\nIt is pain in your back.\n`;
  return lintText(text, 'test.md', { today })
    .diagnostics.filter((d) => d.ruleId === 'lint/review-overdue')
    .map((d) => `${d.severity} ${d.message.split(';')[0]}`);
}

describe('lint/review-overdue against an injected today', () => {
  test('should be an error the day after the review was due', () => {
    expect(review('2026-05-01', '2026-05-02')).toEqual(['error review overdue since 2026-05-01']);
  });

  test('should warn on the day the review is due', () => {
    expect(review('2026-05-01', '2026-05-01')).toEqual(['warning review due on 2026-05-01 (today)']);
  });

  test('should warn 90 days ahead', () => {
    expect(review('2026-05-01', '2026-01-31')).toEqual(['warning review due on 2026-05-01 (in 90 days)']);
  });

  test('should say nothing 91 days ahead', () => {
    expect(review('2026-05-01', '2026-01-30')).toEqual([]);
  });
});
