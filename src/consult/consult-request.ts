import type { Personalisation } from '../model/document.js';
import { IsoDateSchema } from '../model/schema.js';

/** One personalised edition to make: a handout, who it is for, and in which sizes. */
export interface ConsultRequest {
  /** A handout slug (file name without .md) or a path to a handout file. */
  handout: string;
  personal: Personalisation;
  /** Sizes to build; null for the handout's first page size (a4 when it has none). */
  sizes: string[] | null;
  /** A language to print it in (its translation \`<handout>.<language>.md\`); null for the handout itself. */
  language?: string | null;
  /** Where a CSV row came from, for messages and output lines; null on the command line. */
  origin: { file: string; line: number; row: number } | null;
}

/** Longest name printed on the cover; longer ones would wrap badly and are surely a mistake. */
export const MAX_NAME_LENGTH = 80;
/** Longest note: a line or two on the cover, not a letter. */
export const MAX_NOTE_LENGTH = 200;

// Control characters would print as nothing or garbage.
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/u;

/**
 * Check the patient's details. Messages name the field and the rule, never the value: they
 * are printed, and a patient's details must not reach any log.
 * @param fields The details as given (trimmed here).
 * @param names How the fields are called where they came from (flag or CSV column).
 * @returns One message per problem; none when the details can be printed.
 */
export function personalProblems(
  fields: { preparedFor: string | undefined; consultDate: string | undefined; note: string | undefined },
  names: { preparedFor: string; consultDate: string; note: string },
): string[] {
  const problems: string[] = [];
  const { preparedFor, consultDate, note } = personalDetails(fields);
  if (preparedFor === '') problems.push(`${names.preparedFor} is required: the name to print on the cover`);
  else if (preparedFor.length > MAX_NAME_LENGTH) problems.push(`${names.preparedFor} is longer than ${MAX_NAME_LENGTH} characters`);
  else if (CONTROL.test(preparedFor)) problems.push(`${names.preparedFor} contains a control character (a tab or line break)`);
  if (consultDate === '') problems.push(`${names.consultDate} is required: the consult date, written as YYYY-MM-DD, e.g. 2026-12-03`);
  else {
    const parsed = IsoDateSchema.safeParse(consultDate);
    if (!parsed.success) problems.push(`${names.consultDate} ${parsed.error.issues[0]?.message ?? 'is not a date'}`);
  }
  if (note !== null && note.length > MAX_NOTE_LENGTH) problems.push(`${names.note} is longer than ${MAX_NOTE_LENGTH} characters`);
  else if (note !== null && CONTROL.test(note)) problems.push(`${names.note} contains a control character (a tab or line break)`);
  return problems;
}

/**
 * The details as given, trimmed, whether or not they are valid ({@link personalProblems} says):
 * a row with a bad date is still checked against its handout (the name's characters, its
 * sizes), so a clinic list's every problem is reported in one run. Details with problems are
 * never rendered: the row's own problems stop the run.
 * @param fields The details as given.
 * @returns The details, trimmed.
 */
export function personalDetails(fields: { preparedFor: string | undefined; consultDate: string | undefined; note: string | undefined }): Personalisation {
  // NFC: a name typed with combining accents (e + ̂ + ̃) becomes the letters fonts have (ễ).
  const note = fields.note?.trim().normalize('NFC') ?? '';
  return { preparedFor: fields.preparedFor?.trim().normalize('NFC') ?? '', consultDate: fields.consultDate?.trim() ?? '', note: note === '' ? null : note };
}

/**
 * A consult date before today may be a typo (last year's date, a day and month swapped): say
 * so, without repeating the date (it is a patient's detail), unless the user said it is right.
 * @param consultDate A valid YYYY-MM-DD date.
 * @param today Today, YYYY-MM-DD.
 * @param name How the field is called where it came from (flag or CSV column).
 * @returns The warning, or null for today or later.
 */
export function pastDateWarning(consultDate: string, today: string, name: string): string | null {
  if (consultDate >= today) return null;
  return `${name} is in the past (before today, ${today}); check it for a typo, or pass --allow-past if the date is right`;
}
