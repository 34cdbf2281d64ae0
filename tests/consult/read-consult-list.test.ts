import { describe, expect, test } from 'vitest';
import { formatDiagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { readConsultList } from '../../src/consult/read-consult-list.js';

const FILE = 'clinic-list.csv';
const read = (text: string, allowPast = false) => {
  const diagnostics: Diagnostic[] = [];
  const list = readConsultList(text, FILE, { today: '2026-12-01', allowPast }, (d) => diagnostics.push(d));
  return { ...list, diagnostics };
};
const messages = (text: string) => read(text).diagnostics.map(formatDiagnostic);

describe('readConsultList', () => {
  test('should read one request per row, columns in any order', () => {
    const { requests, diagnostics } = read('prepared_for,consult,handout,note\nJane Citizen,2026-12-03,fbss,Bring your MRI\n');
    expect(diagnostics).toEqual([]);
    expect(requests).toEqual([
      { handout: 'fbss', personal: { preparedFor: 'Jane Citizen', consultDate: '2026-12-03', note: 'Bring your MRI' }, sizes: null, origin: { file: FILE, line: 2, row: 2 } },
    ]);
  });

  test('should read quoted fields with commas and quotes, CRLF line ends and a byte-order mark', () => {
    const { requests } = read('\uFEFFhandout,prepared_for,consult,note\r\nfbss,"Citizen, Jane",2026-12-03,"Bring the ""blue"" folder"\r\n');
    expect(requests[0]?.personal).toEqual({ preparedFor: 'Citizen, Jane', consultDate: '2026-12-03', note: 'Bring the "blue" folder' });
  });

  test('should read sizes separated by spaces or semicolons', () => {
    expect(read('handout,prepared_for,consult,size\nfbss,Jane Citizen,2026-12-03,a4; large-print\n').requests[0]?.sizes).toEqual(['a4', 'large-print']);
  });

  test('should report each bad row with its row number, and keep the good ones', () => {
    const text = ['handout,prepared_for,consult', 'fbss,Jane Citizen,2026-12-03', 'fbss,,2026-12-03', 'fbss,John Smith,3/12/2026', 'fbss,Ann Lee,2026-02-30', 'fbss,Bo Li,2026-12-03,extra'].join('\n');
    const { requests } = read(text);
    expect(requests.map((r) => r.origin?.row)).toEqual([2]);
    expect(messages(text)).toEqual([
      'clinic-list.csv:3:1 error row 3: "prepared_for" is required: the name to print on the cover  consult/csv-row',
      'clinic-list.csv:4:1 error row 4: "consult" must be a date written as YYYY-MM-DD, e.g. 2026-03-05  consult/csv-row',
      'clinic-list.csv:5:1 error row 5: "consult" is not a real calendar date  consult/csv-row',
      'clinic-list.csv:6:1 error row 6: has 4 fields but the header names 3 columns; put fields with commas in double quotes  consult/csv-row',
    ]);
  });

  test('should never repeat a cell in a message (it may be a patient detail)', () => {
    const text = 'handout,prepared_for,consult,note\nfbss,Jane Citizen,Jane-Citizen-date,Jane’s private note that is far too long to print on the cover of a leaflet because it goes on and on and on and on and on and on and on and on and on and on and on and on and on and on and on and on\n';
    const all = messages(text).join('\n');
    expect(all).toContain('row 2');
    expect(all).not.toMatch(/Jane|Citizen|private/);
  });

  test('should count rows, not lines, when a quoted field spans lines', () => {
    const text = 'handout,prepared_for,consult,note\nfbss,Jane Citizen,2026-12-03,"two\nlines"\nfbss,,2026-12-03,\n';
    expect(messages(text)).toEqual([
      'clinic-list.csv:2:1 error row 2: "note" contains a control character (a tab or line break)  consult/csv-row',
      'clinic-list.csv:4:1 error row 3: "prepared_for" is required: the name to print on the cover  consult/csv-row',
    ]);
  });

  test('should report a header without a required column', () => {
    expect(messages('handout,name,consult\nfbss,Jane Citizen,2026-12-03\n')).toEqual([
      'clinic-list.csv:1:2 error row 1: unknown column "name" (known: handout, prepared_for, consult, note, size, language)  consult/csv-header',
      'clinic-list.csv:1:1 error row 1: the header has no "prepared_for" column; the first row must name the columns handout, prepared_for, consult (and optionally note, size, language)  consult/csv-header',
    ]);
  });

  test('should locate an unclosed quote', () => {
    expect(messages('handout,prepared_for,consult\nfbss,"Jane Citizen,2026-12-03\n')).toEqual([
      'clinic-list.csv:2:6 error not valid CSV: this quoted field is never closed; add the closing "  consult/csv',
    ]);
  });

  test('should report an empty list', () => {
    expect(messages('handout,prepared_for,consult\n\n')).toEqual(['clinic-list.csv:1:1 error the clinic list has a header but no patients  consult/csv-row']);
  });

  test('should warn about a consult date before today, without repeating it, unless past dates are allowed', () => {
    const text = 'handout,prepared_for,consult\nfbss,Jane Citizen,2026-11-30\nfbss,John Smith,2026-12-01\n';
    const { requests, diagnostics } = read(text);
    expect(requests).toHaveLength(2);
    expect(diagnostics.map(formatDiagnostic)).toEqual([
      'clinic-list.csv:2:1 warning row 2: "consult" is in the past (before today, 2026-12-01); check it for a typo, or pass --allow-past if the date is right  consult/past-date',
    ]);
    expect(read(text, true).diagnostics).toEqual([]);
  });

  test('should keep a bad row that names a handout for checking against it, apart from the good ones', () => {
    const { requests, rejected } = read('handout,prepared_for,consult\nfbss,Jane Citizen,2026-12-03\nfbss,John Smith,3/12/2026\n,Ann Lee,2026-12-03\n');
    expect(requests.map((r) => r.origin?.row)).toEqual([2]);
    expect(rejected).toEqual([{ handout: 'fbss', personal: { preparedFor: 'John Smith', consultDate: '3/12/2026', note: null }, sizes: null, origin: { file: FILE, line: 3, row: 3 } }]);
  });

  test('should compose a name typed with combining accents into the letters fonts have (NFC)', () => {
    const decomposed = 'Nguye\u0302\u0303n Thi\u0323 Minh Khai';
    expect(read(`handout,prepared_for,consult\nfbss,${decomposed},2026-12-03\n`).requests[0]?.personal.preparedFor).toBe('Nguyễn Thị Minh Khai');
  });
});
