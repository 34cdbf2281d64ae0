import { describe, expect, test } from 'vitest';
import { forgetSpellingAnswers, releaseSpellCheckers, rememberSpellingAnswers, spellingAnswers, wordTablesBuilt } from '../../src/lint/spell-checker.js';
import { lintText } from './helpers.js';

// A build saves the spell checker's answers in its cache and gives them back next run, so a
// handout whose words were all met before is checked without building the dictionary's word
// table (0.25 s for English). The findings must be exactly those of a checker with no answers.
// Test data: made-up words among real ones.
const handoutWith = (text: string) => `---\ntitle: "Spelling test"\n---\n\n${text}\n`;
const spelling = (text: string) =>
  lintText(handoutWith(text), 'spelling.md')
    .diagnostics.filter((d) => d.ruleId === 'lint/spelling')
    .map((d) => `${d.line}:${d.column} ${d.message}`);
/** A new process: no checkers, no answers. */
const newRun = () => {
  releaseSpellCheckers();
  forgetSpellingAnswers();
};

const TEXT = 'Please recieve the seperate leaflet before your blorpt. Walk a little every day, and ring the clinic if the pain gets worse.';

describe('spelling answers saved by one run and given to the next', () => {
  test('give the same findings without building a word table', () => {
    newRun();
    const tablesBefore = wordTablesBuilt();
    const first = spelling(TEXT);
    expect(wordTablesBuilt()).toBe(tablesBefore + 1);
    expect(first).toContainEqual(expect.stringContaining('"recieve" is not in the dictionary (did you mean "receive"?)'));
    const saved = JSON.parse(JSON.stringify(spellingAnswers())) as ReturnType<typeof spellingAnswers>;

    newRun();
    rememberSpellingAnswers(saved);
    expect(spelling(TEXT)).toEqual(first);
    expect(wordTablesBuilt()).toBe(tablesBefore + 1);
  });

  test('build the word table for a word they do not answer, with the findings of a run without them', () => {
    newRun();
    spelling(TEXT);
    const saved = spellingAnswers();
    const more = `${TEXT} Then aquire a zindle.`;

    newRun();
    const withoutAnswers = spelling(more);
    newRun();
    rememberSpellingAnswers(saved);
    const tablesBefore = wordTablesBuilt();
    expect(spelling(more)).toEqual(withoutAnswers);
    expect(wordTablesBuilt()).toBe(tablesBefore + 1);
    expect(withoutAnswers).toContainEqual(expect.stringContaining('"aquire" is not in the dictionary'));
  });

  test('are kept per dictionary and word list: another list starts with none', () => {
    newRun();
    spelling(TEXT);
    const saved = spellingAnswers();
    expect(Object.keys(saved)).toHaveLength(1);
    const [key] = Object.keys(saved);
    // Answers saved for the same dictionary under another word list say "blorpt" is a word:
    // this handout's list is not that one, so they are not taken.
    newRun();
    rememberSpellingAnswers({ [`${key!.split(' ')[0]} 0000000000000000`]: { correct: { blorpt: true }, suggestions: {} } });
    expect(spelling(TEXT)).toContainEqual(expect.stringContaining('"blorpt" is not in the dictionary'));
    // Under this handout's own key, they are.
    newRun();
    rememberSpellingAnswers({ [key!]: { correct: { blorpt: true }, suggestions: {} } });
    expect(spelling(TEXT)).not.toContainEqual(expect.stringContaining('"blorpt"'));
  });
});
