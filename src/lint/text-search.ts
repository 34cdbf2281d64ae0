import type { Place } from '../diagnostics.js';
import type { ProseSentence, ProseUnit } from './prose.js';

/** A regular-expression match in a unit of prose. */
export interface ProseMatch {
  unit: ProseUnit;
  match: RegExpExecArray;
  /** Where the match starts in the file. */
  place: Place;
}

/**
 * Find every match of a pattern in units of prose.
 * @param units Units to search.
 * @param pattern A regular expression; the `g` flag is added when missing.
 * @returns Matches in unit order.
 */
export function findInProse(units: readonly ProseUnit[], pattern: RegExp): ProseMatch[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  const found: ProseMatch[] = [];
  for (const unit of units) {
    global.lastIndex = 0;
    for (let match = global.exec(unit.text); match; match = global.exec(unit.text)) {
      found.push({ unit, match, place: unit.placeAt(match.index) });
      if (match[0] === '') global.lastIndex += 1;
    }
  }
  return found;
}

/**
 * The sentence of a unit that holds an offset.
 * @param unit The unit.
 * @param offset Offset in its text.
 * @returns The sentence, or undefined between sentences.
 */
export function sentenceAt(unit: ProseUnit, offset: number): ProseSentence | undefined {
  return unit.sentences.find((s) => offset >= s.start && offset < s.end);
}

/**
 * Quote a stretch of text for a message, shortened to its first words when long.
 * @param text The text.
 * @param maxWords Words to keep (default 8).
 * @returns The text in double quotes.
 */
export function quote(text: string, maxWords = 8): string {
  const words = text.trim().split(/\s+/);
  return `"${words.length > maxWords ? `${words.slice(0, maxWords).join(' ')}…` : words.join(' ')}"`;
}

/**
 * Quote the end of a stretch of text (for sentences whose ending is the point).
 * @param text The text.
 * @param maxWords Words to keep (default 6).
 * @returns The text in double quotes.
 */
export function quoteEnd(text: string, maxWords = 6): string {
  const words = text.trim().split(/\s+/);
  return `"${words.length > maxWords ? `…${words.slice(-maxWords).join(' ')}` : words.join(' ')}"`;
}

/**
 * Escape text for use inside a regular expression.
 * @param text Literal text.
 * @returns The escaped pattern.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
