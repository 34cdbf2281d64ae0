import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { formatSummary } from '../../src/lint/reporters.js';
import { handout, makeContent } from '../helpers/library.js';
import { run } from '../helpers/run-cli.js';

/**
 * `build` prints a short report: errors in full, warnings counted by rule, the reading grade,
 * and where to see every warning; `--verbose`, `lint` and `lint --reporter github` list them all
 * (issue 17, item 17: a plain build of the clinic's one leaflet printed 57 warning lines).
 */

const warning = (line: number, ruleId: string): Diagnostic => ({ file: 'content/handouts/a.md', line, column: 1, severity: 'warning', message: `a ${ruleId} warning`, ruleId });
const ERROR: Diagnostic = { file: 'content/handouts/a.md', line: 6, column: 13, severity: 'error', message: 'review overdue since 2026-05-01', ruleId: 'lint/review-overdue' };
const FIGURES = { smog: 14, fleschKincaid: 11.7, sentences: 36, target: 8 };

describe('formatSummary', () => {
  test('should print errors in full and count warnings by rule, most frequent first', () => {
    const text = formatSummary([warning(9, 'lint/spelling'), ERROR, warning(3, 'lint/jargon'), warning(4, 'lint/jargon')], { 'content/handouts/a.md': FIGURES });
    expect(text).toBe(
      'content/handouts/a.md:6:13 error review overdue since 2026-05-01  lint/review-overdue\n' +
        'warnings by rule: 2 lint/jargon, 1 lint/spelling\n' +
        'content/handouts/a.md: reading grade SMOG 14.0, Flesch-Kincaid 11.7 over 36 sentences (above the target of 8)\n' +
        '1 error, 3 warnings in 1 file; run `handouts lint` to see every warning, or build with --verbose\n',
    );
  });

  test('should give a library one reading-grade line, naming the hardest handout', () => {
    const figures = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`content/handouts/h${i}.md`, { ...FIGURES, smog: 6 + i }]));
    expect(formatSummary([], figures)).toBe('reading grade: 5 of 8 handouts above their target, the hardest content/handouts/h7.md (SMOG 13.0 against 8)\n');
  });

  test('should say nothing more when there is nothing to say', () => {
    expect(formatSummary([])).toBe('');
    expect(formatSummary([ERROR])).toBe('content/handouts/a.md:6:13 error review overdue since 2026-05-01  lint/review-overdue\n1 error, 0 warnings in 1 file\n');
  });
});

describe('build, lint and their reports', () => {
  // Three jargon words and an unknown one: four warnings of two rules (fictional test text).
  const TEXT = handout('## What is it?\n\nThe lumbar vertebrae and the sacroiliac joint may cause radiculopathy. Sometimes it is a flurble.\n');
  const lines = (text: string, pattern: RegExp) => text.split('\n').filter((line) => pattern.test(line));

  test('build should count its warnings by rule instead of listing them', async () => {
    const content = await makeContent({ 'handouts/x.md': TEXT });
    const { code, stderr } = await run(['build', '--content', content, '--out', `${content}/out`, '--jobs', '1', '--today', '2026-11-25']);
    expect(code).toBe(0);
    expect(lines(stderr, / warning /)).toEqual([]);
    expect(stderr).toMatch(/^warnings by rule: \d+ lint\/\S+/m);
    expect(stderr).toMatch(/x\.md: reading grade SMOG/);
    expect(stderr).toContain('run `handouts lint` to see every warning, or build with --verbose');
  });

  test('build --verbose, lint and lint --reporter github should list every warning', async () => {
    const content = await makeContent({ 'handouts/x.md': TEXT });
    const verbose = await run(['build', '--content', content, '--out', `${content}/out`, '--jobs', '1', '--today', '2026-11-25', '--verbose']);
    const lint = await run(['lint', '--content', content, '--today', '2026-11-25']);
    const github = await run(['lint', '--content', content, '--today', '2026-11-25', '--reporter', 'github']);
    const count = Number(/, (\d+) warnings in/.exec(lint.stdout)?.[1]);
    expect(count).toBeGreaterThan(1);
    expect(lines(verbose.stderr, / warning /)).toHaveLength(count);
    expect(lines(lint.stdout, / warning /)).toHaveLength(count);
    expect(lines(github.stdout, /^::warning /)).toHaveLength(count);
  });
});
