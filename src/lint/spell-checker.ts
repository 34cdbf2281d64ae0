import dictionaryEn from 'dictionary-en';
import dictionaryEnAu from 'dictionary-en-au';
import dictionaryEnGb from 'dictionary-en-gb';
import type { Root as NlcstRoot } from 'nlcst';
import nspell from 'nspell';
import retextSpell from 'retext-spell';
import { unified, type Processor } from 'unified';

/**
 * Spell checkers (retext-spell over nspell with a Hunspell dictionary), one per language and
 * word list, built once per process: building one reads the dictionary and takes ~0.4 s.
 */

type Dictionary = typeof dictionaryEn;

// British spelling is shared by Ireland and New Zealand; Australia has its own list.
const DICTIONARIES: ReadonlyArray<[RegExp, Dictionary]> = [
  [/^en-AU$/i, dictionaryEnAu],
  [/^en-(GB|IE|NZ)$/i, dictionaryEnGb],
  [/^en(-|$)/i, dictionaryEn],
];

const cache = new Map<string, Processor<undefined, NlcstRoot, NlcstRoot>>();

/*
 * nspell's suggestions take 15–250 ms per unknown word, more for longer ones. A handout full of unknown words (a pasted
 * foreign text, a table of codes) would take minutes, so each handout gets a budget of words
 * to suggest for; past it, words are still reported, without suggestions. retext-spell has its
 * own `max`, but it counts over the processor's whole life, which here is the whole process.
 * The patch is on the one nspell that retext-spell imports (npm dedupes it: same version).
 */
type Suggest = (this: unknown, word: string) => string[];
const nspellPrototype = (nspell as unknown as { prototype: { suggest: Suggest } }).prototype;
const originalSuggest = nspellPrototype.suggest;
let suggestionBudget = Number.POSITIVE_INFINITY;
nspellPrototype.suggest = function suggestWithinBudget(word) {
  // Long words cost the most and are rarely simple typos; they are reported without suggestions.
  if (suggestionBudget <= 0 || word.length > MAX_SUGGESTED_LENGTH) return [];
  suggestionBudget -= 1;
  return originalSuggest.call(this, word);
};

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
  const saved = suggestionBudget;
  suggestionBudget = budget;
  try {
    return check();
  } finally {
    suggestionBudget = saved;
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
  const dictionary = DICTIONARIES.find(([pattern]) => pattern.test(language))?.[1];
  if (!dictionary) return null;
  const key = `${language.toLowerCase()}\n${personal.join('\n')}`;
  let processor = cache.get(key);
  if (!processor) {
    processor = unified()
      .use(retextSpell, {
        dictionary,
        personal: personal.join('\n'),
        // retext-spell stops suggesting after `max` unknown words for the life of the processor;
        // this one lives for the whole process, so never stop (suggestions are cached per word).
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
