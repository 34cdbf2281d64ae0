import { readFileSync } from 'node:fs';

/**
 * The clinic's original leaflet (a verbatim copy of shared/seed), as the paragraphs a
 * patient must be able to read: one per non-empty line, bullets removed.
 * @returns Paragraph texts, white space normalised.
 */
export function seedParagraphs(): string[] {
  const text = readFileSync(new URL('../fixtures/seed/failed-back-surgery-syndrome.txt', import.meta.url), 'utf8');
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*•\s*/, '').replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    // The leaflet's photo caption and bio heading ran together when it was copied as text.
    .flatMap((line) => (line === 'Dr David EdisAbout Dr David Edis' ? ['Dr David Edis', 'About Dr David Edis'] : [line]));
}

/**
 * Split paragraphs into sentences, so a failure names the sentence that went missing.
 * @param paragraphs Paragraph texts.
 * @returns Sentences (a paragraph without a full stop is one sentence).
 */
export function sentences(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.split(/(?<=[.?!])\s+(?=[A-Z“‘"])/).map((s) => s.trim()).filter(Boolean));
}
