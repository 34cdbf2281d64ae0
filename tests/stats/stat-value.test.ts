import { describe, expect, test } from 'vitest';
import { parseStatValue } from '../../src/model/stat-value.js';

describe('parseStatValue', () => {
  test('should parse a whole percentage', () => {
    expect(parseStatValue('28%')).toEqual({ kind: 'percent', percent: 28, text: '28%' });
  });

  test('should parse a decimal percentage', () => {
    expect(parseStatValue('2.9%')).toEqual({ kind: 'percent', percent: 2.9, text: '2.9%' });
  });

  test('should parse a percentage below 1%', () => {
    expect(parseStatValue('0.5%')).toEqual({ kind: 'percent', percent: 0.5, text: '0.5%' });
  });

  test('should trim the text and allow a space before the % sign', () => {
    expect(parseStatValue(' 28 % ')).toEqual({ kind: 'percent', percent: 28, text: '28 %' });
  });

  test.each([
    ['17%-28%', 17, 28],
    ['5-15%', 5, 15],
    ['85–90%', 85, 90],
    ['5 to 15%', 5, 15],
    ['0.2%-0.8%', 0.2, 0.8],
  ])('should parse the range %s', (text, low, high) => {
    expect(parseStatValue(text)).toEqual({ kind: 'range', low, high, text });
  });

  test('should reject words', () => {
    expect(parseStatValue('twelve')).toEqual({ error: '"twelve" is not a percentage; write it as "28%" or a range as "17%-28%"' });
  });

  test('should reject a percentage above 100%', () => {
    expect(parseStatValue('140%')).toEqual({ error: '140% is more than 100%; a share of people is between 0% and 100%' });
  });

  test('should reject a range that goes above 100%', () => {
    expect(parseStatValue('90%-140%')).toHaveProperty('error', '90%-140% goes above 100%; a share of people is between 0% and 100%');
  });

  test('should reject a range written high to low', () => {
    expect(parseStatValue('28%-17%')).toHaveProperty('error', expect.stringContaining('smaller number first'));
  });

  test('should reject a negative percentage', () => {
    expect(parseStatValue('-5%')).toHaveProperty('error', '-5% is negative; a share of people is between 0% and 100%');
  });

  test('should suggest a point for a decimal comma', () => {
    expect(parseStatValue('2,9%')).toHaveProperty('error', expect.stringContaining('"2.9%"'));
  });

  test('should ask for the % sign on a bare number', () => {
    expect(parseStatValue('28')).toHaveProperty('error', '"28" has no % sign; write it as "28%"');
  });
});
