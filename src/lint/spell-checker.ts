import { createHash } from 'node:crypto';
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
    buildWordTable(this);
    suggestions = originalSuggest.call(this, word);
    known.set(word, suggestions);
  }
  return [...suggestions];
};

/*
 * The same words come back in every handout of a library ("your", "surgery", the clinic's
 * medical words), and nspell works each one out again through the dictionary's affix rules.
 * Its answers are remembered per checker key: the dictionary and the word list (see
 * `spellChecker`), so they can never come from another language or list. A build saves them in
 * its cache (`spellingAnswers`) and gives them back on the next run (`rememberSpellingAnswers`).
 */
interface Answers {
  correct: Map<string, boolean>;
  suggestions: Map<string, string[]>;
}
/** Answers by checker key, kept when the checkers are released (they are small). */
const answersByKey = new Map<string, Answers>();
/** Each checker's key; a checker changed after it was made (`add`, `remove`) has its own answers. */
const keyOf = new WeakMap<object, string>();
const ownAnswers = new WeakMap<object, Answers>();
/** The key of the checker being made (`spellChecker` makes one at a time, synchronously). */
let makingKey: string | null = null;
const noAnswers = (): Answers => ({ correct: new Map(), suggestions: new Map() });
function answersOf(checker: object): Answers {
  const key = keyOf.get(checker);
  if (key === undefined) {
    let own = ownAnswers.get(checker);
    if (!own) ownAnswers.set(checker, (own = noAnswers()));
    return own;
  }
  let shared = answersByKey.get(key);
  if (!shared) answersByKey.set(key, (shared = noAnswers()));
  return shared;
}
nspellPrototype.correct = function correctRemembered(word) {
  const known = answersOf(this).correct;
  let correct = known.get(word);
  if (correct === undefined) {
    buildWordTable(this);
    correct = originalCorrect.call(this, word);
    known.set(word, correct);
  }
  return correct;
};

/*
 * Building nspell's word table (every dictionary word in every affixed form) is most of what a
 * checker costs: 0.25 s for English, every run. Words answered before need no table, so
 * `dictionary` and `personal`, which nspell and retext-spell call as the checker is made, only
 * note their arguments; the table is built when a word has no remembered answer.
 */
const notYetAdded = new WeakMap<object, Array<() => void>>();
/** Checkers whose noted words are being added now (nspell's `personal` adds through `add`). */
const building = new WeakSet<object>();
let tablesBuilt = 0;
function buildWordTable(checker: object): void {
  const work = notYetAdded.get(checker);
  if (!work) return;
  notYetAdded.delete(checker);
  tablesBuilt += 1;
  building.add(checker);
  try {
    for (const add of work) add();
  } finally {
    building.delete(checker);
  }
}
for (const deferred of ['dictionary', 'personal'] as const) {
  const original = nspellPrototype[deferred];
  nspellPrototype[deferred] = function addWhenNeeded(...args) {
    if (makingKey !== null && !keyOf.has(this)) keyOf.set(this, makingKey);
    const work = notYetAdded.get(this) ?? [];
    work.push(() => original.apply(this, args));
    notYetAdded.set(this, work);
    return this;
  };
}
for (const change of ['add', 'remove'] as const) {
  const original = nspellPrototype[change];
  nspellPrototype[change] = function changeAndForget(...args) {
    if (!building.has(this)) {
      buildWordTable(this);
      // No longer the checker its key names: its answers are its own from now on.
      keyOf.delete(this);
      ownAnswers.delete(this);
    }
    return original.apply(this, args);
  };
}

/** Spelling answers as a build cache keeps them: by checker key, word → correct, and suggestions. */
export type SpellingAnswers = Record<string, { correct: Record<string, boolean>; suggestions: Record<string, string[]> }>;

/**
 * Take answers a build saved (`spellingAnswers`): words they answer need no word table. They
 * must come from the same dictionaries (the build cache is dropped when the press's
 * dependencies change); a key's word list is part of the key.
 * @param saved The saved answers.
 */
export function rememberSpellingAnswers(saved: SpellingAnswers): void {
  for (const [key, { correct, suggestions }] of Object.entries(saved)) {
    const answers = answersByKey.get(key) ?? noAnswers();
    for (const [word, value] of Object.entries(correct)) if (typeof value === 'boolean' && !answers.correct.has(word)) answers.correct.set(word, value);
    for (const [word, list] of Object.entries(suggestions)) if (Array.isArray(list) && !answers.suggestions.has(word)) answers.suggestions.set(word, list.map(String));
    answersByKey.set(key, answers);
  }
}

/** Forget every answer (as a new process starts with none). */
export function forgetSpellingAnswers(): void {
  answersByKey.clear();
}

/** How many word tables this process has built: each is what a remembered answer saves. */
export function wordTablesBuilt(): number {
  return tablesBuilt;
}

/**
 * Every answer known in this process, for a build to save, in a fixed order.
 * @returns The answers by checker key.
 */
export function spellingAnswers(): SpellingAnswers {
  const sorted = <T>(map: Map<string, T>) => Object.fromEntries([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const keys = [...answersByKey.keys()].sort();
  return Object.fromEntries(keys.map((key) => {
    const answers = answersByKey.get(key) as Answers;
    return [key, { correct: sorted(answers.correct), suggestions: sorted(answers.suggestions) }];
  }));
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
    // retext-spell makes its nspell checker as the processor is frozen: it takes this key.
    makingKey = answersKey(name, personal);
    try {
      processor = unified()
        .use(retextSpell, {
          dictionary: readDictionary(name),
          personal: personal.join('\n'),
          // retext-spell stops suggesting after `max` unknown words for the life of the processor;
          // this one lives for the whole process, so never stop (nspell's answers are remembered per word, above).
          max: Number.MAX_SAFE_INTEGER,
        })
        .freeze() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>;
    } finally {
      makingKey = null;
    }
    cache.set(key, processor);
  }
  return processor;
}

/** A checker's answers key: its dictionary package and a digest of its word list. */
function answersKey(dictionary: string, personal: readonly string[]): string {
  return `${dictionary} ${createHash('sha256').update(personal.join('\n')).digest('hex').slice(0, 16)}`;
}

/**
 * Drop the cached spell checkers. Each holds a whole dictionary (tens of MB); a build calls
 * this once every handout is checked, so rendering does not carry them.
 */
export function releaseSpellCheckers(): void {
  cache.clear();
}
