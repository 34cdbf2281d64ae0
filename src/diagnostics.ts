/**
 * Diagnostics: every problem the press reports carries a file, a line and a column,
 * so a person can go straight to it (the vfile-message model).
 */

import { RULE_CATALOGUE, type RuleId, type Severity } from './rule-catalogue.js';

/** Where a diagnostic points: 1-based line and column. */
export interface Place {
  line: number;
  column: number;
}

/** One problem found in a source file. */
export interface Diagnostic {
  /** Path relative to the working directory, e.g. `content/handouts/intro.md`. */
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  /** 1-based line where the problem ends, when it spans text (vfile's `place.end`). */
  endLine?: number;
  /** 1-based column where the problem ends. */
  endColumn?: number;
  severity: Severity;
  /** What happened, why, and what to do; never the position (shown separately). */
  message: string;
  /** Permanent id from the catalogue (`src/rule-catalogue.ts`), such as `schema/required`. */
  ruleId: RuleId;
  /** What to write instead, when there is one clear fix. */
  hint?: string;
}

/** Where every stage sends the problems it finds (vfile's `file.message`, in spirit). */
export type Report = (diagnostic: Diagnostic) => void;

/**
 * One run's diagnostics: stages report into it and return a value or nothing, so a
 * problem never travels back as a second kind of return value.
 */
export class DiagnosticSink {
  readonly #list: Diagnostic[] = [];

  /** Record one problem (bound, so it can be handed on as a `Report`). */
  readonly report: Report = (diagnostic) => {
    this.#list.push(diagnostic);
  };

  /**
   * Every problem so far, sorted by file, line and column, each once: the same surgeon or
   * brand file is checked for every handout that uses it, and says its problem once.
   */
  sorted(): Diagnostic[] {
    const seen = new Set<string>();
    return sortDiagnostics(this.#list).filter((d) => {
      const key = `${d.file}:${d.line}:${d.column}:${d.ruleId}:${d.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** True when an error (not a warning) has been reported, optionally for one file only. */
  hasErrors(file?: string): boolean {
    return this.#list.some((d) => d.severity === 'error' && (file === undefined || d.file === file));
  }
}

/**
 * Make a diagnostic.
 * @param file Path of the source file.
 * @param place Where in it (defaults to 1:1).
 * @param message What happened and what to do.
 * @param ruleId Rule id from the catalogue.
 * @param severity Error or warning; by default the rule's severity in the catalogue.
 * @returns The diagnostic.
 */
export function diagnostic(
  file: string,
  place: Place | undefined,
  message: string,
  ruleId: RuleId,
  severity: Severity = RULE_CATALOGUE[ruleId].severity,
): Diagnostic {
  return { file, line: place?.line ?? 1, column: place?.column ?? 1, severity, message, ruleId };
}

/**
 * Format a diagnostic as a compiler would: `file:line:col severity message rule-id`.
 * @param d The diagnostic.
 * @returns One line of text.
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}  ${d.ruleId}`;
}

/**
 * Order diagnostics by file, line and column so reports read top to bottom.
 * @param list Diagnostics in any order.
 * @returns A new, sorted array.
 */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.ruleId, b.ruleId),
  );
}

/** Locale-independent string comparison (deterministic under any LANG). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}

/** A problem with how the press was called (bad flag, unknown size): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
