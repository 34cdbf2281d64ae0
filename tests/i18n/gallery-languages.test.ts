import { describe, expect, test } from 'vitest';
import { galleryHtml } from '../../src/gallery/gallery-page.js';
import type { Manifest, ManifestOutput } from '../../src/output/manifest.js';

const output = (file: string): ManifestOutput => ({ size: 'a4', file, pages: 1, bytes: 2048, sha256: 'a'.repeat(64) });

// A manifest with a handout, two translations of it and a translation whose source is not here.
const manifest: Manifest = {
  handouts: [
    { slug: 'x', title: 'Test handout', source: 'content/handouts/x.md', outputs: [output('x/x-a4.pdf')] },
    { slug: 'x', title: 'Tài liệu thử nghiệm', source: 'content/handouts/x.vi.md', language: 'vi', translation_of: 'x', outputs: [output('x/x.vi-a4.pdf')] },
    { slug: 'x', title: '测试讲义', source: 'content/handouts/x.zh-Hans.md', language: 'zh-Hans', translation_of: 'x', outputs: [output('x/x.zh-Hans-a4.pdf')] },
    { slug: 'y', title: 'Φυλλάδιο δοκιμής', source: 'content/handouts/y.el.md', language: 'el', translation_of: 'y', outputs: [output('y/y.el-a4.pdf')] },
  ],
};

describe('the gallery groups translations with their source', () => {
  const html = galleryHtml(manifest, new Map([['x', 'x/x-thumb-aaaaaaaaaaaa.png']]));
  const cards = html.split('<li class="card"').slice(1);

  test("a handout's translations are on its card, by language, with their files", () => {
    expect(cards).toHaveLength(2);
    const card = cards.find((c) => c.includes('<h2>Test handout')) ?? '';
    expect(card).toContain('<h3>Translations</h3>');
    expect(card.indexOf('lang="vi"')).toBeLessThan(card.indexOf('lang="zh-Hans"'));
    expect(card).toContain('href="x/x.vi-a4.pdf"');
    expect(card).toContain('href="x/x.zh-Hans-a4.pdf"');
    expect(card).toContain('tài liệu thử nghiệm');
  });

  test('a translation whose source is not in the folder has a card of its own, marked with its language', () => {
    const card = cards.find((c) => c.includes('Φυλλάδιο')) ?? '';
    expect(card).toContain('<span class="lang">el</span>');
    expect(html).toContain('<p>2 handouts.');
  });
});
