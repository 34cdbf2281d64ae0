import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { makeContent } from '../helpers/library.js';
import { buildOne, filesIn, run } from '../helpers/run-cli.js';

/** A table of `columns` columns headed "Col1", "Col2", …, with one row of numbers (test data). */
function table(columns: number): string {
  const cells = (make: (i: number) => string) => `| ${Array.from({ length: columns }, (_, i) => make(i)).join(' | ')} |`;
  return [cells((i) => `Col${i + 1}`), cells(() => '---'), cells((i) => String(i))].join('\n');
}

const withSizes = (body: string, sizes: string) => handout(body).replace('sizes: [a4]', `sizes: [${sizes}]`);

describe('a table too wide for a size to print readably', () => {
  test('should be a located error in every size it does not fit, with nothing written', async () => {
    const { code, stderr, out } = await buildOne({ 'handouts/wide.md': withSizes(`An introduction.\n\n## What is in it?\n\n${table(20)}\n`, 'a4, large-print, dl-trifold') });
    expect(code).toBe(1);
    // The table starts on line 10 (front matter, a blank line, the introduction, the question).
    for (const size of ['a4', 'large-print', 'dl-trifold']) {
      expect(stderr).toMatch(
        new RegExp(`handouts/wide\\.md:10:1 error this table's 20 columns do not fit the ${size} size readably: each column has room for \\d+ mm of text, so "Col\\d+" would print as "(.{1,2}-)+.{1,2}", one piece to a line; split it into tables of at most \\d+ columns  size/table-too-wide`),
      );
    }
    expect(await filesIn(out)).not.toContainEqual(expect.stringMatching(/\.pdf$/));
  }, 60_000);

  test('should be reported by handouts check too, which renders nothing', async () => {
    const content = await makeContent({ 'handouts/wide.md': withSizes(`An introduction.\n\n## What is in it?\n\n${table(20)}\n`, 'large-print') });
    const { code, stderr } = await run(['check', '--content', content]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/handouts\/wide\.md:10:1 error this table's 20 columns do not fit the large-print size readably: .*  size\/table-too-wide/);
  }, 60_000);

  test('should check only the page sizes in handouts check and lint: the web page has no width to fit', async () => {
    // Before, a handout with `web` in its sizes and any table crashed both commands (no page profile).
    const content = await makeContent({ 'handouts/web.md': withSizes(`An introduction.\n\n## What is in it?\n\n${table(2)}\n`, 'a4, web') });
    for (const command of ['check', 'lint']) {
      const { code, stderr } = await run([command, '--content', content]);
      expect(stderr).not.toMatch(/TypeError|bodySize/);
      expect(code).toBe(0);
    }
  }, 60_000);

  test('should name the sizes with room for it when there are some', async () => {
    // Eight columns of words fit an A4 page, not a DL panel.
    const body = `## What can I do?\n\n| Week | Walking | Lifting | Driving | Working | Swimming | Gardening | Cycling |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n| 1 | Indoors | Nothing | Never | Never | Never | Never | Never |\n`;
    const { code, stderr } = await buildOne({ 'handouts/six.md': withSizes(body, 'a4, dl-trifold') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/six\.md:8:1 error this table's 8 columns do not fit the dl-trifold size readably: .*; split it into tables of at most [1-7] columns?, or build a size with room for it \(a4, letter, a5, a5-booklet\)/);
    expect(stderr).not.toMatch(/fit the a4 size/);
  }, 60_000);

  test('should build a table whose long words break into readable pieces', async () => {
    // "physiotherapist" is wider than a DL panel's third: it breaks, into pieces of several letters.
    const body = `## Who can help?\n\n| Week | Who to ask | How |\n| --- | --- | --- |\n| 1 | Your physiotherapist | By phone |\n`;
    const { code, stderr } = await buildOne({ 'handouts/three.md': withSizes(body, 'a4, large-print, dl-trifold') });
    expect(code, stderr).toBe(0);
  }, 60_000);
});
