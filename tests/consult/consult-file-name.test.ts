import { describe, expect, test } from 'vitest';
import { consultFileName } from '../../src/consult/consult-file-name.js';
import { slugify } from '../../src/model/slugify.js';

const PARTS = { slug: 'fbss', size: 'a4', consultDate: '2026-12-03', name: null };

describe('consultFileName', () => {
  test('should name the file by handout, size and consult date, without the patient', () => {
    expect(consultFileName(PARTS, 1)).toBe('fbss-a4-2026-12-03.pdf');
  });

  test('should number a second file of the same name', () => {
    expect(consultFileName(PARTS, 2)).toBe('fbss-a4-2026-12-03-2.pdf');
  });

  test('should put the name in only when given', () => {
    expect(consultFileName({ ...PARTS, name: slugify('Zoë O’Brien') }, 1)).toBe('fbss-a4-2026-12-03-zoe-obrien.pdf');
  });
});
