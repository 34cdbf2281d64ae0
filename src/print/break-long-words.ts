import { breakBetweenCharacters } from './break-between-characters.js';
import { openFontFile } from './fonts.js';

/**
 * Breaking words too wide for a narrow column (a table cell). react-pdf never breaks a word
 * on its own: one wider than its cell runs past the cell's border, and at a panel's edge it
 * is cut off. Given the column's width, a word that cannot fit is split into pieces that do,
 * which react-pdf joins with a hyphen where it breaks the line; words that fit are left whole.
 */

/**
 * A react-pdf `hyphenationCallback` for text set in a column of known width.
 * @param fontPath The face to measure with: the widest one the text may use (bold), so a
 * piece never ends up wider than measured.
 * @param fontSize Font size in points.
 * @param maxWidth The column's width in points.
 * @returns The callback: a word in, the pieces it may be broken into out.
 */
export function longWordBreaker(fontPath: string, fontSize: number, maxWidth: number): (word: string) => string[] {
  const font = openFontFile(fontPath);
  const scale = fontSize / font.unitsPerEm;
  const width = (text: string) => font.layout(text).advanceWidth * scale;
  const room = maxWidth - width('-');
  return (word) => {
    // Chinese breaks between characters, wherever the column ends.
    const cjk = breakBetweenCharacters(word);
    if (cjk) return cjk;
    const whole = width(word);
    if (whole <= maxWidth) return [word];
    const chars = Array.from(word);
    // Width of the first k characters (kerning aside, which is tiny next to the reserve).
    const upTo = [0];
    for (const char of chars) upTo.push((upTo.at(-1) ?? 0) + width(char));
    // The fewest pieces of about equal width ("Walk-ing", not "Walki-ng"), none wider than the room.
    for (let count = Math.ceil(whole / room); count < chars.length; count += 1) {
      const cuts = [0];
      for (let i = 1; i < count; i += 1) {
        const goal = (i * whole) / count;
        let cut = (cuts.at(-1) ?? 0) + 1;
        while (cut < chars.length - 1 && Math.abs((upTo[cut + 1] ?? 0) - goal) < Math.abs((upTo[cut] ?? 0) - goal)) cut += 1;
        cuts.push(cut);
      }
      cuts.push(chars.length);
      const pieces = cuts.slice(1).map((end, i) => chars.slice(cuts[i], end).join(''));
      if (pieces.every((piece) => width(piece) <= room)) return pieces;
    }
    return chars;
  };
}
