import { paragraphs } from '../prose.js';
import type { LintRule } from '../types.js';

/** Plain-language guides put the limit for patient material at 20–25 words a sentence. */
export const MAX_SENTENCE_WORDS = 25;

/** A sentence of more than 25 words. */
export const longSentence: LintRule = {
  id: 'lint/long-sentence',
  check({ prose }) {
    return paragraphs(prose).flatMap((unit) =>
      unit.sentences
        .filter((sentence) => sentence.words.length > MAX_SENTENCE_WORDS)
        .map((sentence) => ({
          place: unit.placeAt(sentence.start),
          message: `sentence has ${sentence.words.length} words; split it so that each sentence has at most ${MAX_SENTENCE_WORDS}`,
        })),
    );
  },
};
