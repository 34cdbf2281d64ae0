import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { readManifest } from '../../src/output/manifest.js';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';

/**
 * `--size web`: the page is made from the same document as the PDFs, written after them,
 * listed in the manifest, incremental and deterministic. The browser tests
 * (`web-browser.test.ts`) check what readers get; these check what the build writes.
 */

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

const BODY = `Test introduction.

## What is in a table?

| Step | What happens |
| --- | --- |
| One | A test talk |

> A quoted test line.

:::warning[Call the test clinic]
A test warning.
:::

:::note
A test note.
:::

Read [the test guide](https://example.org/guide).

![A test diagram of a spine](../images/spine.png)

3. Third test step
4. Fourth test step

## What is the test figure?

:::stat{value="17%-28%" source="Fictional test source"}
A fictional test figure.
:::
`;

/** A temp library and output folder, with the press's brand copied (and changed by `brand`). */
async function library(files: Record<string, string | Uint8Array>, brand: (yaml: string) => string = (yaml) => yaml) {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON, 'images/spine.png': PNG, ...files });
  const templates = join(content, 'templates');
  await mkdir(join(templates, 'brands/vicoss'), { recursive: true });
  await writeFile(join(templates, 'brands/vicoss/brand.yaml'), brand(await readFile('templates/brands/vicoss/brand.yaml', 'utf8')));
  const run = (out: string, sizes?: string[], extra: { bleed?: number } = {}) =>
    build({ contentDir: content, templatesDir: templates, outDir: join(content, out), jobs: 1, today: '2026-11-25', ...(sizes && { sizes }), ...extra });
  return { content, templates, run };
}

/** A test handout with its own `sizes` (the helper's is a4 only). */
function withSizes(body: string, frontMatter: string): string {
  return handout(body, frontMatter).replace('sizes: [a4]\n', '');
}

const SOURCE = withSizes(BODY, 'surgeon: test-surgeon\nsizes: [a4, web]\ndoc_id: TEST-1\nversion: "2.0"\nreviewed: 2026-01-15\nreview_due: 2028-01-15\n');

