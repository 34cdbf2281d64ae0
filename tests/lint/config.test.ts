import { describe, expect, test } from 'vitest';
import { LINT_RULES } from '../../src/lint/index.js';
import { LintConfigSchema } from '../../src/model/lint-config.js';
import { LINT_RULE_IDS } from '../../src/model/lint-config.js';
import { lintText } from './helpers.js';

const TEXT = '---\ntitle: "Test handout"\nreview_due: 2026-01-01\n---\n\n## Where is the pain?\n\nYou may feel pain in your lumbar spine.\n';

function severities(config: Record<string, 'off' | 'warning' | 'error'>, ruleId: string): string[] {
  return lintText(TEXT, 'test.md', { config })
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => d.severity);
}

describe('lint config', () => {
  test('should use the rule’s default severity when the config says nothing', () => {
    expect(severities({}, 'lint/jargon')).toEqual(['warning']);
  });

  test('should drop a rule set to off', () => {
    expect(severities({ 'lint/jargon': 'off' }, 'lint/jargon')).toEqual([]);
  });

  test('should raise a rule set to error', () => {
    expect(severities({ 'lint/jargon': 'error' }, 'lint/jargon')).toEqual(['error']);
  });

  test('should lower an error rule set to warning', () => {
    expect(severities({ 'lint/review-overdue': 'warning' }, 'lint/review-overdue')).toEqual(['warning']);
  });

  test('should report an overdue review as an error by default', () => {
    expect(severities({}, 'lint/review-overdue')).toEqual(['error']);
  });

  test('should accept a map of known rule ids', () => {
    expect(LintConfigSchema.safeParse({ 'lint/jargon': 'off', 'lint/spelling': 'error' }).success).toBe(true);
  });

  test('should reject an unknown rule id', () => {
    expect(LintConfigSchema.safeParse({ 'lint/jargn': 'off' }).success).toBe(false);
  });

  test('should reject an unknown setting', () => {
    expect(LintConfigSchema.safeParse({ 'lint/jargon': 'info' }).success).toBe(false);
  });

  test('should list every rule once with a description', () => {
    const ids = LINT_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(LINT_RULES.every((rule) => rule.description.length > 0)).toBe(true);
  });

  test('should know, without loading the rules, exactly the ids of the rules lint runs', () => {
    expect([...LINT_RULE_IDS].sort()).toEqual(LINT_RULES.map((rule) => rule.id).sort());
  });
});
