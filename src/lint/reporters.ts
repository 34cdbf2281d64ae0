import { compareText, formatDiagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { Readability } from './readability.js';

/**
 * Lint reports as text: pretty (like a compiler), JSON (for tools) and GitHub Actions
 * workflow commands (annotations on the pull request). Pure: they return strings and
 * print nothing.
 */

/** Reading figures per file, as `LintResult.readability` gave them. */
export type ReadabilityByFile = ReadonlyMap<string, Readability | null> | Readonly<Record<string, Readability | null>>;

/**
 * Compiler-style report: one `file:line:col severity message  rule-id` line per problem,
 * then each file's reading grade, then a summary.
 * @param diagnostics The problems, in any order.
 * @param readabilityByFile Reading figures by file (optional).
 * @param order By place (file, line, column), or every error before the first warning (the
 * preview's problems panel, where an error below a screen of warnings went unseen).
 * @returns The text, ending in a newline; empty when there is nothing to say.
 */
export function formatPretty(diagnostics: readonly Diagnostic[], readabilityByFile?: ReadabilityByFile, order: 'place' | 'errors-first' = 'place'): string {
  const sorted = sortDiagnostics(diagnostics);
  const ordered = order === 'place' ? sorted : [...sorted.filter((d) => d.severity === 'error'), ...sorted.filter((d) => d.severity !== 'error')];
  const lines = ordered.map(formatDiagnostic);
  for (const [file, figures] of entries(readabilityByFile)) if (figures) lines.push(gradeLine(file, figures));
  if (diagnostics.length > 0) {
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const files = new Set(diagnostics.map((d) => d.file)).size;
    lines.push(`${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')} in ${plural(files, 'file')}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** A translation's state, as the pipeline reports it. */
export interface TranslationLine {
  language: string;
  of: string;
  sourceVersion: string;
  state: 'current' | 'stale' | 'error';
  currentVersion?: string;
}

/**
 * The languages part of the pretty report: each translation with its state against its
 * source, and, for handouts not in English, what lint did not check.
 * @param translations Translations by file.
 * @param notes Language notes by file.
 * @returns The lines, ending in a newline; empty when there are none.
 */
export function formatLanguages(translations: Readonly<Record<string, TranslationLine>>, notes: Readonly<Record<string, string>>): string {
  const lines: string[] = [];
  for (const [file, t] of Object.entries(translations).sort(([a], [b]) => compareText(a, b))) {
    const state =
      t.state === 'current'
        ? `current (translated from version ${t.sourceVersion})`
        : t.state === 'stale'
          ? `STALE: translated from version ${t.sourceVersion}, the source is at version ${t.currentVersion}`
          : 'has errors (listed above)';
    lines.push(`${file}: translation of "${t.of}" into ${t.language || '?'}, ${state}`);
  }
  for (const [file, note] of Object.entries(notes).sort(([a], [b]) => compareText(a, b))) lines.push(`${file}: ${note}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * The build's short report: every error in full (each must be fixed, and each has its own
 * place), the warnings counted by rule (a stale translation in full, see `IN_FULL`), each handout's reading grade (one line for many), and
 * where to see the warnings. A build of a real library has dozens of warnings a clinic
 * decides about at leisure; printed one by one, they bury the errors. `lint` and
 * `build --verbose` print them all.
 * @param diagnostics The problems, in any order.
 * @param readabilityByFile Reading figures by file (optional).
 * @returns The text, ending in a newline; empty when there is nothing to say.
 */
export function formatSummary(diagnostics: readonly Diagnostic[], readabilityByFile?: ReadabilityByFile): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const warnings = diagnostics.filter((d) => d.severity !== 'error');
  const lines = sortDiagnostics([...errors, ...warnings.filter((d) => IN_FULL.has(d.ruleId))]).map(formatDiagnostic);
  const counted = warnings.filter((d) => !IN_FULL.has(d.ruleId));
  if (counted.length > 0) {
    const byRule = new Map<string, number>();
    for (const d of counted) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
    const counts = [...byRule].sort(([a, m], [b, n]) => n - m || compareText(a, b)).map(([rule, count]) => `${count} ${rule}`);
    lines.push(`warnings by rule: ${counts.join(', ')}`);
  }
  lines.push(...readingGrades(entries(readabilityByFile)));
  if (diagnostics.length > 0) {
    const files = new Set(diagnostics.map((d) => d.file)).size;
    const details = warnings.length > 0 ? '; run `handouts lint` to see every warning, or build with --verbose' : '';
    lines.push(`${plural(errors.length, 'error')}, ${plural(warnings.length, 'warning')} in ${plural(files, 'file')}${details}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * Warnings the short report prints in full, not just counts: a stale translation means a
 * patient may be handed text that no longer says what the English does, and the clinic needs
 * the file and both versions to act on it (one line per translation, so they bury nothing).
 */
const IN_FULL: ReadonlySet<string> = new Set(['translation/stale']);

/** Up to this many handouts get a reading-grade line each in the build's short report. */
const GRADE_LINES = 5;

/** Reading grades for the short report: a line per handout, or one line for a library. */
function readingGrades(figures: Array<[string, Readability | null]>): string[] {
  const graded = figures.filter((entry): entry is [string, Readability] => entry[1] !== null);
  if (graded.length <= GRADE_LINES) return graded.map(([file, f]) => gradeLine(file, f));
  const above = graded.filter(([, f]) => f.smog > f.target).sort(([, a], [, b]) => b.smog - a.smog);
  const hardest = above[0];
  return [
    `reading grade: ${above.length} of ${graded.length} handouts above their target${hardest ? `, the hardest ${hardest[0]} (SMOG ${hardest[1].smog.toFixed(1)} against ${hardest[1].target})` : ''}`,
  ];
}

function gradeLine(file: string, figures: Readability): string {
  const verdict = figures.smog <= figures.target ? 'within' : 'above';
  return `${file}: reading grade SMOG ${figures.smog.toFixed(1)}, Flesch-Kincaid ${figures.fleschKincaid.toFixed(1)} over ${figures.sentences} sentences (${verdict} the target of ${figures.target})`;
}

/**
 * JSON report: `{ diagnostics: [...], readability: { file: figures | null } }`, sorted, two-space indented.
 * @param diagnostics The problems, in any order.
 * @param readabilityByFile Reading figures by file (optional).
 * @returns The JSON text, ending in a newline.
 */
export function formatJson(diagnostics: readonly Diagnostic[], readabilityByFile?: ReadabilityByFile): string {
  const readability = Object.fromEntries(entries(readabilityByFile));
  const list = sortDiagnostics(diagnostics).map(({ file, line, column, severity, message, ruleId }) => ({ file, line, column, severity, message, ruleId }));
  return `${JSON.stringify({ diagnostics: list, readability }, null, 2)}\n`;
}

/**
 * GitHub Actions annotations: `::warning file=…,line=…,col=…,title=rule-id::message`, one per
 * problem, escaped as the workflow-command format requires.
 * @param diagnostics The problems, in any order.
 * @returns The commands, one per line, ending in a newline; empty when there are none.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  const lines = sortDiagnostics(diagnostics).map(
    (d) =>
      `::${d.severity} file=${escapeProperty(d.file)},line=${d.line},col=${d.column},title=${escapeProperty(d.ruleId)}::${escapeData(d.message)}`,
  );
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

// Workflow commands end at a newline and read `%` as an escape (actions/toolkit `escapeData`).
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

// Property values also end at `,` and `:` (actions/toolkit `escapeProperty`).
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function entries(byFile: ReadabilityByFile | undefined): Array<[string, Readability | null]> {
  if (!byFile) return [];
  const list = byFile instanceof Map ? [...byFile.entries()] : Object.entries(byFile as Record<string, Readability | null>);
  return list.sort(([a], [b]) => compareText(a, b));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
