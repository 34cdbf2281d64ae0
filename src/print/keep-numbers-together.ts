/**
 * Keeping numbers with what belongs to them on one line. A phone number broken between "03"
 * and "9000", "7:00" with "am" on the next line, or "1 in" with "3" below, is misread or not
 * dialled. The spaces inside them become no-break spaces (U+00A0): react-pdf's line breaker
 * splits words at plain spaces only (checked by rendering, `tests/e2e/keep-together.test.ts`),
 * and the brand font draws U+00A0 as a space. (U+2060, the word joiner, is not in the font.)
 * A number kept together that could have been split costs nothing but a slightly shorter line.
 */

const NO_BREAK_SPACE = '\u00a0';

/**
 * The longest word react-pdf is left to set whole (`breakOverlongWord` in react-pdf-fonts.ts
 * cuts a longer one into pieces, with a hyphen at each cut). A run of numbers glued longer
 * than this is a list of numbers, not one number, and keeps its plain spaces: glued, it was cut
 * with a hyphen inside a number ("46-" / ":46", found by `npm run fuzz`, seed 20261202).
 */
export const LONGEST_UNBROKEN_WORD = 24;

/** Where a plain space is replaced, each as a pattern matching the space alone. */
const KEEP_TOGETHER: readonly RegExp[] = [
  // Groups of a phone number, and any two numbers side by side: "03 9000 0000", "+61 3 9000 0000", "(03) 9000".
  /(?<=[\d)]) (?=\(?\d)/g,
  // Odds: "1 in 3", "28 in 100", "1 in 1,000".
  /(?<=\d) (?=in \d)|(?<=\d in) (?=\d)/g,
  // Times: "7:00 am", "7 pm", "10.30 a.m.".
  /(?<=\d) (?=[ap]\.?m\b\.?)/giu,
  // A number and its unit: "10 mg", "5 mL", "37.5 °C".
  /(?<=\d) (?=(?:mm|cm|m|km|mg|mcg|g|kg|ml|mL|L|°C|°F)(?![\p{L}\d]))/gu,
];

/**
 * Join the parts of phone numbers, times, "1 in 3" odds and measurements with no-break spaces.
 * @param text Text as written.
 * @returns The same text, with those spaces replaced by U+00A0.
 */
export function keepNumbersTogether(text: string): string {
  const joined = KEEP_TOGETHER.reduce((result, pattern) => result.replace(pattern, NO_BREAK_SPACE), text);
  return joined.replace(/[^ ]*\u00a0[^ ]*/g, (run) => (run.length > LONGEST_UNBROKEN_WORD ? run.replaceAll(NO_BREAK_SPACE, ' ') : run));
}
