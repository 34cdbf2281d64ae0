import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';

/**
 * The clinic's word lists, kept as plain text in `content/dictionary/` so that clinic staff
 * can edit them without touching code.
 */

/** Words the lint rules check against. */
export interface WordLists {
  /** Extra correctly spelled words (medical terms, names) for the spell checker. */
  spelling: readonly string[];
  /** Hard words and the plainer words to use instead, by lower-case term. */
  jargon: ReadonlyMap<string, string>;
  /** Medical terms a handout must explain where it first uses them. */
  defineOnFirstUse: readonly string[];
}

/** The file names inside a dictionary folder. */
export const WORD_LIST_FILES = {
  spelling: 'medical-words.txt',
  jargon: 'jargon.txt',
  defineOnFirstUse: 'define-on-first-use.txt',
} as const;

/** The press's own dictionary folder. */
export const DEFAULT_DICTIONARY_DIR = join(packageRoot(), 'content', 'dictionary');

const cache = new Map<string, WordLists>();

/**
 * Read the word lists of a dictionary folder once per process (a missing file is an empty list).
 * @param dir The folder with the three list files.
 * @returns The lists.
 */
export function loadWordLists(dir: string = DEFAULT_DICTIONARY_DIR): WordLists {
  const cached = cache.get(dir);
  if (cached) return cached;
  const lists: WordLists = {
    spelling: readLines(join(dir, WORD_LIST_FILES.spelling)),
    jargon: parseJargon(readLines(join(dir, WORD_LIST_FILES.jargon))),
    defineOnFirstUse: readLines(join(dir, WORD_LIST_FILES.defineOnFirstUse)),
  };
  cache.set(dir, lists);
  return lists;
}

/**
 * Parse `term = plainer words` lines.
 * @param lines Lines without comments.
 * @returns Plain alternatives by lower-case term.
 */
export function parseJargon(lines: readonly string[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of lines) {
    const at = line.indexOf('=');
    if (at <= 0) continue;
    map.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return map;
}

// Lines without `#` comments and blanks; absent files read as empty so a new clinic can start bare.
function readLines(path: string): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return [];
  }
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '');
}
