import { describe, expect, test } from 'vitest';
import { galleryHtml, outputLabel, previewOutput } from '../../src/gallery/gallery-page.js';
import type { ManifestHandout } from '../../src/output/manifest.js';
import { pageHref } from '../../src/web/downloads-html.js';
import { isWebPageAsset } from '../../src/web/web-size.js';
import { textDirection } from '../../src/web/page-html.js';

/** Where the web page is linked from (the gallery, `watch`) and how it links back to the PDFs. */

const HANDOUT: ManifestHandout = {
  slug: 'knee',
  title: 'Knee test',
  source: 'content/handouts/knee.md',
  outputs: [
    { size: 'a4', file: 'knee/knee-a4.pdf', pages: 3, bytes: 40_000, sha256: 'a'.repeat(64) },
    { size: 'web', file: 'knee/index.html', pages: 1, bytes: 20_480, sha256: 'b'.repeat(64) },
  ],
};

describe('the gallery', () => {
  test('should link each handout’s web page as a web page, not as a page count', () => {
    expect(outputLabel(HANDOUT.outputs[1]!)).toBe('Web page · 20 KB');
    expect(galleryHtml({ handouts: [HANDOUT] }, new Map())).toContain('<li><a href="knee/index.html">Web page · 20 KB</a></li>');
  });

  test('should never take the web page for the PDF to picture', () => {
    expect(previewOutput(HANDOUT)?.size).toBe('a4');
    expect(previewOutput({ ...HANDOUT, outputs: [HANDOUT.outputs[1]!] })).toBeUndefined();
  });
});

describe('the preview server’s web files', () => {
  const slugs = new Set(['knee']);

  test('should serve the stylesheet, fonts and copied images of handouts with a web page', () => {
    expect(isWebPageAsset('assets/handouts.css', slugs)).toBe(true);
    expect(isWebPageAsset('assets/fonts/AtkinsonHyperlegible_400Regular.ttf', slugs)).toBe(true);
    expect(isWebPageAsset('knee/img-0123456789abcdef.png', slugs)).toBe(true);
  });

  test("should serve a translation's page's images and the script fonts shipped for Hindi and Punjabi", () => {
    expect(isWebPageAsset('knee/vi/img-0123456789abcdef.png', slugs)).toBe(true);
    expect(isWebPageAsset('knee/zh-Hans/img-0123456789abcdef.jpg', slugs)).toBe(true);
    expect(isWebPageAsset('assets/fonts/NotoSansDevanagari_400Regular.ttf', slugs)).toBe(true);
    for (const file of ['hip/vi/img-0123456789abcdef.png', 'knee/../img-0123456789abcdef.png', 'knee/vi/x/img-0123456789abcdef.png', 'knee/vi/index.txt']) {
      expect(isWebPageAsset(file, slugs)).toBe(false);
    }
  });

  test('should serve nothing else', () => {
    for (const file of ['assets/../manifest.json', 'assets/fonts/../../.handouts-cache.json', 'hip/img-0123456789abcdef.png', 'consult/img-0123456789abcdef.png', 'knee/notes.txt', 'assets/other.css']) {
      expect(isWebPageAsset(file, slugs)).toBe(false);
    }
    expect(isWebPageAsset('assets/handouts.css', new Set())).toBe(false);
  });
});

describe('links from a page to its PDFs', () => {
  test('should be relative to the page’s folder', () => {
    expect(pageHref('knee', 'knee/knee-a4.pdf')).toBe('knee-a4.pdf');
    expect(pageHref('knee', 'other/x y.pdf')).toBe('../other/x%20y.pdf');
  });

  test("should reach a translation's PDFs in its source's folder from the translation's page", () => {
    expect(pageHref('knee/vi', 'knee/knee.vi-a4.pdf')).toBe('../knee.vi-a4.pdf');
    expect(pageHref('knee/vi', 'knee/vi/img-0123456789abcdef.png')).toBe('img-0123456789abcdef.png');
    expect(pageHref('knee/vi', 'other/x.pdf')).toBe('../../other/x.pdf');
  });
});

describe("a page's direction", () => {
  test('should be right to left for a language written so, and left to right otherwise', () => {
    expect(textDirection('ar')).toBe('rtl');
    expect(textDirection('he')).toBe('rtl');
    expect(textDirection('vi')).toBe('ltr');
    expect(textDirection('zh-Hans')).toBe('ltr');
    expect(textDirection('not a tag')).toBe('ltr');
  });
});
