import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { filesIn, run } from '../helpers/run-cli.js';

const SHORT = handout('## What should I bring?\n\nYour scans.\n', 'surgeon: test-surgeon\n');

/** A content folder with one short handout, an output folder, and a clinic list beside them. */
async function setup(list: string) {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON, 'handouts/short.md': SHORT, 'clinic-list.csv': list });
  const out = await mkdtemp(join(tmpdir(), 'handouts-consult-csv-'));
  const csv = join(content, 'clinic-list.csv');
  return { content, out, csv, args: ['build', '--from-csv', csv, '--content', content, '--out', out] };
}

describe('handouts build --from-csv', () => {
  test('should build one personalised edition per row', async () => {
    const { out, args } = await setup('handout,prepared_for,consult,note\nshort,Jane Citizen,2026-12-03,Bring your MRI\nshort,John Smith,2026-12-03,\n');
    const { code, stdout } = await run(args);
    expect(code).toBe(0);
    expect(await filesIn(out)).toEqual(['consult/short-a4-2026-12-03-2.pdf', 'consult/short-a4-2026-12-03.pdf']);
    expect(stdout).toMatch(/^row 2: .*consult\/short-a4-2026-12-03\.pdf {2}a4, 1 page, \d+ KB\nrow 3: .*short-a4-2026-12-03-2\.pdf/);
    const first = normalizeSpace((await readPdf(await readFile(join(out, 'consult/short-a4-2026-12-03.pdf')))).pages[0] ?? '');
    const second = normalizeSpace((await readPdf(await readFile(join(out, 'consult/short-a4-2026-12-03-2.pdf')))).pages[0] ?? '');
    expect(first).toContain('Prepared for Jane Citizen Consult on 3 December 2026 with Dr Test Surgeon Note: Bring your MRI');
    expect(second).toContain('Prepared for John Smith Consult on 3 December 2026 with Dr Test Surgeon');
  });

  test('should report bad rows by number, print no patient detail, and write nothing', async () => {
    const { out, args } = await setup('handout,prepared_for,consult\nshort,Jane Citizen,2026-12-03\nshort,John Smith,03/12/2026\nnone,Ann Lee,2026-12-04\n');
    const { code, stdout, stderr } = await run(args);
    expect(code).toBe(1);
    expect(stderr).toContain('clinic-list.csv:3:1 error row 3: "consult" must be a date written as YYYY-MM-DD, e.g. 2026-03-05  consult/csv-row');
    expect(stderr).toContain('no consult editions were written');
    expect(stdout + stderr).not.toMatch(/Jane|John|Ann|Citizen|Smith|Lee/);
    expect(await filesIn(out)).toEqual([]);
  });

  test('should report a row whose handout does not exist', async () => {
    const { out, args } = await setup('handout,prepared_for,consult\nshort,Jane Citizen,2026-12-03\nnone,Ann Lee,2026-12-04\n');
    const { code, stderr } = await run(args);
    expect(code).toBe(1);
    expect(stderr).toContain('clinic-list.csv:3:1 error row 3: no handout "none" (handouts: short)  consult/csv-row');
    expect(await filesIn(out)).toEqual([]);
  });

  test('should refuse a print size for an email edition', async () => {
    const { args } = await setup('handout,prepared_for,consult,size\nshort,Jane Citizen,2026-12-03,dl-trifold\n');
    const { code, stderr } = await run(args);
    expect(code).toBe(1);
    expect(stderr).toContain('row 2: size "dl-trifold" is imposed for printing and loses its links and bookmarks');
  });

  test('should put the name in the file name only when asked, and still not print it', async () => {
    const { out, args } = await setup('handout,prepared_for,consult\nshort,Zoë O’Brien,2026-12-03\n');
    const { code, stdout } = await run([...args, '--name-in-file']);
    expect(code).toBe(0);
    expect(await filesIn(out)).toEqual(['consult/short-a4-2026-12-03-zoe-obrien.pdf']);
    expect(stdout).toContain('short-a4-2026-12-03-NAME.pdf');
    expect(stdout).not.toMatch(/zoe|Zoë|brien/i);
  });
});

describe('handouts build --prepared-for', () => {
  test.each([
    { args: ['--prepared-for', 'Jane Citizen'], message: '--consult is required' },
    { args: ['--prepared-for', 'Jane Citizen', '--consult', '2026-02-30'], message: '--consult is not a real calendar date' },
    { args: ['--consult', '2026-12-03'], message: 'a consult edition needs --prepared-for NAME' },
    { args: ['--prepared-for', 'Jane Citizen', '--consult', '2026-12-03', '--bleed', '3mm'], message: '--bleed is for library builds' },
  ])('should refuse $message as a usage error, without echoing the name', async ({ args, message }) => {
    const { content, out } = await setup('');
    const { code, stderr } = await run(['build', 'short', '--content', content, '--out', out, ...args]);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toContain('Jane');
  });

  test('should refuse a name no font of the press can draw, naming the character by its code only', async () => {
    const { content, out } = await setup('');
    const { code, stderr } = await run(['build', 'short', '--content', content, '--out', out, '--prepared-for', 'שרה', '--consult', '2026-12-03']);
    expect(code).toBe(2);
    expect(stderr).toContain('the name has a character that neither the brand font nor its fallback fonts can draw (U+05E9)');
    expect(stderr).not.toContain('ש');
    expect(await filesIn(out)).toEqual([]);
  });
});

