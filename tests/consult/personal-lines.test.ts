import { describe, expect, test } from 'vitest';
import { formatLongDate, personalise, personalLines } from '../../src/consult/personal-lines.js';
import { englishMessages } from '../../src/content/load-messages.js';
import type { HandoutDocument } from '../../src/model/document.js';

const JANE = { preparedFor: 'Jane Citizen', consultDate: '2026-12-03', note: null };

describe('formatLongDate', () => {
  test('should write the date in words, day first', () => {
    expect(formatLongDate('2026-12-03')).toBe('3 December 2026');
  });

  test('should not move the date with the time zone (first and last day of a year)', () => {
    expect([formatLongDate('2027-01-01'), formatLongDate('2026-12-31')]).toEqual(['1 January 2027', '31 December 2026']);
  });
});

describe('personal lines', () => {
  test('should name the patient, the consult date and the surgeon', () => {
    expect(personalLines(JANE, 'Dr David Edis')).toEqual({ preparedFor: 'Prepared for Jane Citizen', consult: 'Consult on 3 December 2026 with Dr David Edis' });
  });

  test('should leave out "with" when the handout has no surgeon', () => {
    expect(personalLines(JANE, undefined).consult).toBe('Consult on 3 December 2026');
  });

});

describe('personalise', () => {
  // The parts of a handout the lines read: its surgeon and its words.
  const handout = { surgeon: { name: 'Dr Test Surgeon' }, messages: englishMessages(), personal: null } as unknown as HandoutDocument;

  test('should set the cover lines, the note and the PDF subject (both lines joined)', () => {
    expect(personalise(handout, { ...JANE, note: 'Bring your MRI' }).personal).toEqual({
      ...JANE,
      note: 'Bring your MRI',
      lines: {
        preparedFor: 'Prepared for Jane Citizen',
        consult: 'Consult on 3 December 2026 with Dr Test Surgeon',
        note: 'Note: Bring your MRI',
        subject: 'Prepared for Jane Citizen · Consult on 3 December 2026 with Dr Test Surgeon',
      },
    });
  });

  test('should leave the shared handout unchanged and print no note line without a note', () => {
    const edition = personalise(handout, JANE);
    expect(edition.personal?.lines.note).toBeNull();
    expect(handout.personal).toBeNull();
  });
});
