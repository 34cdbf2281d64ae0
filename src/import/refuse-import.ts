import { diagnostic, type Report } from '../diagnostics.js';
import type { RuleId } from '../rule-catalogue.js';

/**
 * Where an import reports a file it cannot import: the file as the person named it, and the
 * run's report. A refusal is about the whole file, so it is located at 1:1 of it.
 */
export interface ImportReport {
  /** The file as named on the command line (`leaflets/knee.docx`). */
  file: string;
  report: Report;
}

/**
 * Report why a file cannot be imported, as a sentence that follows "the file"
 * (`the file is a PDF: …`).
 * @param to The file and the report.
 * @param sentence What is wrong with it and what to do, starting with a verb (`is empty: …`).
 * @param ruleId The rule it breaks, from the `import/…` family.
 * @returns null, so a refusing function can return it.
 */
export function refuseFile(to: ImportReport, sentence: string, ruleId: RuleId): null {
  to.report(diagnostic(to.file, undefined, `the file ${sentence}`, ruleId, 'error'));
  return null;
}
