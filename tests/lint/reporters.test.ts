import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { formatGithub, formatJson, formatPretty } from '../../src/lint/reporters.js';

const WARNING: Diagnostic = { file: 'content/handouts/a.md', line: 35, column: 300, severity: 'warning', message: '"onging" is not in the dictionary', ruleId: 'lint/spelling' };
const ERROR: Diagnostic = { file: 'content/handouts/a.md', line: 6, column: 13, severity: 'error', message: 'review overdue since 2026-05-01', ruleId: 'lint/review-overdue' };
const FIGURES = { smog: 14, fleschKincaid: 11.7, sentences: 36, target: 8 };

describe('formatPretty', () => {
  test('should print compiler-style lines sorted by place, then a summary', () => {
    expect(formatPretty([WARNING, ERROR])).toBe(
      'content/handouts/a.md:6:13 error review overdue since 2026-05-01  lint/review-overdue\n' +
        'content/handouts/a.md:35:300 warning "onging" is not in the dictionary  lint/spelling\n' +
        '1 error, 1 warning in 1 file\n',
    );
  });

  test('should print each file’s reading grade, passing or not', () => {
    expect(formatPretty([], new Map([['content/handouts/a.md', { ...FIGURES, smog: 7.5 }]]))).toBe(
      'content/handouts/a.md: reading grade SMOG 7.5, Flesch-Kincaid 11.7 over 36 sentences (within the target of 8)\n',
    );
  });

  test('should print nothing when there is nothing to say', () => {
    expect(formatPretty([])).toBe('');
  });
});

describe('formatJson', () => {
  test('should give sorted diagnostics and readability by file', () => {
    expect(JSON.parse(formatJson([WARNING, ERROR], { 'content/handouts/a.md': FIGURES }))).toEqual({
      diagnostics: [ERROR, WARNING],
      readability: { 'content/handouts/a.md': FIGURES },
    });
  });
});

describe('formatGithub', () => {
  test('should print one workflow command per diagnostic', () => {
    expect(formatGithub([ERROR])).toBe('::error file=content/handouts/a.md,line=6,col=13,title=lint/review-overdue::review overdue since 2026-05-01\n');
  });

  test('should escape percent signs and newlines in the message and commas and colons in properties', () => {
    const d: Diagnostic = { ...WARNING, file: 'a,b:c.md', message: '28% of\npeople' };
    expect(formatGithub([d])).toBe('::warning file=a%2Cb%3Ac.md,line=35,col=300,title=lint/spelling::28%25 of%0Apeople\n');
  });
});
