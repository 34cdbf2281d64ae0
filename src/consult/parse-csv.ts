import { diagnostic, type Place, type Report } from '../diagnostics.js';

/** One record of a CSV file. */
export interface CsvRecord {
  /** 1-based line the record starts on (a quoted field may span lines). */
  line: number;
  fields: string[];
}

/**
 * Parse CSV as RFC 4180 and spreadsheet programs write it: comma-separated, fields in double
 * quotes when they hold commas, quotes or line breaks, `""` for a quote inside them; CRLF or
 * LF; a UTF-8 byte-order mark ignored. Blank lines are skipped.
 * @param text The file's text.
 * @param file The path to show in messages.
 * @param report Where the first place the text is not valid CSV is reported (`consult/csv`).
 * @returns The records in order, or null after reporting where the text stops being CSV.
 */
export function parseCsv(text: string, file: string, report: Report): CsvRecord[] | null {
  const invalid = (place: Place, message: string): null => {
    report(diagnostic(file, place, `not valid CSV: ${message}`, 'consult/csv'));
    return null;
  };
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let column = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteStart = { line: 1, column: 1 };
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    // A line with nothing on it is not a record (spreadsheets leave them at the end).
    if (!(fields.length === 1 && fields[0] === '' && !fieldStarted)) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i] as string;
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        field += '"';
        i += 1;
        column += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
        column += 1;
        const next = source[i + 1];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          return invalid({ line, column }, 'a closing quote must be followed by a comma or the end of the line');
        }
        continue;
      }
      field += char;
      if (char === '\n') {
        line += 1;
        column = 1;
      } else column += 1;
      continue;
    }
    if (char === '"' && field === '') {
      quoted = true;
      fieldStarted = true;
      quoteStart = { line, column };
      column += 1;
      continue;
    }
    if (char === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
      column += 1;
      continue;
    }
    if (char === '\r' && source[i + 1] === '\n') continue;
    if (char === '\n' || char === '\r') {
      endRecord();
      line += 1;
      column = 1;
      recordLine = line;
      continue;
    }
    if (char === '"') return invalid({ line, column }, 'a quote inside an unquoted field; put the whole field in quotes and write the quote as ""');
    field += char;
    fieldStarted = true;
    column += 1;
  }
  if (quoted) return invalid(quoteStart, 'this quoted field is never closed; add the closing "');
  if (field !== '' || fields.length > 0 || fieldStarted) endRecord();
  return records;
}
