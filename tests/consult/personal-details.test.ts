import { expect, test } from 'vitest';
import { personalDetails, personalProblems } from '../../src/consult/consult-request.js';

const NAMES = { preparedFor: '--prepared-for', consultDate: '--consult', note: '--note' };

test('should find no problem in printable details, and give them trimmed and composed', () => {
  const fields = { preparedFor: '  Nguye\u0302\u0303n Anh ', consultDate: ' 2026-12-03 ', note: '  ' };
  expect(personalProblems(fields, NAMES)).toEqual([]);
  expect(personalDetails(fields)).toEqual({ preparedFor: 'Nguyễn Anh', consultDate: '2026-12-03', note: null });
});

test('should name each field with a problem and the rule, never the value', () => {
  const problems = personalProblems({ preparedFor: 'Ann\tSmith', consultDate: '2026-02-30', note: undefined }, NAMES);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toBe('--prepared-for contains a control character (a tab or line break)');
  expect(problems[1]).toMatch(/^--consult /);
  expect(problems.join(' ')).not.toContain('Ann');
});
