import { describe, expect, test } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics.js';
import { englishMessages, loadMessageLibrary, messagesFor } from '../../src/content/load-messages.js';
import { formatDate, formatNumber, say, type Messages } from '../../src/model/messages.js';
import { naturalFrequency } from '../../src/model/stat-phrase.js';
import { parseStatValue, type StatValue } from '../../src/model/stat-value.js';
import { breakBetweenCharacters } from '../../src/print/break-between-characters.js';
import { fallbacksFor } from '../../src/print/fonts.js';

// The press's own words by language: catalogues, plurals, numbers and dates (no clock, no
// machine locale), and the fonts and line breaks each script gets.
const library = await loadMessageLibrary('templates', [], () => {});
const words = (language: string): Messages => {
  const found = messagesFor(library, 'vicoss', language, { line: 1, column: 1 }, 'x.md', (d) => {
    throw new Error(d.message);
  });
  if (!found) throw new Error(`no words for ${language}`);
  return found;
};
const value = (text: string): StatValue => parseStatValue(text, () => {}, 'test.md') as StatValue;

describe('message catalogues', () => {
  test('the press ships catalogues for the clinic’s languages, each complete and (but English) not yet checked by a translator', async () => {
    const problems: Diagnostic[] = [];
    const loaded = await loadMessageLibrary('templates', [], (d) => problems.push(d));
    expect(problems).toEqual([]);
    expect([...loaded.press.values()].map((c) => c.language).sort()).toEqual(['ar', 'el', 'en', 'hi', 'it', 'pa', 'vi', 'zh-Hans', 'zh-Hant']);
    for (const catalogue of loaded.press.values()) {
      expect(Object.keys(catalogue.texts).sort(), catalogue.file).toEqual(Object.keys(englishMessages().texts).sort());
      if (catalogue.language !== 'en') expect(catalogue.checkedBy, catalogue.file).toBe('');
    }
  });

  test('a tag finds its catalogue by its closest prefix, case aside (en-AU → en, zh-hant-HK → zh-Hant)', () => {
    expect(words('en-AU').language).toBe('en');
    expect(words('zh-hant-HK').language).toBe('zh-Hant');
  });

  test('plural forms follow the language (Italian persona / persone) and numbers its grouping', () => {
    const it = words('it');
    expect(naturalFrequency({ value: value('1%'), denominator: null, people: null, timeframe: null }, it).headline).toBe('Circa 1 persona su 100');
    expect(naturalFrequency({ value: value('28%'), denominator: null, people: null, timeframe: null }, it).headline).toBe('Circa 28 persone su 100');
    expect(naturalFrequency({ value: value('0.4%'), denominator: null, people: null, timeframe: null }, words('vi')).headline).toBe('Khoảng 4 trên 1.000 người');
    expect(formatNumber(words('hi'), 100000)).toBe('1,00,000');
    expect(formatNumber(englishMessages(), 1000)).toBe('1,000');
  });

  test("the author's own word for who is counted wins over the catalogue's", () => {
    expect(naturalFrequency({ value: value('28%'), denominator: null, people: 'bệnh nhân', timeframe: null }, words('vi')).headline).toBe('Khoảng 28 trên 100 bệnh nhân');
  });

  test('dates are written from the date itself, in the language', () => {
    expect(formatDate(englishMessages(), '2026-12-03')).toBe('3 December 2026');
    expect(formatDate(words('vi'), '2026-12-03')).toBe('3 tháng 12 năm 2026');
    expect(formatDate(words('zh-Hans'), '2026-12-03')).toBe('2026年12月3日');
    expect(formatDate(words('el'), '2026-05-03')).toBe('3 Μαΐου 2026');
  });

  test('page numbers in each language', () => {
    expect(say(words('zh-Hant'), 'page_of', { page: 1, pages: 4 })).toBe('第 1 頁，共 4 頁');
    expect(say(englishMessages(), 'page_of', { page: 1, pages: 4 })).toBe('Page 1 of 4');
  });
});

describe('scripts', () => {
  test('Chinese breaks between characters; punctuation stays with the character before it', () => {
    expect(breakBetweenCharacters('请写下问题。然后（很多）来')).toEqual(['请', '写', '下', '问', '题。', '然', '后', '（很', '多）', '来']);
    expect(breakBetweenCharacters('surgery,')).toBeNull();
  });

  test("a document's language puts its script's font first among the fallbacks", () => {
    expect(fallbacksFor('zh-Hant')[0]?.family).toBe('Noto Sans TC');
    expect(fallbacksFor('zh-Hans')[0]?.family).toBe('Noto Sans SC');
    expect(fallbacksFor('pa')[0]?.family).toBe('Noto Sans Gurmukhi');
    expect(fallbacksFor('en-AU')[0]?.family).toBe('Noto Sans');
  });
});