describe('--size web', () => {
  test('should write <slug>/index.html after the PDFs, the shared assets once, and a manifest entry', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    const result = await run('out');
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const out = join(content, 'out');
    expect(result.written.map((file) => file.slice(file.indexOf('/out/') + 5))).toEqual(['knee/knee-a4.pdf', 'knee/index.html']);
    for (const asset of ['assets/handouts.css', 'assets/fonts/AtkinsonHyperlegible_400Regular.ttf', 'assets/fonts/AtkinsonHyperlegible_700Bold.ttf']) {
      expect((await stat(join(out, asset))).size).toBeGreaterThan(1000);
    }
    const html = await readFile(join(out, 'knee/index.html'));
    const entry = (await readManifest(out)).handouts[0]?.outputs.find((o) => o.size === 'web');
    expect(entry).toMatchObject({ size: 'web', file: 'knee/index.html', pages: 1, bytes: html.byteLength });
    expect(entry?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('should render every kind of block from the document model', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('out');
    const html = await readFile(join(content, 'out/knee/index.html'), 'utf8');
    expect(html).toContain('<html lang="en-AU">');
    expect(html.match(/<h1[ >]/g)).toHaveLength(1);
    expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual(['what-is-in-a-table', 'what-is-the-test-figure']);
    expect(html).toContain('<th scope="col">Step</th>');
    expect(html).toContain('<blockquote><p>A quoted test line.</p></blockquote>');
    expect(html).toMatch(/<aside class="callout warning" aria-labelledby="(warning_1)"><h3 id="\1">Call the test clinic<\/h3>/);
    expect(html).toMatch(/<aside class="callout note" aria-labelledby="(note_1)"><h3 id="\1">Note<\/h3>/);
    expect(html).toContain('<a href="https://example.org/guide">the test guide</a>');
    expect(html).toContain('<ol start="3">');
    expect(html).toMatch(/<svg class="icon-array" role="img" aria-labelledby="stat_1_headline"/);
    expect(html).toContain('<p class="stat-headline" id="stat_1_headline">Between 17 and 28 in 100 people <span class="stat-figure">(17%-28%)</span></p>');
    expect(html).toContain('Source: Fictional test source');
    expect(html).toContain('<h2 id="about_heading">About Dr Test Surgeon</h2>');
    expect(html).toContain('TEST-1 · Version 2.0 · Reviewed 2026-01-15 · Next review 2028-01-15');
    expect(html).not.toMatch(/<script/);
  });

  test('should copy an image beside the page, named by its content, with its alt text', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('out');
    const html = await readFile(join(content, 'out/knee/index.html'), 'utf8');
    const src = /<img src="(img-[0-9a-f]{16}\.png)" alt="A test diagram of a spine">/.exec(html)?.[1];
    expect(src).toBeDefined();
    expect(await readFile(join(content, 'out/knee', src!))).toEqual(PNG);
  });

  test('should remove the copy of a picture the page no longer shows', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('out');
    const copies = async () => (await readdir(join(content, 'out/knee'))).filter((name) => name.startsWith('img-'));
    const [before] = await copies();
    await writeFile(join(content, 'images/spine.png'), Buffer.concat([PNG, Buffer.from([0])]));
    await run('out');
    const after = await copies();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before);
    expect(await readFile(join(content, 'out/knee/index.html'), 'utf8')).toContain(`src="${after[0]}"`);
  });

  test('should link to every PDF built with it, with size and pages, booklet pages after the booklet', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('out', ['a5-booklet', 'a4', 'web']);
    const html = await readFile(join(content, 'out/knee/index.html'), 'utf8');
    const links = [...html.matchAll(/<li><a href="(knee-[^"]+\.pdf)">([^<]+)<\/a>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(links).toEqual([
      expect.stringMatching(/^knee-a4\.pdf A4 \(210 × 297 mm\) · \d+ pages? · \d+ KB$/),
      expect.stringMatching(/^knee-a5-booklet\.pdf A5 booklet \(2-up on A4, saddle stitch\) · \d+ pages? · \d+ KB$/),
      expect.stringMatching(/^knee-a5-booklet-pages\.pdf A5 booklet \(2-up on A4, saddle stitch\) \(pages in reading order\) · \d+ pages · \d+ KB$/),
    ]);
    const manifest = (await readManifest(join(content, 'out'))).handouts[0]!;
    const a4 = manifest.outputs.find((o) => o.size === 'a4')!;
    expect(html).toContain(`${a4.pages} ${a4.pages === 1 ? 'page' : 'pages'}`);
  });

  test('should be skipped when nothing changed, and rebuilt when the sizes it lists change', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('out');
    const page = join(content, 'out/knee/index.html');
    const first = await stat(page);
    const again = await run('out');
    expect(again.skipped).toHaveLength(1);
    expect(again.written).toEqual([]);
    expect((await stat(page)).mtimeMs).toBe(first.mtimeMs);
    const more = await run('out', ['a4', 'letter', 'web']);
    expect(more.written.map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual(['knee-letter.pdf', 'index.html']);
    expect(await readFile(page, 'utf8')).toContain('knee-letter.pdf');
  });

  test('should make the page and its assets again when the shared stylesheet is gone', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('out');
    await rm(join(content, 'out/assets/handouts.css'));
    const again = await run('out');
    expect(again.written.map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual(['index.html']);
    expect((await stat(join(content, 'out/assets/handouts.css'))).size).toBeGreaterThan(1000);
  });

  test('should give the same bytes in two output folders', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    await run('one');
    await run('two');
    for (const file of ['knee/index.html', 'assets/handouts.css']) {
      expect(await readFile(join(content, 'one', file))).toEqual(await readFile(join(content, 'two', file)));
    }
  });

  test('should be left alone by a print-shop (bleed) build', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE });
    const result = await run('out', undefined, { bleed: 8.5 });
    expect(result.written.map((file) => file.slice(file.lastIndexOf('/') + 1))).toEqual(['knee-a4-bleed.pdf']);
  });

  test('should add a table of contents only for more than four questions', async () => {
    const questions = (n: number) => Array.from({ length: n }, (_, i) => `## What is test question ${i + 1}?\n\nTest answer ${i + 1}.\n`).join('\n');
    const { content, run } = await library({
      'handouts/four.md': withSizes(questions(4), 'sizes: [web]\n').replace('Test handout', 'Four'),
      'handouts/five.md': withSizes(questions(5), 'sizes: [web]\n').replace('Test handout', 'Five'),
    });
    await run('out');
    expect(await readFile(join(content, 'out/four/index.html'), 'utf8')).not.toContain('class="toc"');
    const five = await readFile(join(content, 'out/five/index.html'), 'utf8');
    expect(five).toContain('<nav class="toc" aria-labelledby="toc_heading">');
    expect(five).toContain('<li><a href="#what-is-test-question-5">What is test question 5?</a></li>');
  });
});

