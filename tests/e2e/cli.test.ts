import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { makeContent, handout } from '../helpers/library.js';
import { buildOne, filesIn, run } from '../helpers/run-cli.js';
import { bodyText, readPdf } from '../helpers/pdf.js';

describe('handouts build: bad handouts', () => {
  test.each([
    {
      name: 'unknown surgeon',
      file: handout('Text.\n', 'surgeon: dr-x\n'),
      expected: 'handouts/bad.md:4:10 error unknown surgeon "dr-x" (known: test-surgeon); each surgeon is a file in content/surgeons/  reference/surgeon',
    },
    {
      name: 'missing title',
      file: '---\nsizes: [a4]\n---\n\nText.\n',
      expected: 'handouts/bad.md:1:1 error `title` is required in the front matter; add `title: …`  schema/required',
    },
    {
      name: 'bad YAML',
      file: '---\ntitle: "Test handout"\nsizes: [a4\n---\n\nText.\n',
      expected: 'handouts/bad.md:3:11 error front matter is not valid YAML',
    },
    {
      name: '---js front matter',
      file: '---js\n(globalThis.pwnedByHandout = 42, { title: "x" })\n---\n\nText.\n',
      expected: 'handouts/bad.md:1:4 error front matter is marked as "js", which could run code',
    },
    {
      name: '---javascript front matter',
      file: '---javascript\n(globalThis.pwnedByHandout = 42, { title: "x" })\n---\n\nText.\n',
      expected: 'handouts/bad.md:1:4 error front matter is marked as "javascript"',
    },
    {
      name: 'unknown size',
      file: handout('Text.\n').replace('sizes: [a4]', 'sizes: [a4, poster]'),
      expected: 'handouts/bad.md:3:13 error size "poster" is not a known size (supported: a4, letter, a5, large-print, dl-trifold, a5-booklet, web)  reference/size',
    },
    {
      name: 'unknown directive',
      file: handout(':::danger\nDo not lift.\n:::\n'),
      expected: 'handouts/bad.md:6:1 error `:::danger` is not a known box (known: :::stat, :::warning, :::note); its text would be lost  markdown/unknown-directive',
    },
    {
      name: 'table row with fewer cells than the header',
      file: handout('| Week | Walk | Call |\n| --- | --- | --- |\n| 1 | Ten minutes | Nurse |\n| 2 | Twenty minutes |\n'),
      expected:
        "handouts/bad.md:9:1 error this table row has 2 cells, 1 fewer than the header's 3, so its cells would not line up under the headings; give every row 3 cells (an empty cell is `| |`)  markdown/table-shape",
    },
    {
      name: 'table row with more cells than the header',
      file: handout('| Week | Walk |\n| --- | --- |\n| 1 | Ten minutes | Call the nurse |\n'),
      expected:
        "handouts/bad.md:8:19 error this table row has 3 cells, 1 more than the header's 2, so its cells would not line up under the headings; give every row 2 cells (an empty cell is `| |`)  markdown/table-shape",
    },
    {
      name: 'raw HTML',
      file: handout('<div>Hidden text</div>\n'),
      expected: 'handouts/bad.md:6:1 error raw HTML is not supported in handouts',
    },
    {
      name: 'emoji the font lacks',
      file: handout('Rest well 😀 tonight.\n'),
      expected: 'handouts/bad.md:6:11 error character "😀" (U+1F600) is not in the brand font Atkinson Hyperlegible',
    },
  ])('$name: located error, exit 1, no PDF', async ({ file, expected }) => {
    const { code, stderr, out } = await buildOne({ 'handouts/bad.md': file });
    expect(code).toBe(1);
    expect(stderr).toContain(expected);
    expect(await filesIn(out)).toEqual([]);
    expect((globalThis as { pwnedByHandout?: number }).pwnedByHandout).toBeUndefined();
  });

  test('should report every problem of a run, not just the first', async () => {
    const { code, stderr } = await buildOne({
      'handouts/a.md': handout('Text.\n', 'surgeon: dr-x\n'),
      'handouts/b.md': '---\nsizes: [a4]\n---\n\n:::nope\nx\n:::\n',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('handouts/a.md:4:10 error unknown surgeon "dr-x"');
    expect(stderr).toContain('handouts/b.md:1:1 error `title` is required');
    expect(stderr).toContain('handouts/b.md:5:1 error `:::nope` is not a known box');
    expect(stderr).toMatch(/3 errors, 0 warnings in 2 files/);
  });

  test('should still build the good handouts when one is bad', async () => {
    const { code, out } = await buildOne({
      'handouts/good.md': handout('Text.\n'),
      'handouts/bad.md': handout('Text.\n', 'surgeon: dr-x\n'),
    });
    expect(code).toBe(1);
    expect(await filesIn(out)).toEqual(['.handouts-cache.json', 'good/good-a4.pdf', 'manifest.json']);
  });
});

describe('handouts build: content that must survive', () => {
  test('should keep colons in prose ("7:00 am", "3:1") as text', async () => {
    const { code, out, stderr } = await buildOne({ 'handouts/times.md': handout('Take it at 7:00 am with water; mix it 3:1 with juice.\n') });
    expect(stderr).not.toMatch(/ error /);
    expect(code).toBe(0);
    const pdf = await readPdf(await readFile(join(out, 'times/times-a4.pdf')));
    expect(bodyText(pdf, [])).toContain('Take it at 7:00 am with water; mix it 3:1 with juice.');
  });

  test('should print tables, nested lists, boxes and clickable links', async () => {
    const body = [
      'Intro with a [link to the clinic](https://example.org/test-clinic).',
      '',
      '## Which exercises help?',
      '',
      '| Exercise | How often |',
      '| --- | --- |',
      '| Walking | Every day |',
      '| Swimming | Twice a week |',
      '',
      '- Outer item',
      '  - Inner item',
      '    1. Deep numbered item',
      '',
      ':::warning[Stop and call]',
      'Numbness in both legs needs care today.',
      ':::',
      '',
      ':::note',
      'Bring your scans.',
      ':::',
      '',
    ].join('\n');
    const { code, out, stderr } = await buildOne({ 'handouts/mix.md': handout(body) });
    expect(stderr).not.toMatch(/ error /);
    expect(code).toBe(0);
    const pdf = await readPdf(await readFile(join(out, 'mix/mix-a4.pdf')));
    const text = bodyText(pdf, []);
    for (const phrase of ['Walking', 'Every day', 'Swimming', 'Twice a week', 'Outer item', 'Inner item', 'Deep numbered item', 'Stop and call', 'Numbness in both legs needs care today.', 'Note', 'Bring your scans.']) {
      expect(text).toContain(phrase);
    }
    expect(pdf.links.flat()).toContain('https://example.org/test-clinic');
    expect(pdf.bookmarks).toEqual(['Which exercises help?']);
  });
});

describe('handouts command line', () => {
  test('should print help with types and defaults', async () => {
    // A command's flags are in its own help (handouts --help lists the commands).
    const { code, stdout } = await run(['build', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}--out <dir> +\[string\] {2}output folder \(default: output\)$/m);
  });

  test('should exit 2 on an unknown flag and point to --help', async () => {
    const { code, stderr } = await run(['build', '--colour']);
    expect(code).toBe(2);
    expect(stderr).toContain('"handouts build" has no option --colour');
    expect(stderr).toContain('--help');
  });

  test('should exit 2 on an unknown --size', async () => {
    const { code, stderr } = await buildOne({ 'handouts/x.md': handout('Text.\n') }, ['--size', 'poster']);
    expect(code).toBe(2);
    expect(stderr).toContain('--size "poster" is not a known size (supported: a4, letter, a5, large-print, dl-trifold, a5-booklet, web)');
  });

  test('should exit 2 on a --bleed that is not a length', async () => {
    const { code, stderr } = await buildOne({ 'handouts/x.md': handout('Text.\n') }, ['--bleed', '3 metres']);
    expect(code).toBe(2);
    expect(stderr).toContain('--bleed "3 metres" is not a length; write it like 3mm or 0.125in');
  });

  test('should run as a real process through bin/handouts.js', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n') });
    const out = await mkdtemp(join(tmpdir(), 'handouts-bin-'));
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/handouts.js', 'build', '--content', content, '--out', out]);
    expect(stdout).toMatch(/x\/x-a4\.pdf {2}1 pages?, \d+ KB/);
    expect(await filesIn(out)).toEqual(['.handouts-cache.json', 'manifest.json', 'x/x-a4.pdf']);
  });
});

describe('handouts lint', () => {
  test('reports the FBSS findings with their lines and the reading grade, and exits 0 on warnings', async () => {
    const { code, stdout } = await run(['lint', 'failed-back-surgery-syndrome', '--today', '2026-11-25']);
    expect(code).toBe(0);
    expect(stdout).toContain('content/handouts/failed-back-surgery-syndrome.md:52:95 warning');
    expect(stdout).toContain('content/handouts/failed-back-surgery-syndrome.md:54:1 warning');
    expect(stdout).toMatch(/failed-back-surgery-syndrome\.md:35:300 warning "onging"/);
    expect(stdout).toMatch(/failed-back-surgery-syndrome\.md: reading grade SMOG \d+\.\d, Flesch-Kincaid \d+\.\d over \d+ sentences/);
  });

  test('writes GitHub annotations and JSON', async () => {
    const github = await run(['lint', 'failed-back-surgery-syndrome', '--reporter', 'github']);
    expect(github.stdout).toMatch(/^::warning file=content\/handouts\/failed-back-surgery-syndrome\.md,line=\d+,col=\d+,title=lint\/[a-z-]+::/m);
    const json = JSON.parse((await run(['lint', 'failed-back-surgery-syndrome', '--reporter', 'json'])).stdout);
    expect(json.readability['content/handouts/failed-back-surgery-syndrome.md'].sentences).toBeGreaterThan(30);
  });

  test('--strict turns warnings into a failing exit code, for lint and build', async () => {
    expect((await run(['lint', 'failed-back-surgery-syndrome', '--strict'])).code).toBe(1);
    const { code } = await buildOne({ 'handouts/x.md': handout('Text without any control fields.\n') }, ['--strict']);
    expect(code).toBe(1);
  });

  test('an overdue review is an error that fails the build', async () => {
    const { code, stderr, out } = await buildOne({ 'handouts/old.md': handout('## Is this old?\n\nYes.\n', 'review_due: 2020-01-01\n') });
    expect(code).toBe(1);
    expect(stderr).toContain('error review overdue since 2020-01-01');
    expect(await filesIn(out)).toEqual([]);
  });
});
