import dictionaryEn from 'dictionary-en';
import dictionaryEnAu from 'dictionary-en-au';
import dictionaryEnGb from 'dictionary-en-gb';
import type { Root as NlcstRoot } from 'nlcst';
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
