import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { build, type BuildResult } from '../../src/pipeline.js';
import { readPdf } from '../helpers/pdf.js';
import { fixture, fixtureContent, sentencesOf, squeeze, textOverlaps } from './helpers.js';

// Every size of the test handout and its translations, built once and read back. The
// fixtures are test data (tests/fixtures/i18n/): short texts, not professional translations.
const SLUG = 'i18n-test';
const SIZES = ['a4', 'letter', 'a5', 'large-print', 'dl-trifold', 'a5-booklet'];
/** The files read in reading order: the booklet's reading-order pages stand for the booklet. */
const READ = ['a4', 'letter', 'a5', 'large-print', 'dl-trifold', 'a5-booklet-pages'];
const CJK = /[\u3000-\u303F\u3400-\u9FFF\uFF00-\uFFEF]/u;

/** Words the press prints itself, per language: the page number and the icon-array key. */
const PRESS_WORDS: Record<string, { page: string; key: string; headline: string }> = {
  vi: { page: 'Trang 1/', key: 'Tô đậm: 28 trên 100', headline: 'Khoảng 28 trên 100 người (28%)' },
  'zh-Hans': { page: '第 1 页，共', key: '实心：每 100 个中 28 个', headline: '每 100 人中，约有 28 人 (28%)' },
  el: { page: 'Σελίδα 1 από', key: 'Γεμάτα: 28 στα 100', headline: 'Περίπου 28 στα 100 άτομα (28%)' },
  hi: { page: 'पृष्ठ 1 /', key: ': 100 में से 28', headline: '100 में से लगभग 28 लोग (28%)' },
};

/** Languages built and read back: those above, and Punjabi (its text layer is checked below). */
const LANGUAGES = [...Object.keys(PRESS_WORDS), 'pa'];

let out: string;
let result: BuildResult;
const texts = new Map<string, string>();

beforeAll(async () => {
  const content = await fixtureContent();
  out = await mkdtemp(join(tmpdir(), 'handouts-i18n-'));
  result = await build({ contentDir: content, outDir: out, jobs: 1, today: '2026-06-01' });
  for (const language of LANGUAGES) {
    for (const size of READ) {
      const bytes = new Uint8Array(await readFile(join(out, SLUG, `${SLUG}.${language}-${size}.pdf`)));
      texts.set(`${language}-${size}`, (await readPdf(bytes)).pages.join('\n'));
    }
  }
}, 600_000);

describe('translations build in every size of their source', () => {
  test('with no errors, into <slug>.<lang>-<size>.pdf beside the source', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const files = result.written.map((path) => path.slice(path.lastIndexOf('/') + 1));
    for (const language of LANGUAGES) {
      for (const size of SIZES) expect(files).toContain(`${SLUG}.${language}-${size}.pdf`);
      expect(files).toContain(`${SLUG}.${language}-a5-booklet-pages.pdf`);
    }
  });

  test('the manifest lists each translation with its language and source', () => {
    const vi = result.manifest.handouts.find((h) => h.language === 'vi');
    expect(vi).toMatchObject({ slug: SLUG, language: 'vi', translation_of: SLUG, title: 'Tài liệu thử nghiệm cho bản dịch' });
    expect(vi?.outputs.map((o) => o.file)).toContain(`${SLUG}/${SLUG}.vi-a4.pdf`);
    const source = result.manifest.handouts.find((h) => h.slug === SLUG && h.language === undefined);
    expect(source?.outputs.map((o) => o.file)).toContain(`${SLUG}/${SLUG}-a4.pdf`);
  });

  // A glyph with an empty ToUnicode entry (a mark the font adds: Vietnamese's dot below,
  // Devanagari's ई drawn as इ plus a mark) read back in pdf.js as its glyph number, a control
  // character in the middle of a word ("dị\u0018ch").
  test.each(LANGUAGES)('no control character in the text layer of %s, in any size', (language) => {
    for (const size of READ) expect(texts.get(`${language}-${size}`), size).not.toMatch(/[\u0000-\u0008\u000E-\u001F]/u);
  });

  test('a Chinese A4 handout embeds subsets of its fonts, not whole CJK fonts', async () => {
    const bytes = await readFile(join(out, SLUG, `${SLUG}.zh-Hans-a4.pdf`));
    expect(bytes.byteLength).toBeLessThan(400 * 1024);
    expect(bytes.toString('latin1')).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSansSC-Regular/);
  });
});

