import { mkdir, mkdtemp, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';
import { filesIn } from '../helpers/run-cli.js';

/**
 * Surgeon files, brand files and images are input too: each problem in them is a located
 * error in that file, and no handout that uses them is written. Rows of the README's bad input and faults table.
 */

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

/** Build one handout with the given content files and a copy of the press's brand (changed by `brand`). */
async function buildWith(files: Record<string, string | Uint8Array>, brand: (yaml: string) => string = (yaml) => yaml) {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON, ...files });
  const templates = join(content, 'templates');
  await mkdir(join(templates, 'brands/vicoss'), { recursive: true });
  await writeFile(join(templates, 'brands/vicoss/brand.yaml'), brand(await readFile('templates/brands/vicoss/brand.yaml', 'utf8')));
  const out = join(content, 'out');
  const result = await build({ contentDir: content, templatesDir: templates, outDir: out, jobs: 1, today: '2026-11-25' });
  const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file.slice(d.file.lastIndexOf(content) + content.length + 1)}:${d.line}:${d.column} ${d.message}`);
  return { errors, out, written: result.written };
}

describe('surgeon files', () => {
  test('---js front matter in a surgeon file runs nothing and fails the handouts that use it', async () => {
    const { errors, written } = await buildWith({
      'handouts/x.md': handout('Text.\n', 'surgeon: test-surgeon\n'),
      'surgeons/test-surgeon.md': '---js\n(globalThis.pwnedBySurgeon = 1, { name: "Dr X" })\n---\n\nBio.\n',
    });
    expect(errors).toContainEqual(expect.stringMatching(/^surgeons\/test-surgeon\.md:1:4 front matter is marked as "js", which could run code/));
    expect((globalThis as { pwnedBySurgeon?: number }).pwnedBySurgeon).toBeUndefined();
    expect(written).toEqual([]);
  });

  test('a character the font lacks in a surgeon bio is located in the surgeon file, and the handout is not written', async () => {
    const { errors, written } = await buildWith({
      'handouts/x.md': handout('Text.\n', 'surgeon: test-surgeon\n'),
      'surgeons/test-surgeon.md': `${TEST_SURGEON}Speaks Hebrew (עבר).\n`,
    });
    expect(errors).toEqual([expect.stringMatching(/^surgeons\/test-surgeon\.md:7:16 character "ע" \(U\+05E2\) is not in the brand font/), expect.stringContaining('"ב"'), expect.stringContaining('"ר"')]);
    expect(written).toEqual([]);
  });
});

describe('brand files', () => {
  test.each([
    ['malformed YAML', (yaml: string) => yaml.replace('font: atkinson-hyperlegible', 'font: [atkinson'), /^templates\/brands\/vicoss\/brand\.yaml:12:1 brand file is not valid YAML/],
    ['an unknown font', (yaml: string) => yaml.replace('font: atkinson-hyperlegible', 'font: comic-sans'), /^templates\/brands\/vicoss\/brand\.yaml:11:7 unknown font "comic-sans" \(known: atkinson-hyperlegible\)/],
    ['a wrong-typed colour', (yaml: string) => yaml.replace('"#1F4E79"', 'navy'), /^templates\/brands\/vicoss\/brand\.yaml:6:12 `colors.primary` must be a colour written as #RRGGBB/],
    ['a character the font lacks in the name', (yaml: string) => yaml.replace('name: The Victorian', 'name: ש The Victorian'), /^templates\/brands\/vicoss\/brand\.yaml:3:7 character "ש" \(U\+05E9\) is not in the brand font/],
    ['a js tag', (yaml: string) => yaml.replace('font: atkinson-hyperlegible', 'font: !!js/function "function () { globalThis.pwnedByBrand = 1 }"'), /^templates\/brands\/vicoss\/brand\.yaml:11:21 `font` must use only lower-case letters/],
  ])('%s is a located error in the brand file, and no handout of the brand is written', async (_name, change, expected) => {
    const { errors, written } = await buildWith({ 'handouts/x.md': handout('Text.\n') }, change);
    expect(errors).toContainEqual(expect.stringMatching(expected));
    expect(errors).toContainEqual(expect.stringMatching(/^handouts\/x\.md:1:1 unknown brand "vicoss"/));
    expect((globalThis as { pwnedByBrand?: number }).pwnedByBrand).toBeUndefined();
    expect(written).toEqual([]);
  });
});

describe('images', () => {
  test('an image linked inside the content folder but pointing outside it (a symlink) is refused, and not read', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'handouts-outside-'));
    await writeFile(join(outside, 'secret.png'), PNG);
    const content = await makeContent({ 'handouts/x.md': handout('![Spine](../images/spine.png)\n') });
    await mkdir(join(content, 'images'));
    await symlink(join(outside, 'secret.png'), join(content, 'images/spine.png'));
    const result = await build({ contentDir: content, outDir: join(content, 'out'), jobs: 1, today: '2026-11-25' });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ line: 6, column: 1, message: expect.stringContaining('image "../images/spine.png" is outside the content folder') }),
    ]);
    expect(await filesIn(join(content, 'out'))).toEqual([]);
  });
});
