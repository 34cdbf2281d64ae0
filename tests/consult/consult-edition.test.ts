import { PDFBool, PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { normalizeSpace, readPdf, type PdfReadback } from '../helpers/pdf.js';
import { filesIn, run } from '../helpers/run-cli.js';

// The clinic's real leaflet, read from the repository's content folder; everything is written to a temp folder.
const CONTENT = resolve('content');
const SLUG = 'failed-back-surgery-syndrome';
const FILE = `consult/${SLUG}-a4-2026-12-03.pdf`;
const MANIFEST = '{"handouts":[]}\n';
const CACHE = '{"version":1,"entries":{}}\n';

let out: string;
let result: { code: number; stdout: string; stderr: string };
let bytes: Uint8Array;
let pdf: PdfReadback;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'handouts-consult-'));
  // A shared library already lives in this output folder: the consult edition must leave it alone.
  await writeFile(join(out, 'manifest.json'), MANIFEST);
  await writeFile(join(out, '.handouts-cache.json'), CACHE);
  result = await run(['build', SLUG, '--content', CONTENT, '--out', out, '--prepared-for', 'Jane Citizen', '--consult', '2026-12-03', '--note', 'Bring your MRI']);
  bytes = new Uint8Array(await readFile(join(out, FILE)));
  pdf = await readPdf(bytes);
});

describe('a personalised consult edition of the FBSS leaflet', () => {
  test('should be written to the consult folder, named without the patient', async () => {
    expect(result.code).toBe(0);
    expect(await filesIn(out)).toEqual(['.handouts-cache.json', FILE, 'manifest.json']);
  });

  test('should say who it was prepared for, when and with whom on the cover', () => {
    const cover = normalizeSpace(pdf.pages[0] ?? '');
    expect(cover).toContain('Prepared for Jane Citizen');
    expect(cover).toContain('Consult on 3 December 2026 with Dr David Edis');
    expect(cover).toContain('Note: Bring your MRI');
  });

  test('should carry the same words in the PDF subject', () => {
    expect(pdf.info['Subject']).toBe('Prepared for Jane Citizen · Consult on 3 December 2026 with Dr David Edis');
    expect(pdf.info['Title']).toBe('Failed Back Surgery Syndrome: Your Questions Answered');
  });

  test('should leave the manifest and the cache byte for byte as they were', async () => {
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(MANIFEST);
    expect(await readFile(join(out, '.handouts-cache.json'), 'utf8')).toBe(CACHE);
  });

  test('should print no patient detail', () => {
    const printed = result.stdout + result.stderr;
    expect(printed).toContain(FILE);
    expect(printed).not.toMatch(/Jane|Citizen|MRI|3 December/);
  });

  test('should be small enough to email (at most 150 KB) and report its size', async () => {
    const { size } = await stat(join(out, FILE));
    expect(size).toBeLessThanOrEqual(150 * 1024);
    expect(result.stdout).toContain(`${Math.round(size / 1024)} KB`);
  });

  test('should keep the bookmarks', () => {
    expect(pdf.bookmarks).toContain('What is failed back surgery syndrome?');
    expect(pdf.bookmarks).toContain('About Dr David Edis');
  });

  test('should open with the bookmarks panel and show the document title', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.catalog.get(PDFName.of('PageMode'))).toBe(PDFName.of('UseOutlines'));
    const preferences = doc.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(preferences.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
  });

  test('should take the next free name for a second patient on the same day', async () => {
    const second = await run(['build', SLUG, '--content', CONTENT, '--out', out, '--prepared-for', 'John Smith', '--consult', '2026-12-03', '--quiet']);
    expect(second.code).toBe(0);
    expect(await filesIn(join(out, 'consult'))).toEqual([`${SLUG}-a4-2026-12-03-2.pdf`, `${SLUG}-a4-2026-12-03.pdf`]);
    // The first patient's file is untouched.
    expect(new Uint8Array(await readFile(join(out, FILE)))).toEqual(bytes);
  });
});
