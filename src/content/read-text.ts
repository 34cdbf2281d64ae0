import { readFile } from 'node:fs/promises';
import { diagnostic, type Report } from '../diagnostics.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The largest source file the press reads: 1 MB is about 150,000 words, far beyond any
 * patient leaflet, and keeps a mistaken file (a pasted log, a 10 MB export) from stalling CI.
 */
export const MAX_SOURCE_BYTES = 1_000_000;

/**
 * Read a text file as strict UTF-8, drop a byte-order mark, normalise line endings and
 * compose accented letters (Unicode NFC), so positions and output do not depend on the
 * editor that saved it.
 * @param path File path to read.
 * @param displayPath Path shown in diagnostics.
 * @param report Where a file too large, binary or not UTF-8 is reported.
 * @returns The text, or null when it was reported.
 */
export async function readText(path: string, displayPath: string, report: Report): Promise<string | null> {
  const bytes = await readFile(path);
  if (bytes.byteLength > MAX_SOURCE_BYTES) {
    const mb = (bytes.byteLength / 1_000_000).toFixed(1);
    report(diagnostic(displayPath, undefined, `file is ${mb} MB, over the 1 MB limit for a source file; a patient handout this long would run to hundreds of pages, so split it`, 'source/too-large'));
    return null;
  }
  if (bytes.includes(0)) {
    report(diagnostic(displayPath, undefined, 'file looks binary (it contains NUL bytes); handouts must be UTF-8 text', 'source/encoding'));
    return null;
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const place = firstInvalidPlace(bytes);
    report(diagnostic(displayPath, place, 'file is not valid UTF-8; save it as UTF-8 (not Windows-1252 or Latin-1)', 'source/encoding'));
    return null;
  }
  // NFC: a letter typed as a base and combining accents (e + ̂ + ̃, as some keyboards and
  // Vietnamese input methods write it) becomes the one character fonts draw (ễ). Uncomposed,
  // the accents came from the fallback font and landed beside the brand font's letter, not on it.
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').normalize('NFC');
}

/** Line and column of the first byte sequence that is not UTF-8 (decoded line by line). */
function firstInvalidPlace(bytes: Uint8Array): { line: number; column: number } {
  const lenient = new TextDecoder('utf-8');
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const lineBytes = bytes.subarray(start, end);
    try {
      utf8.decode(lineBytes);
    } catch {
      // The replacement character marks where decoding failed; count columns in characters.
      const column = lenient.decode(lineBytes).indexOf('\uFFFD') + 1;
      return { line, column: Math.max(column, 1) };
    }
    line += 1;
    start = end + 1;
  }
  return { line: 1, column: 1 };
}
