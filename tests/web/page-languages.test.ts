import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languageName, pageLanguages } from '../../src/web/page-languages.js';

/** A handouts folder with these files (name → front matter lines). */
async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'handouts-page-languages-'));
  await Promise.all(Object.entries(files).map(([name, front]) => writeFile(join(dir, name), `---\n${front}\n---\nText.\n`)));
  return dir;
}

describe("a leaflet's web pages by language", () => {
  test("should list the source's page first, then each translation beside it by tag, and no other leaflet's", async () => {
    const dir = await folder({ 'knee.md': 'title: Knee\nlanguage: en-AU', 'knee.vi.md': 'title: Gối', 'knee.zh-Hans.md': 'title: 膝', 'knee-2.md': 'title: Other', 'hip.el.md': 'title: Ισχίο' });
    expect(await pageLanguages(join(dir, 'knee.vi.md'), 'knee')).toEqual([
      { language: 'en-AU', translation: null },
      { language: 'vi', translation: 'vi' },
      { language: 'zh-Hans', translation: 'zh-Hans' },
    ]);
  });

  test('should leave out a page a file does not make: its own sizes without web, or its source\'s when it has none', async () => {
    const dir = await folder({ 'knee.md': 'title: Knee\nsizes: [a4]', 'knee.vi.md': 'title: Gối', 'knee.el.md': 'title: Γόνατο\nsizes: [a4, web]' });
    expect(await pageLanguages(join(dir, 'knee.md'), 'knee')).toEqual([{ language: 'el', translation: 'el' }]);
    expect((await pageLanguages(join(dir, 'knee.md'), 'knee', ['web'])).map((page) => page.language)).toEqual(['en-AU', 'el', 'vi']);
  });

  test('should read front matter as a build does: a source saved with a byte-order mark and CRLF line ends', async () => {
    const dir = await folder({ 'knee.vi.md': 'title: Gối' });
    await writeFile(join(dir, 'knee.md'), '\uFEFF---\r\ntitle: Knee\r\nlanguage: el\r\n---\r\nText.\r\n');
    expect((await pageLanguages(join(dir, 'knee.vi.md'), 'knee')).map((page) => page.language)).toEqual(['el', 'vi']);
  });

  test('should name each language in that language, whatever the machine', () => {
    expect([languageName('vi'), languageName('zh-Hans'), languageName('el'), languageName('hi')]).toEqual(['Tiếng Việt', '简体中文', 'Ελληνικά', 'हिन्दी']);
  });
});
