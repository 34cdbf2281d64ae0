import LineBreaker from 'linebreak';

/**
 * Line breaking for scripts written without spaces between words (Chinese, Japanese kana).
 * react-pdf only breaks lines at spaces and at the pieces a hyphenation callback returns, and
 * prints a hyphen at such a break; a Chinese sentence is one long "word" to it. Chinese
 * breaks between characters, with no hyphen and no space added, and a full stop or comma
 * never starts a line: the Unicode line breaking algorithm (UAX #14) says where. The hyphen is
 * left out by the textkit patch (`patches/`), which sees these characters at the break.
 */

/**
 * Characters after or before which a line may end without a hyphen: CJK ideographs, kana,
 * CJK punctuation and full-width forms. The textkit patch carries the same range.
 */
export const BREAKS_WITHOUT_HYPHEN = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]|[\u{20000}-\u{3134F}]/u;

/**
 * Cut a word with CJK characters where UAX #14 allows a line break ("义，|仅": the comma stays
 * with the character before it; "（很|多）": brackets stay with what they enclose).
 * @param word A word as react-pdf's line breaker sees it (text between spaces).
 * @returns The pieces, or null when the word has no CJK character (other rules apply).
 */
export function breakBetweenCharacters(word: string): string[] | null {
  if (!BREAKS_WITHOUT_HYPHEN.test(word)) return null;
  const breaker = new LineBreaker(word);
  const pieces: string[] = [];
  let start = 0;
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
    if (next.position > start) pieces.push(word.slice(start, next.position));
    start = next.position;
  }
  if (start < word.length) pieces.push(word.slice(start));
  return pieces;
}
