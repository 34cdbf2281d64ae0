import type { Personalisation } from '../model/document.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date in words, Australian style ("3 December 2026"). Formatted by hand from the
 * YYYY-MM-DD text, so neither the machine's locale nor its time zone can change it.
 * @param iso A validated YYYY-MM-DD date.
 * @returns The date in words.
 */
export function formatLongDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * The lines a personalised edition prints on its cover.
 * @param personal Who it is for.
 * @param surgeonName The handout's surgeon ("Dr David Edis"), if it has one.
 * @returns "Prepared for …" and "Consult on … with …".
 */
export function personalLines(personal: Personalisation, surgeonName: string | undefined): { preparedFor: string; consult: string } {
  return {
    preparedFor: `Prepared for ${personal.preparedFor}`,
    consult: `Consult on ${formatLongDate(personal.consultDate)}${surgeonName ? ` with ${surgeonName}` : ''}`,
  };
}

/**
 * The PDF's Subject for a personalised edition: both cover lines on one line.
 * @param personal Who it is for.
 * @param surgeonName The handout's surgeon, if it has one.
 * @returns "Prepared for … · Consult on … with …".
 */
export function personalSubject(personal: Personalisation, surgeonName: string | undefined): string {
  const lines = personalLines(personal, surgeonName);
  return `${lines.preparedFor} · ${lines.consult}`;
}
