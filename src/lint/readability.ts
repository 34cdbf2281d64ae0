import { fleschKincaid } from 'flesch-kincaid';
import { smogFormula } from 'smog-formula';
import { syllable } from 'syllable';
import type { Place } from '../diagnostics.js';
import { runningSentences, type Prose, type ProseSentence } from './prose.js';

/**
 * Reading grades of a handout, measured on prepared text: sentences of paragraphs (no headings,
 * no list fragments), split into sentences by parse-english, which keeps "Dr." and "12.9%" whole.
 *
 * The formulas come from wooorm's packages:
 * - SMOG (McLaughlin 1969): 1.043 × √(polysyllables × 30 / sentences) + 3.1291 (`smog-formula`);
 * - Flesch-Kincaid grade (Kincaid et al. 1975): 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (`flesch-kincaid`);
 * syllables are counted with `syllable`.
 */

/** Reading grades of one handout. */
export interface Readability {
  /** SMOG grade, one decimal. */
  smog: number;
  /** Flesch-Kincaid grade level, one decimal. */
  fleschKincaid: number;
  /** Sentences measured. */
  sentences: number;
  /** Highest SMOG grade the brand accepts. */
  target: number;
}

/** A sentence with its own SMOG grade, to show authors where to start. */
export interface GradedSentence {
  place: Place;
  text: string;
  smog: number;
}

interface Counts {
  sentence: number;
  word: number;
  syllable: number;
  polysillabicWord: number;
}

/**
 * Measure a handout's running text.
 * @param prose The handout's prose.
 * @param target The brand's SMOG target (copied into the result).
 * @returns The figures and every sentence graded, hardest first; null figures when there is no running text.
 */
export function measureReadability(prose: Prose, target: number): { readability: Readability | null; graded: GradedSentence[] } {
  const total: Counts = { sentence: 0, word: 0, syllable: 0, polysillabicWord: 0 };
  const graded: GradedSentence[] = [];
  for (const { unit, sentence } of runningSentences(prose)) {
    const counts = countSentence(sentence);
    if (counts.word === 0) continue;
    total.sentence += 1;
    total.word += counts.word;
    total.syllable += counts.syllable;
    total.polysillabicWord += counts.polysillabicWord;
    graded.push({ place: unit.placeAt(sentence.start), text: sentence.text, smog: round(smogFormula(counts)) });
  }
  // Hardest first; equal grades keep reading order (sort is stable).
  graded.sort((a, b) => b.smog - a.smog);
  if (total.sentence === 0) return { readability: null, graded };
  return {
    readability: {
      smog: round(smogFormula(total)),
      fleschKincaid: round(fleschKincaid({ sentence: total.sentence, word: total.word, syllable: total.syllable })),
      sentences: total.sentence,
      target,
    },
    graded,
  };
}

function countSentence(sentence: ProseSentence): Counts {
  const counts: Counts = { sentence: 1, word: 0, syllable: 0, polysillabicWord: 0 };
  for (const word of sentence.words) {
    counts.word += 1;
    // A number ("28", "12.9") is read as a word but has no letters to count; one syllable keeps it neutral.
    const syllables = /\p{L}/u.test(word.text) ? Math.max(1, syllable(word.text)) : 1;
    counts.syllable += syllables;
    if (syllables >= 3) counts.polysillabicWord += 1;
  }
  return counts;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
