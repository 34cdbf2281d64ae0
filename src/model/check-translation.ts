import { diagnostic, type Diagnostic, type Place } from '../diagnostics.js';
import { blocksWithin } from './all-blocks.js';
import type { Block, HandoutDocument } from './document.js';

/**
 * Checking a translation against its source: a translator's text differs in every word, but
 * the shape must not. The same questions in the same order (each translated heading is
 * mapped to the source's by position), the same boxes, tables and pictures in the same
 * places, and every statistic's value exactly as written ("28%" stays "28%"). Each mismatch
 * is an error in the translation that names the source's line, so the translator can look.
 */

/** A block whose place in a handout must match between a source and its translation. */
interface Landmark {
  place: Place;
  /** What it is, in words, for messages ("a warning box", "a table of 3 columns"). */
  what: string;
  /** The statistic's value as written, for stat boxes. */
  value?: string;
}

/**
 * Compare a translation with its source.
 * @param translation The translated handout.
 * @param source The handout it translates.
 * @returns Located errors in the translation, each naming the source's line.
 */
export function checkTranslation(translation: HandoutDocument, source: HandoutDocument): Diagnostic[] {
  const file = translation.source;
  const at = (place: Place) => `${source.source}:${place.line}`;
  const problems: Diagnostic[] = [];
  const sourceCount = source.sections.length;
  const ownCount = translation.sections.length;
  if (sourceCount !== ownCount) {
    const missing = source.sections[ownCount];
    const extra = translation.sections[sourceCount];
    problems.push(
      extra
        ? diagnostic(file, extra.place, `the source has ${sourceCount} question${sourceCount === 1 ? '' : 's'} and this translation has ${ownCount}: this one has no counterpart in the source (its last question is at ${source.sections.at(-1) ? at(source.sections.at(-1)!.place) : `${source.source}:1`})`, 'translation/structure')
        : diagnostic(file, translation.sections.at(-1)?.place ?? { line: 1, column: 1 }, `the source has ${sourceCount} questions and this translation has ${ownCount}: question ${ownCount + 1} of the source ("${missing?.title}", ${missing ? at(missing.place) : source.source}) is not translated`, 'translation/structure'),
    );
  }
  const parts: Array<{ name: string; own: readonly Block[]; theirs: readonly Block[]; ownPlace: Place; theirPlace: Place }> = [
    { name: 'the introduction', own: translation.intro, theirs: source.intro, ownPlace: { line: 1, column: 1 }, theirPlace: { line: 1, column: 1 } },
  ];
  for (let i = 0; i < Math.min(sourceCount, ownCount); i += 1) {
    const own = translation.sections[i]!;
    const theirs = source.sections[i]!;
    parts.push({ name: `question ${i + 1}`, own: own.blocks, theirs: theirs.blocks, ownPlace: own.place, theirPlace: theirs.place });
  }
  for (const part of parts) {
    const own = landmarks(part.own);
    const theirs = landmarks(part.theirs);
    for (let i = 0; i < Math.max(own.length, theirs.length); i += 1) {
      const mine = own[i];
      const their = theirs[i];
      if (mine && their && mine.what === their.what) {
        if (mine.value !== undefined && mine.value !== their.value) {
          problems.push(diagnostic(file, mine.place, `statistic "${mine.value}" where the source has "${their.value}" (${at(their.place)}); a translation copies figures exactly`, 'translation/statistic'));
        }
        continue;
      }
      if (mine && their) {
        problems.push(diagnostic(file, mine.place, `${part.name} has ${mine.what} here where the source has ${their.what} (${at(their.place)}); boxes, tables and pictures stay in the source's places`, 'translation/structure'));
      } else if (their) {
        problems.push(diagnostic(file, own.at(-1)?.place ?? part.ownPlace, `${part.name} lacks ${their.what} that the source has (${at(their.place)})`, 'translation/structure'));
      } else if (mine) {
        problems.push(diagnostic(file, mine.place, `${part.name} has ${mine.what} that the source does not (its ${part.name} starts at ${at(part.theirPlace)})`, 'translation/structure'));
      }
      break; // after the first mismatch the rest would only repeat it
    }
  }
  return problems;
}

/** The boxes, tables and pictures in blocks, in reading order (inside lists and quotes too). */
function landmarks(blocks: readonly Block[]): Landmark[] {
  return blocksWithin(blocks).flatMap((block): Landmark[] => {
    switch (block.type) {
      case 'stat':
        return [{ place: block.place, what: 'a statistic box', value: block.value.text }];
      case 'callout':
        return [{ place: block.place, what: `a ${block.kind} box` }];
      case 'table':
        return [{ place: block.place, what: `a table of ${block.header.cells.length} column${block.header.cells.length === 1 ? '' : 's'} and ${block.rows.length} row${block.rows.length === 1 ? '' : 's'}` }];
      case 'image':
        return [{ place: block.place, what: 'a picture' }];
      default:
        return [];
    }
  });
}

/**
 * Is a translation stale: is its source's version no longer the one it was made from? Any
 * difference counts, not only a higher number: versions are the clinic's labels ("1.10",
 * "2026-03"), and a translation of a version that is not the current one is not current.
 * @param sourceVersion The source's `version` now.
 * @param translatedFrom The translation's `source_version`.
 * @returns True when they differ.
 */
export function isStale(sourceVersion: string, translatedFrom: string): boolean {
  return sourceVersion.trim() !== translatedFrom.trim();
}
