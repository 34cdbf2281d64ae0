import { diagnostic, type Report } from '../diagnostics.js';
import type { ConsultRequest } from './consult-request.js';
import { pastDateWarning, personalDetails, personalProblems } from './consult-request.js';
import { parseCsv } from './parse-csv.js';

/** The columns a clinic list may have; the header row names them, in any order. */
export const CONSULT_COLUMNS = {
  handout: 'the handout: its slug (file name without .md), e.g. failed-back-surgery-syndrome',
  prepared_for: "the patient's name as it should be printed on the cover",
  consult: 'the consult date, YYYY-MM-DD',
  note: 'optional: a short note printed under it ("Bring your MRI")',
  size: 'optional: sizes for this patient, separated by spaces or semicolons (default: the handout’s first page size)',
  language: 'optional: the language to print it in, e.g. vi (the handout’s translation into it; default: the handout itself)',
} as const;

const REQUIRED = ['handout', 'prepared_for', 'consult'] as const;

/** How to read a clinic list. */
export interface ConsultListOptions {
  /** Today (YYYY-MM-DD): a consult date before it gets a warning. */
  today: string;
  /** The past dates are meant (a list made again for the record): no warning. */
  allowPast?: boolean;
}

/** A clinic list read: the good rows, and the bad rows worth checking further. */
export interface ConsultList {
  requests: ConsultRequest[];
  /**
   * Rows with a problem of their own that still name a handout: checked against it too (the
   * name's characters, the sizes), so every problem of every row is reported in one run.
   */
  rejected: ConsultRequest[];
}

/**
 * Read a day's clinic list: a CSV file with a header row and one patient per row. Every bad
 * row is reported with its row number (the header is row 1) and its line; messages name
 * the column and never repeat what the cell says, since it may be a patient's detail.
 * @param text The file's text.
 * @param file The path to show in messages.
 * @param options Today's date, and whether past consult dates are meant.
 * @param report Where each problem is reported.
 * @returns The requests from the good rows, and the bad rows.
 */
export function readConsultList(text: string, file: string, options: ConsultListOptions, report: Report): ConsultList {
  const none: ConsultList = { requests: [], rejected: [] };
  const records = parseCsv(text, file, report);
  if (records === null) return none;
  const [header, ...rows] = records;
  if (!header) {
    report(diagnostic(file, undefined, `the clinic list is empty; its first row names the columns: ${REQUIRED.join(', ')} (and optionally note, size, language)`, 'consult/csv-header'));
    return none;
  }

  let headerProblems = 0;
  const reportHeader: Report = (d) => {
    headerProblems += 1;
    report(d);
  };
  const columns = header.fields.map((name) => name.trim().toLowerCase().replace(/[\s-]+/g, '_'));
  const known = Object.keys(CONSULT_COLUMNS);
  columns.forEach((name, index) => {
    const place = { line: header.line, column: index + 1 };
    if (!known.includes(name)) reportHeader(diagnostic(file, place, `row 1: unknown column "${header.fields[index]?.trim()}" (known: ${known.join(', ')})`, 'consult/csv-header'));
    else if (columns.indexOf(name) !== index) reportHeader(diagnostic(file, place, `row 1: column "${name}" appears twice`, 'consult/csv-header'));
  });
  const missing = REQUIRED.filter((name) => !columns.includes(name));
  if (missing.length > 0) reportHeader(diagnostic(file, { line: header.line, column: 1 }, `row 1: the header has no ${missing.map((m) => `"${m}"`).join(', ')} column; the first row must name the columns ${REQUIRED.join(', ')} (and optionally note, size, language)`, 'consult/csv-header'));
  if (headerProblems > 0) return none;
  if (rows.length === 0) {
    report(diagnostic(file, { line: header.line, column: 1 }, 'the clinic list has a header but no patients', 'consult/csv-row'));
    return none;
  }

  const requests: ConsultRequest[] = [];
  const rejected: ConsultRequest[] = [];
  rows.forEach((record, index) => {
    const row = index + 2;
    const reportRow = (message: string) => report(diagnostic(file, { line: record.line, column: 1 }, `row ${row}: ${message}`, 'consult/csv-row'));
    if (record.fields.length > columns.length) {
      reportRow(`has ${record.fields.length} fields but the header names ${columns.length} columns; put fields with commas in double quotes`);
      return;
    }
    const cell = (name: string) => {
      const index = columns.indexOf(name);
      return index < 0 ? undefined : record.fields[index];
    };
    const handout = cell('handout')?.trim() ?? '';
    if (handout === '') reportRow('"handout" is empty: give the handout’s slug');
    const fields = { preparedFor: cell('prepared_for'), consultDate: cell('consult'), note: cell('note') };
    const personal = personalDetails(fields);
    const problems = personalProblems(fields, { preparedFor: '"prepared_for"', consultDate: '"consult"', note: '"note"' });
    problems.forEach(reportRow);
    if (problems.length === 0 && !options.allowPast) {
      const past = pastDateWarning(personal.consultDate, options.today, '"consult"');
      if (past) report(diagnostic(file, { line: record.line, column: 1 }, `row ${row}: ${past}`, 'consult/past-date', 'warning'));
    }
    const sizes = (cell('size') ?? '').split(/[\s;]+/).filter(Boolean);
    if (handout === '') return;
    const origin = { file, line: record.line, row };
    const language = cell('language')?.trim() || null;
    (problems.length > 0 ? rejected : requests).push({ handout, personal, sizes: sizes.length > 0 ? sizes : null, ...(language && { language }), origin });
  });
  return { requests, rejected };
}
