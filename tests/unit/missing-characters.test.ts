import { expect, test } from 'vitest';
import { codePointLabel, missingCharacters, type GlyphChecker } from '../../src/render/glyph-coverage.js';

// A font with Basic Latin and Latin-1 only, so the answer does not depend on the real fonts.
const latin1: GlyphChecker = { family: 'Test Latin-1', fallbacks: [], has: (codePoint) => codePoint < 0x100 };

test('should list the characters the fonts lack, in order, skipping white space', () => {
  expect(missingCharacters('Nguyễn Thị\nAnh', latin1)).toEqual(['ễ', 'ị']);
  expect(missingCharacters('Anne Müller', latin1)).toEqual([]);
});

test('should name a character by its code point, for messages that must not print it', () => {
  expect(codePointLabel('ễ')).toBe('U+1EC5');
  expect(codePointLabel('A')).toBe('U+0041');
  expect(codePointLabel('🙂')).toBe('U+1F642');
});
