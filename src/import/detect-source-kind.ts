import { extname } from 'node:path';
import { refuseFile, type ImportReport } from './refuse-import.js';

/** What kind of file an import was given, by its bytes first and its name second. */
export type SourceKind = 'docx' | 'html' | 'markdown';

/** Largest file `handouts import` opens at all (a .docx with photos, a saved page with its scripts). */
export const MAX_IMPORT_FILE_BYTES = 20_000_000;

const OLE_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Decide how to read a file. The bytes win over the name: a PDF renamed `.docx` is still a
 * PDF, and a password-protected `.docx` is not a zip archive at all but an OLE file holding an
 * encrypted package (as is an old binary `.doc`), so each gets an error that says what to do.
 * @param bytes The file's bytes.
 * @param name Its file name.
 * @param to Where a file of a kind that cannot be imported is reported (`import/kind`).
 * @returns The kind, or null after reporting why it cannot be imported.
 */
export function detectSourceKind(bytes: Buffer, name: string, to: ImportReport): SourceKind | null {
  const refuse = (sentence: string) => refuseFile(to, sentence, 'import/kind');
  const ext = extname(name).toLowerCase();
  if (bytes.length === 0) return refuse('is empty: there is nothing to import');
  if (bytes.length > MAX_IMPORT_FILE_BYTES) return refuse(`is ${(bytes.length / 1_000_000).toFixed(1)} MB, over the ${MAX_IMPORT_FILE_BYTES / 1_000_000} MB an imported file may be; no leaflet is that long`);
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') {
    return refuse('is a PDF: its text cannot be read back reliably in order. Import the Word document or web page it was made from instead');
  }
  if (bytes.subarray(0, 8).equals(OLE_SIGNATURE)) {
    // The stream names in an OLE directory are UTF-16 little-endian.
    if (bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      return refuse('is password-protected: open it in Word, remove the password (File › Info › Protect Document) and save it again as .docx');
    }
    return refuse('is an old Word 97–2003 document (.doc); open it in Word and save it as a Word document (.docx), then import that');
  }
  // A file of under four bytes (a one-line markdown note) cannot be a zip: don't read past its end.
  const isZip = bytes.length >= 4 && (bytes.readUInt32LE(0) === 0x04034b50 || bytes.readUInt32LE(0) === 0x06054b50);
  if (ext === '.docx') return isZip ? 'docx' : refuse('is not a Word document: a .docx file is a zip archive and this is not one, so it may be damaged');
  if (isZip) return refuse('is a zip archive but not named .docx; only Word documents (.docx), web pages (.html) and markdown (.md) can be imported');
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.doc') return refuse('is named .doc but is not an old Word document; open it in Word and save it as .docx');
  return refuse(`has the extension "${ext || '(none)'}"; handouts import reads Word documents (.docx), saved web pages (.html, .htm) and markdown (.md)`);
}
