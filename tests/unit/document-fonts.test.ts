import { describe, expect, it } from 'vitest';
import { documentFontStack } from '../../src/print/fonts.js';
import { registerFont } from '../../src/print/react-pdf-fonts.js';

const codePoints = (text: string) => new Set(Array.from(text, (char) => char.codePointAt(0)!));
const families = (language: string, text: string) => documentFontStack('atkinson-hyperlegible', language, codePoints(text)).map((font) => font.family);

// Every render used to load every fallback font, the Chinese ones (10 MB each) too: a
// document's stack now holds only the fonts its language and its characters need.
describe('a document is set in the fonts it needs', () => {
  it('English text: the brand font and Noto Sans only', () => {
    expect(families('en', 'Failed back surgery syndrome: 28% of people — “often”.')).toEqual(['Atkinson Hyperlegible', 'Noto Sans']);
  });

  it('a Vietnamese name in an English handout: still no script font', () => {
    expect(families('en', 'Prepared for Nguyễn Thị Minh Khai')).toEqual(['Atkinson Hyperlegible', 'Noto Sans']);
  });

  it('Simplified Chinese: its own font, and not the Traditional, Arabic or Indic ones', () => {
    expect(families('zh-Hans', '腰椎手术失败综合征')).toEqual(['Atkinson Hyperlegible', 'Noto Sans SC', 'Noto Sans']);
  });

  it("the language's font even before its text is scanned, and a character's font in another language", () => {
    expect(families('hi', '')).toEqual(['Atkinson Hyperlegible', 'Noto Sans Devanagari', 'Noto Sans']);
    expect(families('en', 'Rest 休息 well')).toContain('Noto Sans SC');
    expect(families('en', 'Rest 休息 well')).not.toContain('Noto Sans TC');
  });

  it('picks what the whole stack would: Traditional Chinese characters from the Traditional font first', () => {
    expect(families('zh-Hant', '骨')).toEqual(['Atkinson Hyperlegible', 'Noto Sans TC', 'Noto Sans']);
  });

  it('react-pdf is given no more than that to load', () => {
    // registerFont returns the `fontFamily` list the template sets every text in; react-pdf
    // loads only the families listed there.
    expect(registerFont('atkinson-hyperlegible', 'en', codePoints('Hello'))).toEqual(['Atkinson Hyperlegible', 'Noto Sans']);
  });
});
