import { diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import type { ParsedSource } from '../content/parse-source.js';
import { DEFAULT_READING_TARGET } from '../model/house-defaults.js';
import { RULE_CATALOGUE, type LintRuleId, type Severity } from '../rule-catalogue.js';
import { resolveSeverity } from './config.js';
import type { LintConfig } from '../model/lint-config.js';
import { extractProse } from './prose.js';
import { measureReadability, type Readability } from './readability.js';
import { RULES } from './rules/index.js';
import { collectSuppressions, isSuppressed } from './suppressions.js';
import type { LintContext } from './types.js';
import { loadWordLists, type WordLists } from './word-lists.js';
import { hasDictionary as spellChecks } from './spell-checker.js';

/**
 * `handouts lint`: health literacy, risk communication, structure and document control as
 * build checks. Each rule lives in `rules/<rule-id>.ts`; this module runs them, applies the
 * config and inline suppressions, and returns located diagnostics.
 */

export type { Readability } from './readability.js';
export { loadWordLists, DEFAULT_DICTIONARY_DIR, type WordLists } from './word-lists.js';

/**
 * Rules that read English: its reading-grade formulas, word lists and phrasings. For a
 * handout in another language they are not run (the lint says so), rather than flag every
 * word; spelling runs when a dictionary for the language is installed.
 */
export const ENGLISH_ONLY_RULES: ReadonlySet<string> = new Set([
  'lint/reading-level',
  'lint/long-sentence',
  'lint/passive-voice',
  'lint/jargon',
  'lint/define-term',
  'lint/dangling-lead-in',
  'lint/proportion-mismatch',
  'lint/one-in-x',
  'lint/mixed-denominators',
  'lint/verbal-risk',
  'lint/call-to-action',
  'lint/placeholder',
]);

/**
 * Is a language tag English (en, en-AU…)?
 * @param language A BCP 47 tag.
 * @returns True for English.
 */
export function isEnglish(language: string): boolean {
  return /^en(-|$)/i.test(language);
}

/** How to lint. */
export interface LintOptions {
  /** Today as YYYY-MM-DD; injected, so lint never reads the clock. */
  today: string;
  /** Rule id → off | warning | error (brand's `lint:` merged with the handout's). */
  config?: LintConfig;
  /** Highest SMOG grade the brand accepts (default 8). */
  readingTarget?: number;
  /** Word lists to check against (default: the press's `content/dictionary/`). */
  words?: WordLists;
}

/** What lint found in one handout. */
export interface LintResult {
  /** Problems, sorted by line and column. */
  diagnostics: Diagnostic[];
  /** Reading figures, reported whether or not they pass; null when there is no running text or it is not English. */
  readability: Readability | null;
  /** For a handout not in English: what was not checked, in words, for the lint report; else null. */
  languageNote: string | null;
}

/** Every lint rule: id, what it checks, and its severity unless configured (from the rule catalogue). */
export const LINT_RULES: readonly { id: LintRuleId; description: string; defaultSeverity: Severity }[] = RULES.map(({ id }) => ({
  id,
  description: RULE_CATALOGUE[id].description,
  defaultSeverity: RULE_CATALOGUE[id].severity,
}));

/**
 * Lint one handout.
 * @param document The validated handout.
 * @param parsed Its parsed source (for exact places, the markdown tree and comments).
 * @param options Today's date, config, reading target and word lists.
 * @returns Sorted diagnostics and the reading figures.
 */
export function lintHandout(document: HandoutDocument, parsed: ParsedSource, options: LintOptions): LintResult {
  const readingTarget = options.readingTarget ?? DEFAULT_READING_TARGET;
  const prose = extractProse(parsed);
  const english = isEnglish(document.meta.language);
  // The grade formulas count English syllables: other languages are not measured at all.
  const { readability, graded } = english ? measureReadability(prose, readingTarget) : { readability: null, graded: [] };
  const context: LintContext = {
    document,
    parsed,
    prose,
    today: options.today,
    readability,
    gradedSentences: graded,
    readingTarget,
    words: options.words ?? loadWordLists(),
  };
  const suppressions = collectSuppressions(parsed);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    // A rule switched off is not run at all (the spell checker's dictionary is not even loaded).
    if (options.config?.[rule.id] === 'off') continue;
    if (!english && ENGLISH_ONLY_RULES.has(rule.id)) continue;
    for (const finding of rule.check(context)) {
      const severity = resolveSeverity(options.config, rule.id, finding.severity ?? RULE_CATALOGUE[rule.id].severity);
      if (severity === 'off' || isSuppressed(suppressions, finding.place.line, rule.id)) continue;
      diagnostics.push(diagnostic(parsed.file, finding.place, finding.message, rule.id, severity));
    }
  }
  const languageNote = english
    ? null
    : `in ${document.meta.language}: reading grades (SMOG, Flesch-Kincaid) and the English word lists and phrasing rules apply to English only and were not run${spellChecks(document.meta.language) ? '' : '; no spelling dictionary is installed for this language'}`;
  return { diagnostics: sortDiagnostics(diagnostics), readability, languageNote };
}