describe('web_base', () => {
  test('should give the QR code the published page, <web_base><slug>/?v=<version>, unless a web_url is set', async () => {
    const { content, run } = await library(
      { 'handouts/knee.md': handout('## What is it?\n\nA test.\n', 'version: "1.2"\n'), 'handouts/hip.md': handout('## What is it?\n\nA test.\n', 'web_url: https://other.example/hip\n').replace('Test handout', 'Hip') },
      (yaml) => `${yaml}\nweb_base: https://clinic.example/leaflets\n`,
    );
    const { loadProject, prepareHandout } = await import('../../src/build/prepare.js');
    const project = await loadProject(content, () => {}, join(content, 'templates'));
    const knee = await prepareHandout({ path: join(content, 'handouts/knee.md'), fileSlug: 'knee' }, project, { today: '2026-11-25' });
    const hip = await prepareHandout({ path: join(content, 'handouts/hip.md'), fileSlug: 'hip' }, project, { today: '2026-11-25' });
    expect(knee.document?.webUrl).toBe('https://clinic.example/leaflets/knee/?v=1.2');
    expect(hip.document?.webUrl).toBe('https://other.example/hip');
    expect((await run('out')).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('the brand logo', () => {
  test('should be copied into the shared assets and shown in the page header', async () => {
    const { content, templates, run } = await library({ 'handouts/knee.md': SOURCE }, (yaml) => `${yaml}\nlogo: logo.png\n`);
    await writeFile(join(templates, 'brands/vicoss/logo.png'), PNG);
    expect((await run('out')).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const html = await readFile(join(content, 'out/knee/index.html'), 'utf8');
    const src = /<header class="site-header"><img class="logo" src="\.\.\/(assets\/logo-vicoss-[0-9a-f]{16}\.png)" alt="">/.exec(html)?.[1];
    expect(src).toBeDefined();
    expect(await readFile(join(content, 'out', src!))).toEqual(PNG);
  });

  test('should be a located error when it is outside the templates folder', async () => {
    const { run } = await library({ 'handouts/knee.md': SOURCE }, (yaml) => `${yaml}\nlogo: ../../../images/spine.png\n`);
    const result = await run('out');
    const error = result.diagnostics.find((d) => d.ruleId === 'brand/logo');
    expect(error?.message).toBe('logo: image "../../../images/spine.png" is outside the templates folder; the press reads nothing outside it');
    expect(error?.file).toMatch(/templates\/brands\/vicoss\/brand\.yaml$/);
    expect(result.written).toEqual([]);
  });
});

describe('brand colours', () => {
  test('should be a located error naming the ratio when text would fall below 4.5:1, and nothing is written', async () => {
    const { content, run } = await library({ 'handouts/knee.md': SOURCE }, (yaml) => yaml.replace('muted: "#555555"', 'muted: "#999999"'));
    const result = await run('out');
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    const muted = errors.find((d) => d.ruleId === 'brand/contrast');
    expect(muted?.file).toMatch(/templates\/brands\/vicoss\/brand\.yaml$/);
    const line = (await readFile(join(content, 'templates/brands/vicoss/brand.yaml'), 'utf8')).split('\n').findIndex((l) => l.includes('muted:')) + 1;
    expect(muted).toMatchObject({ line, column: 10 });
    expect(muted?.message).toMatch(/^colour "muted" #999999 on white has a contrast ratio of 2\.8:1, used for small print such as a source or a byline; text needs at least 4\.5:1 \(WCAG 2 AA\)/);
    expect(result.written).toEqual([]);
  });
});
