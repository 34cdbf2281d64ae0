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
    expect(await filesIn(out)).toEqual(['consult/clinic-list-files.csv', 'consult/short-a4-2026-12-03-2.pdf', 'consult/short-a4-2026-12-03.pdf']);
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
    expect(await filesIn(out)).toEqual(['consult/clinic-list-files.csv', 'consult/short-a4-2026-12-03-zoe-obrien.pdf']);
    expect(stdout).toContain('short-a4-2026-12-03-NAME.pdf');
    expect(stdout).not.toMatch(/zoe|Zoë|brien/i);
  });
});

describe('a clinic list in a new clinic\'s first week', () => {
  test('should print a Vietnamese, a Greek and a Cyrillic name (test names), from the fallback font', async () => {
    const names = ['Nguyễn Thị Minh Khai', 'Ελένη Παπαδοπούλου', 'Анна Иванова'];
    const { out, args } = await setup(`handout,prepared_for,consult\n${names.map((name) => `short,${name},2026-12-03`).join('\n')}\n`);
    const { code, stderr } = await run([...args, '--today', '2026-12-01']);
    expect(stderr).not.toContain('error');
    expect(code).toBe(0);
    for (const [index, name] of names.entries()) {
      const pdf = await readFile(join(out, `consult/short-a4-2026-12-03${index === 0 ? '' : `-${index + 1}`}.pdf`));
      // pdf.js reads Noto's combining dot below (in "Thị") back as a control character: dropped.
      const text = normalizeSpace((await readPdf(pdf)).pages[0]?.replace(/[\u0000-\u0008\u000E-\u001F]/g, '') ?? '');
      expect(text).toContain(`Prepared for ${name} Consult on 3 December 2026`);
    }
  }, 120_000);

  test('should report every problem of every row in one run: a bad date, a name no font has, an unknown handout, a print size', async () => {
    const { out, args } = await setup(
      ['handout,prepared_for,consult,size', 'short,שרה,03/12/2026,', 'short,Jane Citizen,2026-12-03,dl-trifold', 'none,John Smith,2026-12-03,', 'short,Ann Lee,2026-12-03,'].join('\n') + '\n',
    );
    const { code, stderr } = await run([...args, '--today', '2026-12-01']);
    expect(code).toBe(1);
    // Before, the bad date stopped the list, and the name's character was reported only once the date was fixed.
    // A Hebrew name: no font of the press has Hebrew (Chinese names print since the Chinese fonts came).
    expect(stderr).toContain('clinic-list.csv:2:1 error row 2: "consult" must be a date written as YYYY-MM-DD');
    expect(stderr).toContain('clinic-list.csv:2:1 error row 2: the name has a character that neither the brand font nor its fallback fonts can draw (U+05E9)');
    expect(stderr).toContain('clinic-list.csv:3:1 error row 3: size "dl-trifold" is imposed for printing');
    expect(stderr).toContain('clinic-list.csv:4:1 error row 4: no handout "none"');
    expect(stderr).toContain('no consult editions were written');
    expect(stderr).not.toMatch(/ש|Jane|John|Ann/);
    expect(await filesIn(out)).toEqual([]);
  }, 60_000);

  test('should write a list of which file is for which row beside the files, with names only with --name-in-file', async () => {
    const list = 'handout,prepared_for,consult\nshort,Jane Citizen,2026-12-03\nshort,"Smith, John",2026-12-03\n';
    const first = await setup(list);
    const plain = await run([...first.args, '--today', '2026-12-01']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toMatch(/consult\/clinic-list-files\.csv {2}which file is for which row\n$/);
    expect(await readFile(join(first.out, 'consult/clinic-list-files.csv'), 'utf8')).toBe(
      'row,handout,size,file\n2,short,a4,short-a4-2026-12-03.pdf\n3,short,a4,short-a4-2026-12-03-2.pdf\n',
    );
    // A second run never replaces the first run's list (its files may be attached to emails now).
    expect((await run([...first.args, '--today', '2026-12-01'])).code).toBe(0);
    expect(await readFile(join(first.out, 'consult/clinic-list-files-2.csv'), 'utf8')).toContain('2,short,a4,short-a4-2026-12-03-3.pdf');

    const named = await setup(list);
    expect((await run([...named.args, '--today', '2026-12-01', '--name-in-file'])).code).toBe(0);
    expect(await readFile(join(named.out, 'consult/clinic-list-files.csv'), 'utf8')).toBe(
      'row,handout,size,file,prepared_for\n2,short,a4,short-a4-2026-12-03-jane-citizen.pdf,Jane Citizen\n3,short,a4,short-a4-2026-12-03-smith-john.pdf,"Smith, John"\n',
    );
  }, 120_000);

  test('should warn about a consult date in the past, and still write; --allow-past says it is meant', async () => {
    const { out, args } = await setup('handout,prepared_for,consult\nshort,Jane Citizen,2026-11-03\n');
    const warned = await run([...args, '--today', '2026-12-01']);
    expect(warned.code).toBe(0);
    expect(warned.stderr).toContain('clinic-list.csv:2:1 warning row 2: "consult" is in the past (before today, 2026-12-01); check it for a typo, or pass --allow-past if the date is right  consult/past-date');
    expect(warned.stderr).not.toMatch(/Jane|2026-11-03|3 November/);
    expect(await filesIn(out)).toContain('consult/short-a4-2026-11-03.pdf');
    const allowed = await run([...args, '--today', '2026-12-01', '--allow-past']);
    expect(allowed.stderr).not.toContain('in the past');

    const single = await setup('');
    const one = await run(['build', 'short', '--content', single.content, '--out', single.out, '--prepared-for', 'Jane Citizen', '--consult', '2026-11-03', '--today', '2026-12-01']);
    expect(one.code).toBe(0);
    expect(one.stderr).toContain('warning --consult is in the past (before today, 2026-12-01)');
  }, 120_000);
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

