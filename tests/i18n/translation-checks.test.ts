import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { messagesFor, type CatalogueFile, type MessageLibrary } from '../../src/content/load-messages.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { build } from '../../src/pipeline.js';
import { readPdf } from '../helpers/pdf.js';
import { filesIn, run } from '../helpers/run-cli.js';
import { fixture, fixtureContent, squeeze } from './helpers.js';

// Translations checked against their source, and bad translation input: each a located
// error (or the stale warning), and nothing written for the file at fault. The fixtures are
// test data (tests/fixtures/i18n/).
const VI = 'handouts/i18n-test.vi.md';
const SOURCE = 'handouts/i18n-test.md';

/** `handouts build` of some handouts of a changed fixture folder, in A4 only, into a fresh folder. */
async function buildChanged(change: Record<string, string | null>, inputs: string[], extra: string[] = []) {
  const content = await fixtureContent(change);
  const out = await mkdtemp(join(tmpdir(), 'handouts-i18n-out-'));
  const result = await run(['build', ...inputs, '--content', content, '--out', out, '--size', 'a4', '--jobs', '1', ...extra]);
  return { ...result, content, out };
}

describe('a stale translation', () => {
  test('warns, naming both versions, and its PDF says which version it was translated from; --strict fails', async () => {
    const source = (await fixture(SOURCE)).replace('version: "1.2"', 'version: "1.3"');
    const { code, stderr, out } = await buildChanged({ [SOURCE]: source }, ['i18n-test.vi']);
    expect(stderr).toMatch(/handouts\/i18n-test\.vi\.md:5:17 warning stale translation: made from version 1\.2 of \S*i18n-test\.md, which is now at version 1\.3/);
    expect(code).toBe(0);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'i18n-test', 'i18n-test.vi-a4.pdf'))));
    expect(squeeze(pdf.pages.join(''))).toContain(squeeze('Dịch từ phiên bản 1.2'));
    const strict = await buildChanged({ [SOURCE]: source }, ['i18n-test.vi'], ['--strict']);
    expect(strict.code).toBe(1);
  }, 120_000);

  test('clears when source_version follows the source, and lint lists every translation with its state', async () => {
    const source = (await fixture(SOURCE)).replace('version: "1.2"', 'version: "1.3"');
    const vi = (await fixture(VI)).replace('source_version: "1.2"', 'source_version: "1.3"');
    const content = await fixtureContent({ [SOURCE]: source, [VI]: vi });
    const lint = await run(['lint', '--content', content, '--today', '2026-06-01']);
    expect(lint.stdout).not.toContain('i18n-test.vi.md:5:17 warning stale');
    expect(lint.stdout).toMatch(/i18n-test\.vi\.md: translation of "i18n-test" into vi, current \(translated from version 1\.3\)/);
    expect(lint.stdout).toMatch(/i18n-test\.el\.md: translation of "i18n-test" into el, STALE: translated from version 1\.2, the source is at version 1\.3/);
    expect(lint.stdout).toMatch(/i18n-test\.zh-Hans\.md: in zh-Hans: reading grades \(SMOG, Flesch-Kincaid\) and the English word lists and phrasing rules apply to English only/);
  }, 120_000);
});

