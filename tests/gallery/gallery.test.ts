import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { galleryHtml } from '../../src/gallery/gallery-page.js';
import { writeGallery } from '../../src/gallery/write-gallery.js';
import type { Manifest } from '../../src/output/manifest.js';
import { build } from '../../src/pipeline.js';
import { handout, makeContent } from '../helpers/library.js';
import { filesIn } from '../helpers/run-cli.js';

const MANIFEST: Manifest = {
  handouts: [
    {
      slug: 'b',
      title: 'Back <pain> & you',
      source: 'content/handouts/b.md',
      outputs: [
        { size: 'a4', file: 'b/b-a4.pdf', pages: 4, bytes: 53120, sha256: 'a'.repeat(64) },
        { size: 'a5-booklet', edition: 'pages', file: 'b/b-a5-booklet-pages.pdf', pages: 8, bytes: 60000, sha256: 'b'.repeat(64) },
      ],
    },
    { slug: 'a', title: 'Ankle', source: 'content/handouts/a.md', outputs: [{ size: 'letter', file: 'a/a-letter.pdf', pages: 1, bytes: 900, sha256: 'c'.repeat(64) }] },
  ],
};

describe('galleryHtml', () => {
  test('should link every size and edition with its page count', () => {
    const html = galleryHtml(MANIFEST, new Map());
    expect(html).toContain('<a href="b/b-a4.pdf">A4 (210 × 297 mm) · 4 pages · 52 KB</a>');
    expect(html).toContain('<a href="b/b-a5-booklet-pages.pdf">A5 booklet (2-up on A4, saddle stitch) (pages in reading order) · 8 pages · 59 KB</a>');
  });

  test('should say when a handout\'s source now fails and its files are the last good ones', () => {
    const failing: Manifest = { handouts: MANIFEST.handouts.map((h) => (h.slug === 'a' ? { ...h, status: 'failing' as const } : { ...h, status: 'built' as const })) };
    const html = galleryHtml(failing, new Map());
    expect(html).toContain('<p class="failing">Its source (content/handouts/a.md) now fails to build: these are its last good files.');
    expect(html.match(/class="failing"/g)).toHaveLength(1);
  });

  test('should escape titles', () => {
    expect(galleryHtml(MANIFEST, new Map())).toContain('<h2>Back &#60;pain&#62; &#38; you</h2>');
  });

  test('should list handouts by title and show each one’s picture', () => {
    const html = galleryHtml(MANIFEST, new Map([['a', 'a/a-thumb-ccc.png']]));
    expect(html.indexOf('<h2>Ankle</h2>')).toBeLessThan(html.indexOf('<h2>Back'));
    expect(html).toContain('<img src="a/a-thumb-ccc.png" alt="Page 1 of Ankle"');
  });
});

describe('writeGallery', () => {
  let out: string;
  beforeAll(async () => {
    const content = await makeContent({ 'handouts/one.md': handout('## Why?\n\nBecause.\n') });
    out = await mkdtemp(join(tmpdir(), 'handouts-gallery-'));
    await build({ contentDir: content, outDir: out });
  });

  test('should write index.html and a PNG of page 1 from the manifest', async () => {
    const result = await writeGallery(out);
    expect(result).toMatchObject({ rendered: 1, missing: [] });
    const files = await filesIn(out);
    const thumb = files.find((f) => /^one\/one-thumb-[0-9a-f]{12}\.png$/.test(f));
    expect(thumb).toBeDefined();
    expect([...(await readFile(join(out, thumb!))).subarray(1, 4)]).toEqual([...Buffer.from('PNG')]);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    expect(html).toContain(`<img src="${thumb}"`);
    expect(html).toContain('<a href="one/one-a4.pdf">');
  });

  test('should not render a picture again while its PDF is unchanged', async () => {
    await writeGallery(out);
    const again = await writeGallery(out);
    expect(again.rendered).toBe(0);
    expect((await stat(join(out, 'index.html'))).isFile()).toBe(true);
  });
});

describe('the gallery after a build', () => {
  test('should not be made by a build into a folder that has none', async () => {
    const content = await makeContent({ 'handouts/one.md': handout('Text.\n') });
    const out = await mkdtemp(join(tmpdir(), 'handouts-gallery-'));
    await build({ contentDir: content, outDir: out });
    expect(await filesIn(out)).toEqual(['.handouts-cache.json', 'manifest.json', 'one/one-a4.pdf']);
  });

  test('should be redrawn by a build that changes a handout once the folder has one', async () => {
    const content = await makeContent({ 'handouts/one.md': handout('Text.\n') });
    const out = await mkdtemp(join(tmpdir(), 'handouts-gallery-'));
    await build({ contentDir: content, outDir: out });
    await writeGallery(out);
    const before = (await filesIn(out)).find((f) => f.startsWith('one/one-thumb-'));
    await writeFile(join(content, 'handouts/one.md'), handout('Other text, so the PDF changes.\n'));
    await writeFile(join(content, 'handouts/two.md'), handout('A new handout.\n'));
    await build({ contentDir: content, outDir: out });
    const files = await filesIn(out);
    const thumbs = files.filter((f) => /-thumb-[0-9a-f]{12}\.png$/.test(f));
    // The changed handout's picture is redrawn (the old one removed) and the new handout has one.
    expect(thumbs).toHaveLength(2);
    expect(thumbs).not.toContain(before);
    const html = await readFile(join(out, 'index.html'), 'utf8');
    for (const thumb of thumbs) expect(html).toContain(`<img src="${thumb}"`);
    expect(html).toContain('<a href="two/two-a4.pdf">');
  });
});
