import type { Diagnostic, Place } from '../diagnostics.js';
import type { HandoutDocument } from '../model/document.js';
import type { ParsedSource } from '../content/parse-source.js';
import type { LintRuleId } from '../rule-catalogue.js';
import type { Prose } from './prose.js';
import type { GradedSentence, Readability } from './readability.js';
import type { WordLists } from './word-lists.js';

/** Everything a rule may look at. Rules are pure: they read this and return findings. */
export interface LintContext {
  document: HandoutDocument;
  parsed: ParsedSource;
  prose: Prose;
  /** Today as YYYY-MM-DD, injected so results never depend on the clock. */
  today: string;
  /** Reading figures of the handout, null when it has no running text. */
  readability: Readability | null;
  /** Every sentence of running text with its own SMOG grade, hardest first. */
  gradedSentences: readonly GradedSentence[];
  /** Highest SMOG grade the brand accepts. */
  readingTarget: number;
  words: WordLists;
}

/** One problem a rule found; the runner adds file, rule id and severity. */
export interface Finding {
  place: Place;
  message: string;
  /** Only for rules whose findings differ in weight (review overdue vs due soon). */
  severity?: Diagnostic['severity'];
}

/**
 * A lint rule: one file in `src/lint/rules/`, named after its id. What it catches and its
 * default severity are in the rule catalogue (`src/rule-catalogue.ts`), under its id.
 */
export interface LintRule {
  /** Permanent id, e.g. `lint/jargon`. */
  id: LintRuleId;
  /**
   * Look at a handout.
   * @param context The handout and what it is checked against.
   * @returns Findings in any order.
   */
  check: (context: LintContext) => Finding[];
}
