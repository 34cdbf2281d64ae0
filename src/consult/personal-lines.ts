import { englishMessages } from '../content/load-messages.js';
import type { Personalisation } from '../model/document.js';
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
 * The PDF's Subject for a personalised edition: both cover lines on one line.
 * @param personal Who it is for.
 * @param surgeonName The handout's surgeon, if it has one.
 * @returns "Prepared for … · Consult on … with …".
 */
export function personalSubject(personal: Personalisation, surgeonName: string | undefined, messages?: Messages): string {
  const lines = personalLines(personal, surgeonName, messages);
  return `${lines.preparedFor} · ${lines.consult}`;
}
