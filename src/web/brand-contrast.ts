import { diagnostic, type Diagnostic, type Place } from '../diagnostics.js';
import type { BrandConfig } from '../model/schema.js';
import { AA_TEXT, contrastRatio, formatRatio } from './contrast.js';

type ColourName = keyof BrandConfig['colors'];

/**
 * Text colours and what they are printed on, in the PDFs and on the web page: body text,
 * headings and links on white and inside tinted boxes; the source and byline in the muted colour.
 * (The accent colour only draws box edges, and needs no text contrast.)
 */
const TEXT_ON: ReadonlyArray<{ text: ColourName; on: 'white' | ColourName; what: string }> = [
  { text: 'text', on: 'white', what: 'body text' },
  { text: 'primary', on: 'white', what: 'headings and links (and white text on the clinic band)' },
  { text: 'muted', on: 'white', what: 'small print such as a source or a byline' },
  { text: 'text', on: 'tint', what: 'text in a statistics, note or warning box' },
  { text: 'primary', on: 'tint', what: 'a headline in a statistics box' },
  { text: 'muted', on: 'tint', what: 'the source in a statistics box' },
];

/**
 * Check that a brand's colours give text the contrast WCAG 2 level AA asks for, since every page
 * and PDF of the brand prints its text in them: 4.5:1, because each colour is also used for
 * body-sized text, where the 3:1 allowed for large text is not enough. Each failure is located
 * at the colour in the brand file.
 * @param colors The brand's validated colours.
 * @param placeOf Where a key's value is in the brand file.
 * @param file The brand file, for the diagnostic.
 * @returns One error per colour pair below 4.5:1.
 */
export function brandContrastProblems(colors: BrandConfig['colors'], placeOf: (path: readonly PropertyKey[]) => Place, file: string): Diagnostic[] {
  const problems: Diagnostic[] = [];
  for (const { text, on, what } of TEXT_ON) {
    const background = on === 'white' ? '#FFFFFF' : colors[on];
    const ratio = contrastRatio(colors[text], background);
    if (ratio >= AA_TEXT) continue;
    const against = on === 'white' ? 'white' : `"${on}" ${colors[on]}`;
    // Blame the background when it is the tint (a darker tint is the likely slip), else the text colour.
    const blamed = on === 'tint' && contrastRatio(colors[text], '#FFFFFF') >= AA_TEXT ? on : text;
    problems.push(
      diagnostic(
        file,
        placeOf(['colors', blamed]),
        `colour "${text}" ${colors[text]} on ${against} has a contrast ratio of ${formatRatio(ratio)}, used for ${what}; text needs at least 4.5:1 (WCAG 2 AA). Choose a darker "${text}"${on === 'tint' ? ' or a lighter "tint"' : ''}`,
        'brand/contrast',
      ),
    );
  }
  return problems;
}
