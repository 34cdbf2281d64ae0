import { describe, expect, test } from 'vitest';
import { forgetSpellingAnswers, releaseSpellCheckers } from '../../src/lint/spell-checker.js';
import { lintText } from './helpers.js';

// A build checks many handouts with one spell checker, whose answers are remembered for the
// run. A handout's spelling findings must not depend on what was checked before it: its
// suggestions, and which of its words get them (each handout has a budget), are what they are
// when it is checked alone. Test data: made-up words.
const MADE_UP = ['blorpt', 'zindle', 'quabber', 'frumple', 'snazzit', 'glorbish', 'plinkon', 'wubbert', 'tronzle', 'kravish', 'yolpen'];

const handoutWith = (text: string) => `---\ntitle: "Spelling test"\n---\n\n${text}\n`;
const spelling = (text: string) =>
  lintText(handoutWith(text), 'spelling.md')
    .diagnostics.filter((d) => d.ruleId === 'lint/spelling')
    .map((d) => `${d.line}:${d.column} ${d.message}`);

describe('spelling findings in a run of many handouts', () => {
  test('are the same as when the handout is checked alone', () => {
    // Typos a second handout repeats, after words that used up the first handout's suggestions.
    const first = `${MADE_UP.join(' ')} recieve seperate.`;
    const second = 'Please recieve the seperate leaflet.';
    // A word repeated in one handout is one word of its budget, as it always was.
    const third = `${MADE_UP.slice(0, 6).join(' ')} blorpt zindle recieve aquire neccessary untill.`;
    const fresh = () => {
      releaseSpellCheckers();
      forgetSpellingAnswers();
    };
    fresh();
    const alone = [second, third].map(spelling);
    expect(alone[0]).toContainEqual(expect.stringContaining('"recieve" is not in the dictionary (did you mean "receive"?)'));
    fresh();
    const afterOthers = [first, second, third].map(spelling).slice(1);
    expect(afterOthers).toEqual(alone);
  });
});