describe('a translation that does not match its source: located error naming the source line, no PDF', () => {
  test.each([
    ['a statistic changed', (t: string) => t.replace('value="28%"', 'value="29%"'), /i18n-test\.vi\.md:21:1 error statistic "29%" where the source has "28%" \(\S*i18n-test\.md:18\)/],
    ['a box left out', (t: string) => t.replace(/:::stat[\s\S]*?\n:::\n/, ''), /i18n-test\.vi\.md:\d+:1 error question 1 lacks a statistic box that the source has \(\S*i18n-test\.md:18\)/],
    ['a box in another place', (t: string) => t.replace(':::note[Ghi chú thử nghiệm]', ':::warning[Ghi chú thử nghiệm]'), /error question 2 has a warning box here where the source has a note box \(\S*i18n-test\.md:\d+\)/],
    ['a question left out', (t: string) => t.replace(/## Tôi nên[\s\S]*$/, ''), /error the source has 2 questions and this translation has 1: question 2 of the source \("What should I do next\?", \S*i18n-test\.md:\d+\) is not translated/],
  ])('%s', async (_name, change, expected) => {
    const { code, stderr, out } = await buildChanged({ [VI]: change(await fixture(VI)) }, ['i18n-test.vi']);
    expect(stderr).toMatch(expected);
    expect(code).toBe(1);
    expect(await filesIn(out)).toEqual([]);
  }, 120_000);
});

describe('bad translation input: located error, exit 1, nothing written for the file', () => {
  const vi = () => fixture(VI);
  test.each([
    ['an unknown language tag', 'handouts/i18n-test.xx.md', (t: string) => t.replace('language: vi', 'language: xx'), /i18n-test\.xx\.md:4:11 error no message catalogue for language "xx" \(catalogues: ar, el, en, hi, it, pa, vi, zh-Hans, zh-Hant\)/],
    ['translation_of naming no handout', 'handouts/other.vi.md', (t: string) => t.replace('translation_of: i18n-test', 'translation_of: other'), /other\.vi\.md:3:17 error translation_of "other" names no handout \(handouts: i18n-test\)/],
    ['a translation of a translation', 'handouts/i18n-test.vi.it.md', (t: string) => t.replace('translation_of: i18n-test', 'translation_of: i18n-test.vi').replace('language: vi', 'language: it'), /i18n-test\.vi\.it\.md:3:17 error translation_of "i18n-test\.vi" names a translation; a translation is made from the source handout: name its slug \("i18n-test"\)/],
    ['Arabic, which react-pdf cannot lay out', 'handouts/i18n-test.ar.md', (t: string) => t.replace('language: vi', 'language: ar'), /i18n-test\.ar\.md:4:11 error language "ar" cannot be printed yet: react-pdf 4\.9 cannot lay out Arabic correctly/],
    ['a translation with no source_version', VI, (t: string) => t.replace('source_version: "1.2"\n', ''), /i18n-test\.vi\.md:3:1 error a translation needs `source_version:`/],
  ])('%s', async (_name, file, change, expected) => {
    const { code, stderr, out } = await buildChanged({ [VI]: null, [file]: change(await vi()) }, [file.replace(/^handouts\/|\.md$/g, '')]);
    expect(stderr).toMatch(expected);
    expect(code).toBe(1);
    expect(await filesIn(out)).toEqual([]);
  }, 120_000);

  test('two translations into one language: the second is an error and writes nothing', async () => {
    const second = (await vi()).replace('language: vi', 'language: vi-VN');
    const { code, stderr, out } = await buildChanged({ 'handouts/i18n-test.vi-VN.md': second }, ['i18n-test.vi', 'i18n-test.vi-VN']);
    expect(stderr).toMatch(/i18n-test\.vi-VN\.md:1:1 error a second translation of "i18n-test" into vi-VN: \S*i18n-test\.vi\.md is one already; keep one translation per language/);
    expect(code).toBe(1);
    expect(await filesIn(out)).not.toContain('i18n-test/i18n-test.vi-VN-a4.pdf');
  }, 120_000);
});

describe('message catalogues', () => {
  const file = (texts: CatalogueFile['texts']): CatalogueFile => ({ file: 'templates/messages/vi.yaml', language: 'vi', months: Array(12).fill('m'), checkedBy: '', texts });

  test('a missing key is a located error in the handout, naming the catalogue and the key', () => {
    const library: MessageLibrary = { press: new Map([['vi', file({ notes_title: 'Ghi chú' })]]), brands: new Map() };
    const reported: Diagnostic[] = [];
    expect(messagesFor(library, 'vicoss', 'vi', { line: 4, column: 11 }, 'content/handouts/x.vi.md', (d) => reported.push(d))).toBeNull();
    expect(reported).toHaveLength(1);
    const [found] = reported;
    expect(found).toMatchObject({ file: 'content/handouts/x.vi.md', line: 4, column: 11, severity: 'error', ruleId: 'i18n/missing-message' });
    expect(found?.message).toMatch(/the vi message catalogue templates\/messages\/vi\.yaml has no "date", "page_of", /);
  });

  test("a brand's catalogue overrides the press's words, and the PDF prints the brand's", async () => {
    const templates = await mkdtemp(join(tmpdir(), 'handouts-templates-'));
    await cp(join(import.meta.dirname, '..', '..', 'templates', 'brands'), join(templates, 'brands'), { recursive: true });
    await mkdir(join(templates, 'brands', 'vicoss', 'messages'), { recursive: true });
    await writeFile(join(templates, 'brands', 'vicoss', 'messages', 'vi.yaml'), 'language: vi\nchecked_by: "Test checker (test data)"\nmessages:\n  page_of: "Tờ {page} của {pages}"\n');
    const content = await fixtureContent();
    const out = await mkdtemp(join(tmpdir(), 'handouts-i18n-out-'));
    const result = await build({ contentDir: content, templatesDir: templates, outDir: out, inputs: ['i18n-test.vi'], sizes: ['a4'], jobs: 1, today: '2026-06-01' });
    expect(result.diagnostics.filter((d) => d.ruleId.startsWith('i18n/'))).toEqual([]);
    const pdf = await readPdf(new Uint8Array(await readFile(join(out, 'i18n-test', 'i18n-test.vi-a4.pdf'))));
    expect(squeeze(pdf.pages.join(''))).toContain(squeeze('Tờ 1 của 1'));
  }, 120_000);
});
