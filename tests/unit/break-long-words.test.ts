import { describe, expect, test } from 'vitest';
import { longWordBreaker } from '../../templates/shared/break-long-words.js';
import { FONTS } from '../../templates/shared/fonts.js';

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
