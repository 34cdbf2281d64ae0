import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline.js';
import { bodyText, normalizeSpace, readPdf, type PdfReadback } from '../helpers/pdf.js';
import { seedParagraphs, sentences } from '../helpers/seed.js';

const SLUG = 'failed-back-surgery-syndrome';
const DISCLAIMER =
  'All information is general in nature. Patients should consider their own personal circumstances and seek a second opinion. Any surgical or invasive procedure carries risks.';
const SIZES = { a4: { width: 595.28, height: 841.89 }, letter: { width: 612, height: 792 } } as const;

let result: BuildResult;
let outDir: string;
const pdfs = new Map<string, { bytes: Uint8Array; readback: PdfReadback }>();

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'handouts-fbss-'));
  result = await build({ contentDir: 'content', outDir, inputs: [SLUG] });
  for (const size of Object.keys(SIZES)) {
    const bytes = new Uint8Array(await readFile(join(outDir, SLUG, `${SLUG}-${size}.pdf`)));
    pdfs.set(size, { bytes, readback: await readPdf(bytes) });
  }
});

describe('the FBSS leaflet', () => {
  test('should build without errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.built.map((h) => h.slug)).toEqual([SLUG]);
  });

  describe.each(Object.keys(SIZES))('in %s', (size) => {
    test('should print every sentence of the clinic’s leaflet', () => {
      const { readback } = pdfs.get(size)!;
      const text = bodyText(readback, [DISCLAIMER]);
      // The disclaimer is printed in the footer, which bodyText strips; the next test checks it.
      const bodySentences = sentences(seedParagraphs()).filter((s) => !DISCLAIMER.includes(s));
      expect(bodySentences.length).toBeGreaterThan(40);
      const missing = bodySentences.filter((s) => !text.includes(normalizeSpace(s)));
      expect(missing).toEqual([]);
    });

    test('should print the disclaimer on every page', () => {
      const { readback } = pdfs.get(size)!;
      for (const page of readback.pages) expect(normalizeSpace(page)).toContain(DISCLAIMER);
    });

    test('should number pages as "Page X of Y"', () => {
      const { readback } = pdfs.get(size)!;
      const total = readback.pages.length;
      readback.pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${total}`));
    });

    test('should have the right page size', () => {
      const { readback } = pdfs.get(size)!;
      for (const pageSize of readback.sizes) {
        expect(pageSize.width).toBeCloseTo(SIZES[size as keyof typeof SIZES].width, 1);
        expect(pageSize.height).toBeCloseTo(SIZES[size as keyof typeof SIZES].height, 1);
      }
    });

    test('should embed the Atkinson Hyperlegible font and no built-in font', () => {
      const raw = Buffer.from(pdfs.get(size)!.bytes).toString('latin1');
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+AtkinsonHyperlegible-Regular/);
      expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+AtkinsonHyperlegible-Bold/);
      expect(raw).toContain('/FontFile2');
      expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    });

    test('should carry title, author, subject and language', () => {
      const { info } = pdfs.get(size)!.readback;
      expect(info['Title']).toBe('Failed Back Surgery Syndrome: Your Questions Answered');
      expect(info['Author']).toBe('Dr David Edis');
      expect(info['Subject']).toBe('Failed Back Surgery Syndrome: Your Questions Answered');
      expect(info['Language']).toBe('en-AU');
    });

    test('should have one bookmark per question, then the surgeon', () => {
      expect(pdfs.get(size)!.readback.bookmarks).toEqual([
        'What is failed back surgery syndrome?',
        'Does FBSS always mean the surgery failed?',
        'Why does failed back surgery syndrome happen?',
        'What’s the treatment for failed back surgery syndrome?',
        'How The Victorian Orthopaedic Spine Service can help',
        'About Dr David Edis',
      ]);
    });

    test('should not end any page with a question heading', () => {
      const { readback } = pdfs.get(size)!;
      const questions = readback.bookmarks;
      readback.pages.forEach((page) => {
        const withoutFooter = normalizeSpace(page.split(DISCLAIMER.slice(0, 30))[0] ?? page);
        for (const question of questions) expect(withoutFooter.endsWith(question)).toBe(false);
      });
    });
  });

  test('should write the manifest with every output', async () => {
    const manifest = JSON.parse(await readFile(join(outDir, 'manifest.json'), 'utf8'));
    const entry = manifest.handouts.find((h: { slug: string }) => h.slug === SLUG);
    expect(entry.source).toBe(`content/handouts/${SLUG}.md`);
    expect(entry.outputs.map((o: { size: string }) => o.size)).toEqual(['a4', 'letter']);
    for (const output of entry.outputs) {
      const bytes = await readFile(join(outDir, output.file));
      expect(output.bytes).toBe(bytes.byteLength);
      expect(output.pages).toBe(pdfs.get(output.size)!.readback.pages.length);
      expect(output.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  test('should produce the same bytes on a second build', async () => {
    const again = await mkdtemp(join(tmpdir(), 'handouts-fbss-again-'));
    await build({ contentDir: 'content', outDir: again, inputs: [SLUG], sizes: ['a4'] });
    const second = new Uint8Array(await readFile(join(again, SLUG, `${SLUG}-a4.pdf`)));
    expect(Buffer.compare(Buffer.from(second), Buffer.from(pdfs.get('a4')!.bytes))).toBe(0);
  });
});
