import { inflateRawSync } from 'node:zlib';
import { refuseFile, type ImportReport } from './refuse-import.js';

/**
 * A guarded zip reader for `.docx` files. A `.docx` is a zip archive; a "zip bomb" is a small
 * archive that inflates to gigabytes. The central directory (at the end of the file) states
 * every entry's sizes, so they are checked before anything is inflated, and each entry is then
 * inflated with its stated size as a hard limit, so an archive that lies about its sizes fails
 * instead of filling memory. Only after that does mammoth (through jszip) open the file.
 */

/** Total uncompressed bytes a `.docx` may hold: a leaflet with photos is a few MB. */
export const MAX_DOCX_UNCOMPRESSED = 50_000_000;

/** Entries a `.docx` may hold: a real one has a few dozen. */
export const MAX_DOCX_ENTRIES = 2_000;

/** One file in the archive, as the central directory describes it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
  encrypted: boolean;
}

/** A zip archive whose directory passed the limits. */
export interface ZipArchive {
  entries: ZipEntry[];
  /**
   * Inflate one entry, never past its stated size.
   * @param name The entry's name.
   * @returns Its bytes, or null when there is no such entry.
   */
  read(name: string): Buffer | null;
}

/**
 * Read a zip archive's central directory and check its sizes, then inflate every entry within
 * its stated size (so a lying directory is caught before mammoth inflates anything).
 * @param bytes The whole file.
 * @param to Where a damaged or oversized archive is reported (`import/docx`).
 * @returns The archive, or null after reporting why it cannot be used.
 */
export function openZip(bytes: Buffer, to: ImportReport): ZipArchive | null {
  const refuse = (sentence: string) => refuseFile(to, sentence, 'import/docx');
  const end = findEndOfDirectory(bytes);
  if (end < 0) return refuse('is damaged: it has no zip directory (a .docx file is a zip archive), so it may have been cut short while copying');
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff) return refuse('is a ZIP64 archive, which no Word document needs; it is refused rather than inflated');
  if (count > MAX_DOCX_ENTRIES) return refuse(`holds ${count} files, more than the ${MAX_DOCX_ENTRIES} a Word document could need; it is refused rather than inflated`);
  if (directoryOffset + directorySize > end) return refuse('is damaged: its zip directory points past the end of the file');
  const entries: ZipEntry[] = [];
  let at = directoryOffset;
  let total = 0;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return refuse('is damaged: its zip directory is broken');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
      encrypted: (bytes.readUInt16LE(at + 8) & 1) === 1,
    };
    if (entry.encrypted) return refuse('is encrypted; open it in Word, remove the password and save it again');
    if (entry.method !== 0 && entry.method !== 8) return refuse(`is damaged or not a Word document: "${entry.name}" is compressed in a way Word never uses`);
    total += entry.uncompressedSize;
    if (total > MAX_DOCX_UNCOMPRESSED) {
      return refuse(`would unpack to more than ${MAX_DOCX_UNCOMPRESSED / 1_000_000} MB, far more than any leaflet; it looks like a zip bomb and is refused before anything is unpacked`);
    }
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  const read = (name: string): Buffer | null => {
    const entry = entries.find((candidate) => candidate.name === name);
    return entry ? inflateEntry(bytes, entry) : null;
  };
  for (const entry of entries) {
    try {
      inflateEntry(bytes, entry);
    } catch {
      return refuse(`is damaged or lies about its sizes: "${entry.name}" does not unpack to the ${entry.uncompressedSize} bytes its directory states; it is refused`);
    }
  }
  return { entries, read };
}

/** Inflate one entry, with its stated size as the limit (zlib throws past it). */
function inflateEntry(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.localOffset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== 0x04034b50) throw new Error(`bad local header for ${entry.name}`);
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error(`${entry.name} is cut short`);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new Error(`${entry.name} sizes differ`);
    return Buffer.from(data);
  }
  // maxOutputLength makes zlib stop (RangeError) instead of inflating a bomb.
  const out = inflateRawSync(data, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
  if (out.length !== entry.uncompressedSize) throw new Error(`${entry.name} is not the size stated`);
  return out;
}

/** Offset of the end-of-central-directory record (it ends the file, before a comment of up to 64 KB). */
function findEndOfDirectory(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= stop; at -= 1) {
    if (bytes.readUInt32LE(at) === 0x06054b50) return at;
  }
  return -1;
}
