/**
 * The per-run list of a clinic list's consult editions: which file is whose. Same-day files
 * for one handout differ only by `-2`, `-3`, so without it the mapping from file to patient
 * would be only in the terminal. It is a CSV file beside the editions, read by a person (or a
 * mail merge) attaching each file to the right email.
 */

/** One row of the list: a written edition and the clinic-list row it was made for. */
export interface RunListRow {
  /** The clinic list's row number (the header is row 1). */
  row: number;
  handout: string;
  size: string;
  /** The file name, in the folder the list sits in. */
  file: string;
  /** The patient's name: only when it is in the file names anyway (`--name-in-file`). */
  preparedFor: string | null;
}

/**
 * Write the list as CSV text: a header, then one line per file, in row order.
 * @param rows The files written.
 * @param withNames Whether the list has a `prepared_for` column (`--name-in-file`).
 * @returns The CSV text (UTF-8, LF line ends, a final newline).
 */
export function runListCsv(rows: readonly RunListRow[], withNames: boolean): string {
  const header = ['row', 'handout', 'size', 'file', ...(withNames ? ['prepared_for'] : [])];
  const lines = [...rows]
    .sort((a, b) => a.row - b.row)
    .map((r) => [String(r.row), r.handout, r.size, r.file, ...(withNames ? [r.preparedFor ?? ''] : [])].map(csvField).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/**
 * The list's file name: `<clinic list's name>-files[-n].csv`, numbered like the editions so
 * an earlier run's list is never replaced.
 * @param listName The clinic list's file name without its folder.
 * @param n 1 for the first file of that name; 2, 3… after it.
 * @returns A file name.
 */
export function runListFileName(listName: string, n: number): string {
  const base = listName.replace(/\.csv$/i, '') || 'clinic-list';
  return `${base}-files${n > 1 ? `-${n}` : ''}.csv`;
}

/**
 * One CSV field: quoted when it holds a comma, quote or line break. A field a spreadsheet
 * would take for a formula (starting with = + - @) gets a leading apostrophe, which
 * spreadsheets show as text, so opening the list runs nothing (CSV injection).
 */
function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
