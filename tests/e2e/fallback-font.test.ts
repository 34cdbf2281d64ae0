import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Font } from '@react-pdf/renderer';
import { describe, expect, test } from 'vitest';
import type { HandoutDocument } from '../../src/model/document.js';
import { glyphChecker } from '../../src/render/glyph-coverage.js';
import { renderDocument } from '../../src/render/render-document.js';
import { SIZES } from '../../src/print/sizes.js';
import { handout } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { buildOne } from '../helpers/run-cli.js';
import { buildFromMarkdown } from '../stats/helpers.js';

// Test text in scripts the brand font (Atkinson Hyperlegible) lacks: Vietnamese letters with
// stacked accents, Greek and Cyrillic. Made-up names, clearly test data.
const VIETNAMESE = 'Nguyễn Thị Minh Khai';
const GREEK = 'Ελένη Παπαδοπούλου';
const CYRILLIC = 'Анна Иванова';

/**
 * A PDF's text as one line. Noto Sans draws letters with a dot below (ị, ọ, ụ) as the letter
 * and a combining dot; the dot has no text of its own, and pdf.js reads it back as a control
 * character (U+0003, its glyph number), which is dropped here. pdftotext drops it too.
 */
async function printedText(bytes: Uint8Array): Promise<string> {
  return normalizeSpace((await readPdf(bytes)).pages.join(' ').replace(/[\u0000-\u0008\u000E-\u001F]/g, ''));
}

/** The fonts a PDF embeds, by base name without the subset tag, with whether each is a subset and embedded. */
function embeddedFonts(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  return [...new Set([...raw.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((m) => m[2]!))].sort();
}

describe('fallback font', () => {
  test('the glyph check knows the fallback: only characters no font has are missing', () => {
    const checker = glyphChecker('atkinson-hyperlegible');
    for (const char of `${VIETNAMESE}${GREEK}${CYRILLIC}ǻḖỹ`.replace(/\s/g, '')) expect(checker.has(char.codePointAt(0)!), char).toBe(true);
    for (const char of ['😀', 'ש', 'ᐃ']) expect(checker.has(char.codePointAt(0)!), char).toBe(false);
  });

  test('Vietnamese, Greek and Cyrillic in a handout print from the fallback font, embedded as a subset, in bold and italic too', async () => {
    const body = `Names: ${VIETNAMESE}, ${GREEK}, ${CYRILLIC}.\n\n## Question?\n\n**${VIETNAMESE}** and *${GREEK}*.\n`;
    const { code, stderr, out } = await buildOne({ 'handouts/names.md': handout(body, `subtitle: "${CYRILLIC}"\n`) });
    expect(stderr).not.toContain('font/missing-glyph');
    expect(code).toBe(0);
    const bytes = new Uint8Array(await readFile(join(out, 'names/names-a4.pdf')));
    const text = await printedText(bytes);
    expect(text).toContain(`Names: ${VIETNAMESE}, ${GREEK}, ${CYRILLIC}.`);
    expect(text).toContain(`${VIETNAMESE} and ${GREEK}.`);
    expect(text).toContain(CYRILLIC);
    const fonts = embeddedFonts(bytes);
    expect(fonts).toEqual(expect.arrayContaining(['AtkinsonHyperlegible-Regular', 'NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic']));
    expect(Buffer.from(bytes).toString('latin1')).toContain('/FontFile2');
  }, 60_000);

  test('letters typed as a base and combining accents are composed before printing (NFC)', async () => {
    const decomposed = VIETNAMESE.normalize('NFD');
    expect(decomposed).not.toBe(VIETNAMESE);
    const { code, out } = await buildOne({ 'handouts/nfd.md': handout(`Name: ${decomposed}.\n`) });
    expect(code).toBe(0);
    // Before, the accents came from the fallback font and printed beside "e", not on it.
    expect(await printedText(new Uint8Array(await readFile(join(out, 'nfd/nfd-a4.pdf'))))).toContain(`Name: ${VIETNAMESE}.`);
  }, 60_000);

  test('a handout in the brand font alone does not embed the fallback', async () => {
    const { code, out } = await buildOne({ 'handouts/plain.md': handout('Plain English text.\n') });
    expect(code).toBe(0);
    expect(embeddedFonts(new Uint8Array(await readFile(join(out, 'plain/plain-a4.pdf'))))).not.toContain('NotoSans-Regular');
  }, 60_000);

  test('a character no font has is still a located error, naming the fonts tried', async () => {
    const { code, stderr } = await buildOne({ 'handouts/emoji.md': handout(`${VIETNAMESE} 😀\n`) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/emoji\.md:6:22 error character "😀" \(U\+1F600\) is not in the brand font Atkinson Hyperlegible nor its fallbacks Noto Sans, Noto Sans SC/);
    expect(stderr).not.toContain('U+1EC5');
  }, 60_000);

  test('the fallback font is loaded once and kept: a later document gets the same object and every letter', async () => {
    const document = (await buildFromMarkdown(handout(`${VIETNAMESE}.\n`))) as HandoutDocument;
    const fallbackData = () => (Font.getRegisteredFonts() as Record<string, { sources: Array<{ data: unknown }> }>)['Noto Sans']?.sources.map((s) => s.data);
    const first = await renderDocument(document, SIZES['a4']!, { bleed: 0, writingPages: 0 });
    const loaded = fallbackData();
    expect(loaded?.some(Boolean)).toBe(true);
    const second = await renderDocument(document, SIZES['a4']!, { bleed: 0, writingPages: 0 });
    // The faces the first document loaded are the very objects the second one used: loading a
    // font once per process is safe since patches/fontkit keeps a glyph's characters in its cache.
    // (Compared as booleans: a failing toBe on a fontkit object would print the whole font.)
    const kept = (fallbackData() ?? []).map((data, index) => Boolean(data) && data === loaded?.[index]);
    expect(kept.filter(Boolean)).toHaveLength((loaded ?? []).filter(Boolean).length);
    expect(Buffer.compare(Buffer.from(second), Buffer.from(first))).toBe(0);
    expect(await printedText(second)).toContain(VIETNAMESE);
  }, 60_000);
});
