import { compareText, type Diagnostic } from '../diagnostics.js';
import type { ImportNote } from './import-notes.js';
import type { PlannedImport } from './planned-import.js';
import type { CheckedImport } from './write-import.js';

/**
 * The report of one import, as text: what was mapped, what was left out and why (with the
 * source location), suggestions, character clean-ups, and the lint summary of the new handout.
 * @param plan The planned handout.
 * @param checked The press's checks of it, and what was written.
 * @param options Whether this was a dry run, and whether suggestions were applied.
 * @returns The report, ending in a newline.
 */
export function formatImportReport(plan: PlannedImport, checked: CheckedImport, options: { dryRun: boolean; applySuggestions: boolean }): string {
  const target = checked.diagnostics[0]?.file ?? checked.path;
  const lines = [`${plan.source} → ${displayTarget(checked)}`];
  section(lines, 'mapped', plan.mapped);
  if (plan.questions.length > 0) {
    lines.push('  questions, in order:');
    plan.questions.forEach((question, index) => lines.push(`    ${index + 1}. ${question}`));
  }
  section(lines, plan.left.length > 0 ? 'left out' : 'left out: nothing', plan.left);
  section(
    lines,
    options.applySuggestions ? 'suggestions applied (boxes hold the text as written; add each statistic’s source)' : 'suggestions (written as "import:" comments; --apply-suggestions applies them)',
    plan.suggestions,
  );
  if (plan.cleaned.length > 0) lines.push(`  characters: ${plan.cleaned.join(', ')}`);
  if (plan.warnings.length > 0) lines.push(`  warnings: ${plan.warnings.length} (printed above, with the problems)`);
  lines.push(`  lint: ${lintSummary(checked.diagnostics)}${readingGrade(checked)}`);
  const errors = checked.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) lines.push(`  not written: the new handout has ${errors} error${errors === 1 ? '' : 's'} (listed above, as ${target} would report them)`);
  else if (options.dryRun) lines.push('  dry run: nothing written');
  else lines.push(`  written: ${checked.written.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function displayTarget(checked: CheckedImport): string {
  return checked.written.find((file) => file.endsWith('.md')) ?? checked.diagnostics[0]?.file ?? checked.path;
}

function section(lines: string[], title: string, notes: readonly ImportNote[]): void {
  if (notes.length === 0 && !title.startsWith('left out')) return;
  lines.push(`  ${title}${notes.length > 0 ? ':' : ''}`);
  for (const note of notes) lines.push(`    ${note.where}: ${note.message}`);
}

/** "0 errors, 5 warnings (lint/placeholder ×1, lint/stat-source ×2)". */
export function lintSummary(diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const byRule = new Map<string, number>();
  for (const d of diagnostics) byRule.set(d.ruleId, (byRule.get(d.ruleId) ?? 0) + 1);
  const rules = [...byRule].sort(([a], [b]) => compareText(a, b)).map(([rule, n]) => `${rule} ×${n}`);
  const warnings = diagnostics.length - errors;
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}${rules.length > 0 ? ` (${rules.join(', ')})` : ''}`;
}

function readingGrade(checked: CheckedImport): string {
  const figures = checked.readability;
  return figures ? `; reading grade SMOG ${figures.smog.toFixed(1)} (target ${figures.target})` : '';
}
