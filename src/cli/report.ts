import { formatDiagnostic, type Diagnostic } from '../diagnostics.js';

/**
 * The problems of a run as lines for stderr, then a summary ("2 errors, 1 warning in 3 files").
 * @param diagnostics Sorted diagnostics.
 * @returns Text to print (empty when there is nothing to say).
 */
export function formatReport(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return '';
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const summary = `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(files, 'file')}`;
  return `${diagnostics.map(formatDiagnostic).join('\n')}\n${summary}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
