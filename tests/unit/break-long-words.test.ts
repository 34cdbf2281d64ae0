import { describe, expect, test } from 'vitest';
import { longWordBreaker } from '../../src/print/break-long-words.js';
import { FONTS } from '../../src/print/font-files.js';
import { breakOverlongWord } from '../../src/print/react-pdf-fonts.js';

const REGULAR = FONTS['atkinson-hyperlegible']!.regular;

describe('breaking words too wide for a table cell', () => {
  const breakWord = longWordBreaker(REGULAR, 10, 30);

  test('a word that fits is left whole', () => {
    expect(breakWord('Rest')).toEqual(['Rest']);
  });

  test('a wider word is cut into pieces that keep every letter, in order', () => {
    const word = 'Supercalifragilistic0';
    const pieces = breakWord(word);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(word);
  });

  test('the pieces fit the cell with their hyphen, and are of about equal width', () => {
    // Measured by breaking each piece again at the same width: a piece that fits comes back whole.
    const pieces = breakWord('Physiotherapy');
    for (const piece of pieces) expect(breakWord(`${piece}-`)).toEqual([`${piece}-`]);
    const lengths = pieces.map((piece) => piece.length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(2);
  });
});

describe('breaking words too long for any line (URLs)', () => {
  test('a word of up to 24 characters is never broken', () => {
    expect(breakOverlongWord('counselling,')).toEqual(['counselling,']);
    expect(breakOverlongWord('x'.repeat(24))).toEqual(['x'.repeat(24)]);
  });

  test('a longer one is cut into pieces of about equal length, none over 12, with no lone full stop', () => {
    const word = `${'abcdefghij'.repeat(3)}abcdef.`; // 37 characters: 12-character cuts would leave "." alone
    const pieces = breakOverlongWord(word);
    expect(pieces.join('')).toBe(word);
    expect(Math.max(...pieces.map((piece) => piece.length))).toBeLessThanOrEqual(12);
    expect(Math.min(...pieces.map((piece) => piece.length))).toBeGreaterThanOrEqual(9);
  });
});
