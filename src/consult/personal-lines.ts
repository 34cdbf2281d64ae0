import { englishMessages } from '../content/load-messages.js';
import type { HandoutDocument, Personalisation } from '../model/document.js';
import { formatDate, say, type Messages } from '../model/messages.js';

/**
 * A date in words, Australian style ("3 December 2026"), or in the catalogue's language.
 * Formatted from the YYYY-MM-DD text (see \`formatDate\`), so neither the machine's locale
 * nor its time zone can change it.
 * @param iso A validated YYYY-MM-DD date.
 * @param messages The words to use (English by default).
 * @returns The date in words.
 */
export function formatLongDate(iso: string, messages: Messages = englishMessages()): string {
  return formatDate(messages, iso);
}

/**
 * The lines a personalised edition prints on its cover.
 * @param personal Who it is for.
 * @param surgeonName The handout's surgeon ("Dr David Edis"), if it has one.
 * @param messages The words to use (the document's language; English by default).
 * @returns "Prepared for …" and "Consult on … with …".
 */
export function personalLines(personal: Personalisation, surgeonName: string | undefined, messages: Messages = englishMessages()): { preparedFor: string; consult: string } {
  const date = formatLongDate(personal.consultDate, messages);
  return {
    preparedFor: say(messages, 'prepared_for', { name: personal.preparedFor }),
    consult: surgeonName ? say(messages, 'consult_on_with', { date, surgeon: surgeonName }) : say(messages, 'consult_on', { date }),
  };
}

/**
 * A handout's consult edition for one patient: the patient's details and the lines its
 * cover and PDF Subject print, in the handout's words. The template only reads them.
 * @param document The shared handout.
 * @param personal Who this copy is for.
 * @returns A new document; the shared one is unchanged.
 */
export function personalise(document: HandoutDocument, personal: Personalisation): HandoutDocument {
  const lines = personalLines(personal, document.surgeon?.name, document.messages);
  const note = personal.note ? say(document.messages, 'consult_note', { note: personal.note }) : null;
  return { ...document, personal: { ...personal, lines: { ...lines, note, subject: subjectOf(lines) } } };
}

/** The PDF's Subject for a personalised edition: both cover lines on one line. */
function subjectOf(lines: { preparedFor: string; consult: string }): string {
  return `${lines.preparedFor} · ${lines.consult}`;
}
