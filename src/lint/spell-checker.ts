import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Root as NlcstRoot } from 'nlcst';
import nspell from 'nspell';
import retextSpell from 'retext-spell';
import { unified, type Processor } from 'unified';

/**
 * Spell checkers (retext-spell over nspell with a Hunspell dictionary), one per language and
 * word list, built once per process: building one reads the dictionary and takes ~0.4 s.
 */

/** A Hunspell dictionary as nspell takes it. */
interface Dictionary {
  aff: Uint8Array;
  dic: Uint8Array;
}

// British spelling is shared by Ireland and New Zealand; Australia has its own list.
const DICTIONARIES: ReadonlyArray<[RegExp, string]> = [
  [/^en-AU$/i, 'dictionary-en-au'],
  [/^en-(GB|IE|NZ)$/i, 'dictionary-en-gb'],
  [/^en(-|$)/i, 'dictionary-en'],
];

/**
 * Read a dictionary package's files, when a handout in its language is first checked. Each
 * package's own module reads its files as soon as it is imported, so importing all three read
 * about 2 MB on every run that loaded the linter, where a library needs one of them and a
 * build with nothing to check needs none. The files are the ones its module reads.
 * @param name The package (`dictionary-en`).
 * @returns Its affix and word files.
 */
function readDictionary(name: string): Dictionary {
  // Through `require.resolve`, not `import.meta.resolve`: the bundled CLI is CommonJS (see scripts/bundle.mjs).
  const folder = dirname(createRequire(import.meta.url).resolve(name));
  return { aff: readFileSync(join(folder, 'index.aff')), dic: readFileSync(join(folder, 'index.dic')) };
}

const cache = new Map<string, Processor<undefined, NlcstRoot, NlcstRoot>>();

/*
 * nspell's suggestions take 15–250 ms per unknown word, more for longer ones. A handout full of unknown words (a pasted
 * foreign text, a table of codes) would take minutes, so each handout gets a budget of words
 * to suggest for; past it, words are still reported, without suggestions. retext-spell has its
 * own `max`, but it counts over the processor's whole life, which here is the whole process.
 * The patch is on the one nspell that retext-spell imports (npm dedupes it: same version).
 */
type Suggest = (this: object, word: string) => string[];
type Correct = (this: object, word: string) => boolean;
type Change = (this: object, ...args: unknown[]) => unknown;
type NspellPrototype = { suggest: Suggest; correct: Correct } & Record<'add' | 'remove' | 'dictionary' | 'personal', Change>;
const nspellPrototype = (nspell as unknown as { prototype: NspellPrototype }).prototype;
const originalSuggest = nspellPrototype.suggest;
const originalCorrect = nspellPrototype.correct;
let suggestionBudget = Number.POSITIVE_INFINITY;
/** Words given suggestions under the current budget (a word met again costs nothing more). */
let suggestedNow = new Set<string>();
nspellPrototype.suggest = function suggestWithinBudget(word) {
  // Long words cost the most and are rarely simple typos; they are reported without suggestions.
  if (word.length > MAX_SUGGESTED_LENGTH) return [];
  // The budget is spent once per word of the handout, whether or not the answer is remembered
  // from another, so a handout's findings are the same as when it is checked alone.
  if (!suggestedNow.has(word)) {
    if (suggestionBudget <= 0) return [];
    suggestionBudget -= 1;
    suggestedNow.add(word);
  }
  const known = answersOf(this).suggestions;
  let suggestions = known.get(word);
  if (!suggestions) {
    suggestions = originalSuggest.call(this, word);
    known.set(word, suggestions);
  }
  return [...suggestions];
};

/*
 * The same words come back in every handout of a library ("your", "surgery", the clinic's
 * medical words), and nspell works each one out again through the dictionary's affix rules.
 * Its answers are remembered per checker, which is per dictionary and word list (see
 * `spellChecker`), so they can never come from another language or list; a change to the
 * checker's words forgets them.
 */
const answers = new WeakMap<object, { correct: Map<string, boolean>; suggestions: Map<string, string[]> }>();
function answersOf(checker: object) {
  let found = answers.get(checker);
  if (!found) {
    found = { correct: new Map(), suggestions: new Map() };
    answers.set(checker, found);
  }
  return found;
}
nspellPrototype.correct = function correctRemembered(word) {
  const known = answersOf(this).correct;
  let correct = known.get(word);
  if (correct === undefined) {
    correct = originalCorrect.call(this, word);
    known.set(word, correct);
  }
  return correct;
};
for (const change of ['add', 'remove', 'dictionary', 'personal'] as const) {
  const original = nspellPrototype[change];
  nspellPrototype[change] = function forgetAnswers(...args) {
    answers.delete(this);
    return original.apply(this, args);
  };
}

/** Unknown words per handout that get spelling suggestions. */
export const SUGGESTION_BUDGET = 10;

/** Longest unknown word that gets suggestions. */
const MAX_SUGGESTED_LENGTH = 12;

/**
 * Run a spell check with a budget of suggestions.
 * @param budget How many unknown words may get suggestions.
 * @param check The synchronous check.
 * @returns What the check returns.
 */
export function withSuggestionBudget<T>(budget: number, check: () => T): T {
  const saved = [suggestionBudget, suggestedNow] as const;
  suggestionBudget = budget;
  suggestedNow = new Set();
  try {
    return check();
  } finally {
    [suggestionBudget, suggestedNow] = saved;
  }
}

/**
 * Is there a spelling dictionary for a language? (English only today: a Hunspell dictionary
 * from npm, such as \`dictionary-vi\`, would be one more entry in DICTIONARIES.)
 * @param language A BCP 47 tag.
 * @returns True when handouts in it are spell-checked.
 */
export function hasDictionary(language: string): boolean {
  return DICTIONARIES.some(([pattern]) => pattern.test(language));
}

/**
 * A spell-checking processor for a language.
 * @param language The handout's BCP 47 language tag.
 * @param personal Extra correct words (the clinic's medical words).
 * @returns The processor, or null when no dictionary covers the language.
 */
export function spellChecker(language: string, personal: readonly string[]): Processor<undefined, NlcstRoot, NlcstRoot> | null {
  const name = DICTIONARIES.find(([pattern]) => pattern.test(language))?.[1];
  if (!name) return null;
  const key = `${language.toLowerCase()}\n${personal.join('\n')}`;
  let processor = cache.get(key);
  if (!processor) {
    processor = unified()
      .use(retextSpell, {
        dictionary: readDictionary(name),
        personal: personal.join('\n'),
        // retext-spell stops suggesting after `max` unknown words for the life of the processor;
        // this one lives for the whole process, so never stop (nspell's answers are remembered per word, above).
        max: Number.MAX_SAFE_INTEGER,
      })
      .freeze() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>;
    cache.set(key, processor);
  }
  return processor;
}

/**
 * Drop the cached spell checkers. Each holds a whole dictionary (tens of MB); a build calls
 * this once every handout is checked, so rendering does not carry them.
 */
export function releaseSpellCheckers(): void {
  cache.clear();
}