describe.each(Object.keys(PRESS_WORDS).filter((language) => language !== 'hi'))('%s', (language) => {
  test.each(READ)('every sentence of the translation is in the text of %s (ToUnicode right for every glyph)', async (size) => {
    const text = squeeze(texts.get(`${language}-${size}`) ?? '');
    for (const sentence of sentencesOf(await fixture(`handouts/${SLUG}.${language}.md`))) expect(text).toContain(sentence);
  });

  test.each(READ)('page numbers, the statistic headline and the key are in the language in %s', (size) => {
    const text = squeeze(texts.get(`${language}-${size}`) ?? '');
    const words = PRESS_WORDS[language]!;
    if (size !== 'dl-trifold') expect(text).toContain(squeeze(words.page));
    expect(text).toContain(squeeze(words.headline));
    expect(text).toContain(squeeze(words.key));
    expect(text).not.toContain('Page1of');
  });
});

describe('Hindi', () => {
  test.each(READ)('page numbers, the statistic headline and the key are in Hindi in %s', (size) => {
    const text = squeeze(texts.get(`hi-${size}`) ?? '');
    const words = PRESS_WORDS['hi']!;
    if (size !== 'dl-trifold') expect(text).toContain(squeeze(words.page));
    expect(text).toContain(squeeze(words.headline));
    expect(text).toContain(squeeze(words.key));
  });
});

// Devanagari and Gurmukhi are shaped: a vowel sign is drawn before its consonant, one glyph
// stands for different letters in different words, conjuncts draw several characters. The
// text layer must still read every word as written (patches/README.md, "Text layer of
// shaped scripts"): "इस" once read back as "ईस", "लिए" as "िलए".
describe.each(['hi', 'pa'])('%s text layer', (language) => {
  test.each(READ)('every sentence of the translation is in the text of %s, read with pdf.js', async (size) => {
    const text = squeeze(texts.get(`${language}-${size}`) ?? '');
    for (const sentence of sentencesOf(await fixture(`handouts/${SLUG}.${language}.md`))) expect(text).toContain(sentence);
  });

  test('every sentence is in the text pdftotext reads (in content order)', async () => {
    const file = join(out, SLUG, `${SLUG}.${language}-a4.pdf`);
    const { stdout } = await promisify(execFile)('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
    const text = squeeze(stdout);
    for (const sentence of sentencesOf(await fixture(`handouts/${SLUG}.${language}.md`))) expect(text).toContain(sentence);
  });
});

describe('layout per script', () => {
  test.each(READ)('Chinese in %s: no hyphen after a Chinese character and no line starting with punctuation', (size) => {
    const text = texts.get(`zh-Hans-${size}`) ?? '';
    expect(text).not.toMatch(new RegExp(`${CJK.source}-`, 'u'));
    for (const line of text.split('\n')) expect(line.trimStart(), line).not.toMatch(/^[，。、；：？！）」』]/u);
    // Lines were broken between characters: a long paragraph wraps within its sentence.
    expect(text).toMatch(new RegExp(`${CJK.source}\\n${CJK.source}`, 'u'));
  });

  test.each(['vi', 'zh-Hans', 'el', 'hi', 'pa'])('no text overlaps other text in %s, in every size', async (language) => {
    for (const size of READ) {
      const bytes = new Uint8Array(await readFile(join(out, SLUG, `${SLUG}.${language}-${size}.pdf`)));
      expect(await textOverlaps(bytes), `${language} ${size}`).toEqual([]);
    }
  });

  test('a translation says in its footer which version of its source it was made from', () => {
    expect(squeeze(texts.get('vi-a4') ?? '')).toContain(squeeze('Dịch từ phiên bản 1.2'));
    expect(squeeze(texts.get('zh-Hans-a4') ?? '')).toContain(squeeze('译自版本 1.2'));
  });
});
