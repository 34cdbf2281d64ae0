import { describe, expect, test } from 'vitest';
import { DiagnosticSink } from '../../src/diagnostics.js';
import { parseStatValue } from '../../src/model/stat-value.js';

/** Parse a value as the callout at 3:1 of fbss.md would: the value, and what was reported. */
function parse(text: string) {
  const sink = new DiagnosticSink();
  const value = parseStatValue(text, sink.report, 'fbss.md', { line: 3, column: 1 });
  return { value, problems: sink.sorted() };
}

/** The one message a bad value reports, after checking it is located and there is no value. */
function problem(text: string): string {
  const { value, problems } = parse(text);
  expect(value).toBeNull();
  expect(problems).toHaveLength(1);
  expect(problems[0]).toMatchObject({ file: 'fbss.md', line: 3, column: 1, severity: 'error', ruleId: 'markdown/stat-value' });
  return problems[0]?.message ?? '';
}

describe('parseStatValue', () => {
  test('should parse a whole percentage', () => {
    expect(parse('28%')).toEqual({ problems: [], value: { kind: 'percent', percent: 28, text: '28%' } });
  });

  test('should parse a decimal percentage', () => {
    expect(parse('2.9%')).toEqual({ problems: [], value: { kind: 'percent', percent: 2.9, text: '2.9%' } });
  });

  test('should parse a percentage below 1%', () => {
    expect(parse('0.5%')).toEqual({ problems: [], value: { kind: 'percent', percent: 0.5, text: '0.5%' } });
  });

  test('should trim the text and allow a space before the % sign', () => {
    expect(parse(' 28 % ')).toEqual({ problems: [], value: { kind: 'percent', percent: 28, text: '28 %' } });
  });

  test.each([
    ['17%-28%', 17, 28],
    ['5-15%', 5, 15],
    ['85–90%', 85, 90],
    ['5 to 15%', 5, 15],
    ['0.2%-0.8%', 0.2, 0.8],
  ])('should parse the range %s', (text, low, high) => {
    expect(parse(text)).toEqual({ problems: [], value: { kind: 'range', low, high, text } });
  });

  test('should reject words', () => {
    expect(problem('twelve')).toBe('`:::stat` value "twelve" is not a percentage; write it as "28%" or a range as "17%-28%"');
  });

  test('should reject a percentage above 100%', () => {
    expect(problem('140%')).toBe('`:::stat` value 140% is more than 100%; a share of people is between 0% and 100%');
  });

  test('should reject a range that goes above 100%', () => {
    expect(problem('90%-140%')).toBe('`:::stat` value 90%-140% goes above 100%; a share of people is between 0% and 100%');
  });

  test('should reject a range written high to low', () => {
    expect(problem('28%-17%')).toContain('smaller number first');
  });

  test('should reject a negative percentage', () => {
    expect(problem('-5%')).toBe('`:::stat` value -5% is negative; a share of people is between 0% and 100%');
  });

  test('should suggest a point for a decimal comma', () => {
    expect(problem('2,9%')).toContain('"2.9%"');
  });

  test('should ask for the % sign on a bare number', () => {
    expect(problem('28')).toBe('`:::stat` value "28" has no % sign; write it as "28%"');
  });
});
