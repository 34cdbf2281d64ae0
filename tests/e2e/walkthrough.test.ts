import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Manifest } from '../../src/output/manifest.js';
import { PLACEHOLDER } from '../../src/scaffold/scaffold-handout.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { filesIn, run } from '../helpers/run-cli.js';

/**
 * A new clinic's first week as one story (issue #17): start a handout with `handouts new`,
 * write it (a table, a list, a link), build every size, make a day's clinic list with a
 * Vietnamese name, and run the library as a sharded CI job whose manifests are merged.
 * Every step goes through the CLI, as a user types it; the text written here is test data.
 */

const ALL_SIZES = ['a4', 'letter', 'a5', 'large-print', 'dl-trifold', 'a5-booklet'];
const SLUG = 'lumbar-fusion-what-to-expect';
const ANSWERS = [
  'Spinal fusion joins two bones of the lower back so that they heal into one.',
  'It may help when a slipped bone presses on a nerve and other care has not helped.',
  'You come in on the morning of the operation and stay for a few days.',
  'Every operation has risks, and your surgeon will go through them with you.',
  'Most people walk on the first day and go back to light work after six weeks.',
  'Write your questions down and bring the list to your appointment.',
];
// Added to the first answer: a table, a list and a link, as a new author would.
const EXTRAS = [
  '| Week | What you can do |',
  '| --- | --- |',
  '| 1 | Short walks at home |',
  '| 6 | Light work |',
  '',
  '- Bring your scans.',
  '- Bring your list of medicines.',
  '',
  'Read more at [the example page](https://example.org/fusion).',
].join('\n');
// Vietnamese stacked accents, and a name with a comma: made-up patients, test data.
const PATIENTS = ['Nguyễn Thị Minh Khai', 'Smith, John'];

/** A PDF's text as one line; pdf.js reads Noto's combining dot below ("ị") as a control character. */
async function textOf(path: string): Promise<string> {
  const pdf = await readPdf(new Uint8Array(await readFile(path)));
  return normalizeSpace(pdf.pages.join(' ').replace(/[\u0000-\u0008\u000E-\u001F]/g, ''));
}

