import { WORD_LIST_FILES } from '../word-lists.js';
import { runRetext } from '../retext-run.js';
import { spellChecker, SUGGESTION_BUDGET, withSuggestionBudget } from '../spell-checker.js';
import type { Finding, LintRule } from '../types.js';

// Acronyms ("FBSS", "MRIs") are names, not words a dictionary can know.
const ACRONYM = /^[\p{Lu}\d]{2,}s?$/u;
const SHOWN_SUGGESTIONS = 3;

/**
 * A word the spell checker does not know, checked against the dictionary for the handout's
 * `language` (en-AU, en-GB or en) plus the clinic's `content/dictionary/medical-words.txt`.
 * Link text and e-mail and web addresses are not checked: they are names, spelled by their owners.
 */
export const spelling: LintRule = {
  id: 'lint/spelling',
  check({ prose, words, document }) {
    const checker = spellChecker(document.meta.language, words.spelling);
    if (!checker) return [];
    // The clinic's and surgeon's own names are spelled as the brand and surgeon files say.
    const names = new Set(
      [document.brand.name, document.brand.short_name ?? '', document.surgeon?.name ?? '']
        .flatMap((name) => name.split(/[^\p{L}’'-]+/u))
        .filter(Boolean),
    );
    const findings: Finding[] = [];
    const messages = withSuggestionBudget(SUGGESTION_BUDGET, () => runRetext(checker, prose.units));
    for (const { unit, start, end, message } of messages) {
      const actual = unit.text.slice(start, end);
      if (ACRONYM.test(actual) || names.has(actual)) continue;
      // Link text names a site or a document, and an address is spelled as it is: not words to correct.
      if (unit.literals.some(([from, to]) => start >= from && start < to)) continue;
      const suggestions = rankSuggestions(actual, message.expected ?? []);
      const hint = suggestions.length > 0 ? ` (did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?)` : '';
      findings.push({
        place: unit.placeAt(start),
        message: `"${actual}" is not in the dictionary${hint}; fix the spelling, or add the word to content/dictionary/${WORD_LIST_FILES.spelling} if it is right`,
      });
    }
    return findings;
  },
};

/**
 * nspell lists its suggestions in no useful order ("onging": bonging, donging, …, ongoing).
 * Typos mostly keep the start of a word, so keep those sharing the longest start with it.
 */
function rankSuggestions(word: string, suggestions: readonly string[]): string[] {
  const lower = word.toLowerCase();
  const shared = (s: string) => {
    let n = 0;
    while (n < s.length && s[n]?.toLowerCase() === lower[n]) n += 1;
    return n;
  };
  const best = Math.max(0, ...suggestions.map(shared));
  return suggestions.filter((s) => shared(s) === best).slice(0, SHOWN_SUGGESTIONS);
}
