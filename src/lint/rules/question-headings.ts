import { quote } from '../text-search.js';
import type { LintRule } from '../types.js';

// The question mark of each script: "?", the full-width "？" (Chinese) and "؟" (Arabic). The
// Greek question mark is a semicolon (U+037E, which NFC makes ";" as typed): a question only
// in a Greek handout, so it is not in this class.
const QUESTION = /[?？؟]["”’)」』]*\s*$/;
const GREEK_QUESTION = /;["”’)]*\s*$/;

/**
 * Q&A handouts use the questions patients ask as headings (BSUH trust standard; PEMAT:
 * informative headers). A handout with no question headings, or one heading that is not a
 * question among questions, is flagged.
 */
export const questionHeadings: LintRule = {
  id: 'lint/question-headings',
  check({ document, parsed }) {
    const { sections } = document;
    const greek = /^el(-|$)/i.test(document.meta.language);
    const isQuestion = (title: string) => QUESTION.test(title) || (greek && GREEK_QUESTION.test(title));
    const questions = sections.filter((s) => isQuestion(s.title));
    if (questions.length === 0) {
      return [
        {
          place: sections[0]?.place ?? parsed.placeOfKey(['title'], 'key'),
          message: 'the handout has no question headings; organise it under the questions patients ask, e.g. `## What is a discectomy?`',
        },
      ];
    }
    return sections
      .filter((s) => !isQuestion(s.title))
      .map((s) => ({
        place: s.place,
        message: `heading ${quote(s.title)} is not a question, unlike the other headings; write it as a question a patient would ask, ending in "?"`,
      }));
  },
};
