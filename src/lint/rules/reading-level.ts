import type { LintRule } from '../types.js';

// UNMH asks for at least 30 sentences; below that one hard sentence moves the grade a lot.
const MIN_SENTENCES = 30;
const HARDEST_SHOWN = 3;

/**
 * The handout's SMOG grade must not be above the brand's target (default 8, the UNMH gate).
 * The figures themselves are returned in `LintResult.readability` whether or not they pass.
 */
export const readingLevel: LintRule = {
  id: 'lint/reading-level',
  check({ readability, gradedSentences, parsed }) {
    if (!readability || readability.smog <= readability.target) return [];
    const hardest = gradedSentences
      .filter((s) => s.smog > readability.target)
      .slice(0, HARDEST_SHOWN)
      .map((s) => `${s.place.line}:${s.place.column} (grade ${s.smog.toFixed(1)})`);
    const rough = readability.sentences < MIN_SENTENCES ? `; with fewer than ${MIN_SENTENCES} sentences the grade is rough` : '';
    return [
      {
        place: parsed.placeOfKey(['title'], 'key'),
        message:
          `reading grade is SMOG ${readability.smog.toFixed(1)} (Flesch-Kincaid ${readability.fleschKincaid.toFixed(1)}) over ${readability.sentences} sentences, ` +
          `above the target of ${readability.target}${rough}; use shorter sentences and words, starting with the hardest sentences: ${hardest.join(', ')}`,
      },
    ];
  },
};
