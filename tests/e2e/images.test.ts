import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout, makeContent } from '../helpers/library.js';
import { bodyText, readPdf } from '../helpers/pdf.js';

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

async function buildWith(markdown: string, extra: Record<string, string | Uint8Array> = {}) {
  const content = await makeContent({ 'handouts/pic.md': handout(markdown), 'images/spine.png': PNG, ...extra });
  const result = await build({ contentDir: content, outDir: join(content, 'out'), jobs: 1, today: '2026-11-25' });
  return { content, result, errors: result.diagnostics.filter((d) => d.severity === 'error') };
}

describe('images', () => {
  test('should print the README\'s image example with its title as the caption', async () => {
    const readme = await readFile(join(import.meta.dirname, '../../README.md'), 'utf8');
    const example = /`(!\[[^\]]*\]\(\.\.\/images\/spine\.png "([^"]+)"\))`/.exec(readme);
    if (!example?.[1] || !example[2]) throw new Error('the README has no image example linking ../images/spine.png');
    const { content, errors } = await buildWith(`${example[1]}\n`);
    expect(errors).toEqual([]);
    expect(bodyText(await readPdf(await readFile(join(content, 'out/pic/pic-a4.pdf'))), [])).toContain(example[2]);
  });

  test('a PNG inside the content folder is printed', async () => {
    const { content, errors } = await buildWith('![A drawing of the spine](../images/spine.png "The lower back")\n');
    expect(errors).toEqual([]);
    const bytes = await readFile(join(content, 'out/pic/pic-a4.pdf'));
    expect(bytes.toString('latin1')).toMatch(/\/Subtype \/Image/);
    expect(bodyText(await readPdf(bytes), [])).toContain('The lower back');
  });

  test.each([
    ['on the network', '![x](https://example.org/spine.png)', 'image "https://example.org/spine.png" is on the network or inline; the press never fetches anything'],
    ['a data URL', '![x](data:image/png;base64,AAAA)', 'is on the network or inline'],
    ['outside the content folder', '![x](../../outside.png)', 'is outside the content folder'],
    ['an absolute path', '![x](/etc/hostname)', 'is an absolute path'],
    ['missing', '![x](../images/none.png)', 'image "../images/none.png" is not at '],
    ['not a picture', '![x](../images/fake.png)', 'is named .png but is not a PNG or JPEG image'],
    ['in the middle of text', 'See ![x](../images/spine.png) here.', 'an image must stand on a line of its own'],
  ])('an image %s is a located error', async (_name, markdown, message) => {
    const { errors, result } = await buildWith(`${markdown}\n`, { 'images/fake.png': 'not a png', '../outside.png': PNG });
    expect(errors.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([expect.stringContaining(message)]);
    expect(errors[0]!.line).toBe(6);
    expect(result.written).toEqual([]);
  });
});

describe('surgeon photos', () => {
  const surgeon = (photo: string) => `---\nname: Dr Test Surgeon\nphoto: ${photo}\n---\n\nA fictional surgeon.\n`;

  test('a photo beside the surgeon bio is printed', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n', 'surgeon: test\n'), 'surgeons/test.md': surgeon('test.png'), 'surgeons/test.png': PNG });
    const result = await build({ contentDir: content, outDir: join(content, 'out'), jobs: 1 });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect((await readFile(join(content, 'out/x/x-a4.pdf'))).toString('latin1')).toMatch(/\/Subtype \/Image/);
  });

  test('a photo on the network is a located error in the surgeon file', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n'), 'surgeons/test.md': surgeon('https://example.org/me.jpg') });
    const result = await build({ contentDir: content, outDir: join(content, 'out'), jobs: 1 });
    expect(result.diagnostics.find((d) => d.ruleId === 'reference/photo')).toMatchObject({ line: 3, column: 8, severity: 'error' });
  });
});
