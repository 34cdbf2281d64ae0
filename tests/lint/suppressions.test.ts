import { describe, expect, test } from 'vitest';
import { lintText } from './helpers.js';

const FRONT = '---\ntitle: "Test handout"\n---\n\n## Where is the pain?\n\n';

function ruleIds(body: string): string[] {
  return lintText(FRONT + body, 'test.md').diagnostics.map((d) => `${d.line} ${d.ruleId}`);
}

describe('inline suppression', () => {
  test('should report jargon without a comment', () => {
    expect(ruleIds('You may feel pain in your lumbar spine.\n')).toContain('7 lint/jargon');
  });

  test('should excuse the rule it names on the next line', () => {
    expect(ruleIds('<!-- handouts-disable-next-line lint/jargon -->\nYou may feel pain in your lumbar spine.\n')).not.toContain('8 lint/jargon');
  });

  test('should not excuse a rule it does not name', () => {
    expect(ruleIds('<!-- handouts-disable-next-line lint/spelling -->\nYou may feel pain in your lumbar spine.\n')).toContain('8 lint/jargon');
  });

  test('should excuse every rule when it names none', () => {
    const found = ruleIds('<!-- handouts-disable-next-line -->\nStiffness is common in your lumbar spine.\n');
    expect(found.filter((entry) => entry.startsWith('8 '))).toEqual([]);
  });

  test('should accept several ids separated by commas and a reason after " -- "', () => {
    const body = '<!-- handouts-disable-next-line lint/jargon, lint/verbal-risk -- the surgeon asked for this -->\nStiffness is common in your lumbar spine.\n';
    expect(ruleIds(body).filter((entry) => entry.startsWith('8 '))).toEqual([]);
  });

  test('should excuse only the line after the comment', () => {
    const body = '<!-- handouts-disable-next-line lint/jargon -->\nYou may feel pain in your lumbar spine,\nor in your lumbar muscles.\n';
    expect(ruleIds(body).filter((entry) => entry.endsWith('lint/jargon'))).toEqual(['9 lint/jargon']);
  });

  test('should work inside a list item', () => {
    const body = '- A list item.\n  <!-- handouts-disable-next-line lint/jargon -->\n  Pain in your lumbar spine.\n';
    expect(ruleIds(body).filter((entry) => entry.endsWith('lint/jargon'))).toEqual([]);
  });
});