describe('a new clinic\'s first week, end to end', () => {
  let content = '';
  let out = '';

  beforeAll(async () => {
    // The clinic's surgeon file and word lists, as a new clinic would have them.
    content = await mkdtemp(join(tmpdir(), 'handouts-walkthrough-'));
    await cp('content/surgeons', join(content, 'surgeons'), { recursive: true });
    await cp('content/dictionary', join(content, 'dictionary'), { recursive: true });
    out = join(content, 'output');
  });

  test('handouts new writes a handout that builds', async () => {
    const made = await run(['new', 'Lumbar fusion: what to expect', '--surgeon', 'david-edis', '--content', content]);
    expect(made.code).toBe(0);
    expect(await filesIn(join(content, 'handouts'))).toEqual([`${SLUG}.md`]);
  });

  test('written up with a table, a list and a link, it builds in every size with every word', async () => {
    const path = join(content, 'handouts', `${SLUG}.md`);
    let text = await readFile(path, 'utf8');
    text = text.replace(/^Replace this text with a short introduction.*$/m, 'This leaflet is for people who are going to have a lumbar fusion.');
    for (const [index, answer] of ANSWERS.entries()) text = text.replace(PLACEHOLDER, index === 0 ? `${answer}\n\n${EXTRAS}` : answer);
    await writeFile(path, text);

    const built = await run(['build', '--content', content, '--out', out, '--size', ALL_SIZES.join(','), '--jobs', '1']);
    expect(built.stderr).not.toMatch(/ error /);
    expect(built.code).toBe(0);
    // Seven PDFs (the booklet writes its reading-order pages too), counted alike before and after.
    expect(built.stdout).toMatch(/^7 PDFs to render;/m);
    expect(built.stdout).toMatch(/^built 7 PDFs,/m);
    for (const size of ALL_SIZES) {
      const printed = await textOf(join(out, SLUG, `${SLUG}-${size}.pdf`));
      for (const answer of ANSWERS) expect(printed, size).toContain(answer);
      for (const cell of ['Week', 'What you can do', 'Short walks at home', 'Light work']) expect(printed, size).toContain(cell);
      for (const item of ['Bring your scans.', 'Bring your list of medicines.']) expect(printed, size).toContain(item);
      expect(printed, size).toContain('Read more at the example page');
    }
    const a4 = await readPdf(new Uint8Array(await readFile(join(out, SLUG, `${SLUG}-a4.pdf`))));
    expect(a4.links.flat()).toContain('https://example.org/fusion');
    const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.handouts.map((h) => [h.slug, h.status, h.outputs.length])).toEqual([[SLUG, 'built', 7]]);
  }, 300_000);

  test('a day\'s clinic list with a Vietnamese name makes each patient\'s copy and a list of which file is whose', async () => {
    const list = join(content, 'clinic-list.csv');
    await writeFile(list, `handout,prepared_for,consult,note\n${PATIENTS.map((name) => `${SLUG},"${name}",2026-12-03,Bring your scans`).join('\n')}\n`);
    const result = await run(['build', '--from-csv', list, '--content', content, '--out', out, '--today', '2026-12-01']);
    expect(result.stderr).not.toMatch(/ error /);
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toMatch(/Nguy|Smith/);
    expect((await filesIn(join(out, 'consult'))).sort()).toEqual(['clinic-list-files.csv', `${SLUG}-a4-2026-12-03-2.pdf`, `${SLUG}-a4-2026-12-03.pdf`]);
    expect(await readFile(join(out, 'consult/clinic-list-files.csv'), 'utf8')).toBe(
      `row,handout,size,file\n2,${SLUG},a4,${SLUG}-a4-2026-12-03.pdf\n3,${SLUG},a4,${SLUG}-a4-2026-12-03-2.pdf\n`,
    );
    expect(await textOf(join(out, 'consult', `${SLUG}-a4-2026-12-03.pdf`))).toContain(`Prepared for ${PATIENTS[0]} Consult on 3 December 2026 with Dr David Edis`);
    expect(await textOf(join(out, 'consult', `${SLUG}-a4-2026-12-03-2.pdf`))).toContain(`Prepared for ${PATIENTS[1]} Consult on 3 December 2026 with Dr David Edis`);
  }, 300_000);

  test('a sharded CI run builds into two folders, and merge-manifests joins them into the full library\'s manifest', async () => {
    expect((await run(['new', 'Hip replacement: recovery at home', '--content', content])).code).toBe(0);
    const folder = (name: string) => join(content, name);
    const common = ['--content', content, '--size', 'a4', '--jobs', '1'];
    for (const shard of ['1/2', '2/2']) {
      const built = await run(['build', ...common, '--shard', shard, '--out', folder(`shard-${shard[0]}`)]);
      expect(built.code, shard).toBe(0);
    }
    const merged = await run(['merge-manifests', join(folder('shard-1'), 'manifest.json'), join(folder('shard-2'), 'manifest.json'), '--out', folder('merged')]);
    expect(merged.code).toBe(0);
    expect((await run(['build', ...common, '--out', folder('full')])).code).toBe(0);
    const read = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as Manifest;
    const full = await read(folder('full'));
    expect(full.handouts.map((h) => h.slug)).toEqual(['hip-replacement-recovery-at-home', SLUG]);
    expect(await read(folder('merged'))).toEqual(full);
    // A shard that is missing fails the merge instead of publishing half a library.
    const missing = await run(['merge-manifests', join(folder('shard-1'), 'manifest.json'), join(folder('shard-3'), 'manifest.json'), '--out', folder('merged-2')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('shard-3/manifest.json:1:1 error there is no such file');
  }, 300_000);
});
