import { describe, expect, test } from 'vitest';
import { formatLongDate, personalLines, personalSubject } from '../../src/consult/personal-lines.js';

const JANE = { preparedFor: 'Jane Citizen', consultDate: '2026-12-03', note: null };

describe('formatLongDate', () => {
  test('should write the date in words, day first', () => {
    expect(formatLongDate('2026-12-03')).toBe('3 December 2026');
  });

  test('should not move the date with the time zone (first and last day of a year)', () => {
    expect([formatLongDate('2027-01-01'), formatLongDate('2026-12-31')]).toEqual(['1 January 2027', '31 December 2026']);
  });
});

describe('personal lines', () => {
  test('should name the patient, the consult date and the surgeon', () => {
    expect(personalLines(JANE, 'Dr David Edis')).toEqual({ preparedFor: 'Prepared for Jane Citizen', consult: 'Consult on 3 December 2026 with Dr David Edis' });
  });

  test('should leave out "with" when the handout has no surgeon', () => {
    expect(personalLines(JANE, undefined).consult).toBe('Consult on 3 December 2026');
  });

  test('should join both lines for the PDF subject', () => {
    expect(personalSubject(JANE, 'Dr Test Surgeon')).toBe('Prepared for Jane Citizen · Consult on 3 December 2026 with Dr Test Surgeon');
  });
});
