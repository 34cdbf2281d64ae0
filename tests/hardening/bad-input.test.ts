import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout } from '../helpers/library.js';
import { bodyText, normalizeSpace, readPdf } from '../helpers/pdf.js';
import { buildOne, filesIn } from '../helpers/run-cli.js';

/**
 * One test per row of the README's bad input and faults table: each bad input gets a clear, located error,
 * exit code 1, and no PDF; inputs that are merely unusual (BOM, CRLF) build correctly.
 */

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

const located = (file: string, place: string, message: string) => `handouts/${file}:${place} error ${message}`;

describe('bad input: located error, exit 1, no PDF', () => {
  test.each([
    ['---coffee front matter', 'bad.md', '---coffee\ntitle = "x"\n---\n\nText.\n', located('bad.md', '1:4', 'front matter is marked as "coffee", which could run code')],
    ['a wrong-typed field', 'bad.md', handout('Text.\n', 'subtitle:\n  - a\n  - list\n'), located('bad.md', '4:1', '`subtitle` must be a string, not a list')],
    ['an unknown brand', 'bad.md', handout('Text.\n', 'brand: other-clinic\n'), located('bad.md', '4:8', 'unknown brand "other-clinic" (known: vicoss)')],
    ['an unclosed directive', 'bad.md', handout(':::note\nRest.\n\nMore text.\n'), located('bad.md', '6:1', '`:::note` is never closed')],
    ['a stat with a non-number', 'bad.md', handout(':::stat{value="twelve"}\nCaption.\n:::\n'), located('bad.md', '6:1', '`:::stat` value "twelve" is not a percentage')],
    ['a slug that tries to escape the output folder', 'bad.md', handout('Text.\n', 'slug: ../../etc\n'), located('bad.md', '4:7', '`slug` must use only lower-case letters')],
    ['an absolute slug', 'bad.md', handout('Text.\n', 'slug: /tmp/x\n'), located('bad.md', '4:7', '`slug` must use only lower-case letters')],
    ['a reserved device name as slug', 'bad.md', handout('Text.\n', 'slug: con\n'), located('bad.md', '4:7', '`slug` is a name Windows reserves for a device')],
    ['a file name that makes no safe slug', 'My Leaflet.md', handout('Text.\n'), located('My Leaflet.md', '1:1', 'the file name "My Leaflet.md" does not make a safe slug')],
    ['a reserved file name', 'nul.md', handout('Text.\n'), located('nul.md', '1:1', 'the file name "nul.md" does not make a safe slug')],
    ['<script> raw HTML', 'bad.md', handout('<script>alert(1)</script>\n'), located('bad.md', '6:1', 'raw HTML is not supported in handouts, so it would not reach the page')],
    ['inline raw HTML', 'bad.md', handout('Take <b>two</b> tablets.\n'), located('bad.md', '6:6', 'raw HTML (`<b>`) is not supported in handouts')],
    ['an empty file', 'bad.md', '', located('bad.md', '1:1', '`title` is required in the front matter')],
    ['a binary file', 'bad.md', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), located('bad.md', '1:1', 'file looks binary')],
    ['a Windows-1252 file', 'bad.md', Buffer.concat([Buffer.from('---\ntitle: "Caf'), Buffer.from([0xe9]), Buffer.from('"\n---\n')]), located('bad.md', '2:12', 'file is not valid UTF-8')],
    ['Hebrew text no font has', 'bad.md', handout('Rest של well.\n'), located('bad.md', '6:6', 'character "ש" (U+05E9) is not in the brand font')],
    ['Hebrew (right-to-left) text the font lacks', 'bad.md', handout('Shalom שלום.\n'), located('bad.md', '6:8', 'character "ש" (U+05E9) is not in the brand font')],
    ['a character the font lacks in the title', 'bad.md', '---\ntitle: "Back pain ש"\nsizes: [a4]\n---\n\nText.\n', located('bad.md', '2:19', 'character "ש" (U+05E9) is not in the brand font')],
    ['a character the font lacks on a list item\'s second line', 'bad.md', handout('- Rest and\n  then של well.\n'), located('bad.md', '7:8', 'character "ש" (U+05E9) is not in the brand font')],
    ['a character the font lacks after an escape', 'bad.md', handout('Use \\* then ש.\n'), located('bad.md', '6:13', 'character "ש" (U+05E9) is not in the brand font')],
    ['a character the font lacks in an image caption', 'bad.md', handout('![Spine](../images/spine.png "Spine ש")\n'), located('bad.md', '6:37', 'character "ש" (U+05E9) is not in the brand font')],
    ['a slug with a NUL character', 'bad.md', handout('Text.\n', 'slug: "a\\0b"\n'), located('bad.md', '4:7', '`slug` must use only lower-case letters')],
    ['a reserved file name in capitals', 'CON.md', handout('Text.\n'), located('CON.md', '1:1', 'the file name "CON.md" does not make a safe slug')],
    ['a reserved COM port file name', 'com1.md', handout('Text.\n'), located('com1.md', '1:1', 'the file name "com1.md" does not make a safe slug')],
    ['the slug of the consult editions\' folder', 'bad.md', handout('Text.\n', 'slug: consult\n'), located('bad.md', '4:7', '`slug` is the output folder kept for consult editions')],
    ['a file name that makes the consult editions\' folder', 'consult.md', handout('Text.\n'), located('consult.md', '1:1', 'the file name "consult.md" does not make a safe slug')],
    ['a file name with letters outside ASCII', 'zoë.md', handout('Text.\n'), located('zoë.md', '1:1', 'the file name "zoë.md" does not make a safe slug')],
    ['a javascript: link', 'bad.md', handout('Open [this](javascript:app.alert(1)) now.\n'), located('bad.md', '6:6', 'link "javascript:app.alert(1)" uses "javascript:", which a PDF viewer could run')],
    ['a file: link', 'bad.md', handout('See [notes](file:///etc/passwd).\n'), located('bad.md', '6:5', 'link "file:///etc/passwd" uses "file:"')],
    ['a link to a file path', 'bad.md', handout('See [the other leaflet](other.md).\n'), located('bad.md', '6:5', 'link "other.md" is not a web address')],
    ['a quote nested 45 levels deep, whose text would vanish', 'bad.md', handout(`${'> '.repeat(45)}Deep text.\n`), located('bad.md', '6:1', 'this quote is nested more than 8 levels deep')],
    ['lists and quotes nested inside each other 10 levels deep', 'bad.md', handout(`${'> - '.repeat(5)}Deep text.\n`), located('bad.md', '6:1', 'this quote is nested more than 8 levels deep')],
    ['100,000 quotes opened on one line', 'bad.md', handout(`${'>'.repeat(100_000)} Deep text.\n`), located('bad.md', '6:1', 'this line opens 100000 lists or quotes inside each other')],
    ['a YAML alias bomb', 'bad.md', handout('Text.\n', ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefg'[i]}`).join(', ')}]`), ''].join('\n')), located('bad.md', '1:1', 'front matter is not valid YAML: Excessive alias count')],
  ])('%s', async (_name, fileName, text, expected) => {
    const { code, stderr, out } = await buildOne({ [`handouts/${fileName}`]: text, 'images/spine.png': PNG });
    expect(stderr).toContain(expected);
    expect(code).toBe(1);
    expect(await filesIn(out)).toEqual([]);
  });

  test('a 10 MB handout is refused before it is parsed', async () => {
    const big = handout(`${'A sentence about the back. '.repeat(400_000)}\n`);
    const { code, stderr, out } = await buildOne({ 'handouts/big.md': big });
    expect(stderr).toContain(located('big.md', '1:1', 'file is 10.8 MB, over the 1 MB limit for a source file'));
    expect(code).toBe(1);
    expect(await filesIn(out)).toEqual([]);
  });

  test('a list nested 50 levels deep is refused with its line', async () => {
    const deep = Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- level ${i + 1}`).join('\n');
    const { code, stderr } = await buildOne({ 'handouts/deep.md': handout(`${deep}\n`) });
    expect(stderr).toContain(located('deep.md', '6:1', 'this list is nested more than 8 levels deep'));
    expect(code).toBe(1);
  });

  test('a page of text in a script the font lacks lists 20 characters and counts the rest', async () => {
    const { code, stderr } = await buildOne({ 'handouts/cjk.md': handout(`${'של'.repeat(2500)}\n`) });
    expect(stderr.match(/ error character "/g)).toHaveLength(20);
    expect(stderr).toContain(located('cjk.md', '6:20', '4980 more characters after this one are not in the brand font'));
    expect(code).toBe(1);
  });

  test('a 5,000-row table is refused with its line', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `| ${i} | row ${i} |`).join('\n');
    const { code, stderr } = await buildOne({ 'handouts/table.md': handout(`| A | B |\n| --- | --- |\n${rows}\n`) });
    expect(stderr).toContain(located('table.md', '6:1', 'this table has 5001 rows, over the limit of 300'));
    expect(code).toBe(1);
  });
});

describe('unusual but valid input builds correctly', () => {
  test('a byte-order mark and CRLF line endings change nothing, lines included', async () => {
    const text = `\uFEFF${handout('## Is it fine?\n\nYes, 7:00 am.\n', 'surgeon: dr-x\n')}`.replace(/\n/g, '\r\n');
    const { stderr } = await buildOne({ 'handouts/crlf.md': text });
    expect(stderr).toContain(located('crlf.md', '4:10', 'unknown surgeon "dr-x"'));
    const good = `\uFEFF${handout('## Is it fine?\n\nYes, 7:00 am.\n')}`.replace(/\n/g, '\r\n');
    const { code, out } = await buildOne({ 'handouts/crlf.md': good });
    expect(code).toBe(0);
    expect(bodyText(await readPdf(await readFile(join(out, 'crlf/crlf-a4.pdf'))), [])).toContain('Is it fine? Yes, 7:00 am.');
  });
});

describe('the deepest nesting allowed is printed in full', () => {
  test('8 levels of quotes and lists keep their text in every narrow size', async () => {
    const sizes = ['large-print', 'a5', 'dl-trifold'];
    const text = handout(`${'> - '.repeat(4)}The deepest sentence is printed in full.\n`).replace('sizes: [a4]', `sizes: [${sizes.join(', ')}]`);
    const { code, out } = await buildOne({ 'handouts/deep.md': text });
    expect(code).toBe(0);
    for (const size of sizes) {
      const pdf = await readPdf(await readFile(join(out, `deep/deep-${size}.pdf`)));
      expect(normalizeSpace(pdf.pages.join(' ')), size).toContain('The deepest sentence is printed in full.');
    }
  });
});

describe('faults', () => {
  test('a handout that now fails keeps its previous PDFs and manifest entry; the others still build', async () => {
    const first = await buildOne({ 'handouts/a.md': handout('Alpha.\n'), 'handouts/b.md': handout('Beta.\n') });
    expect(first.code).toBe(0);
    const before = await readFile(join(first.out, 'a/a-a4.pdf'));
    await writeFile(join(first.content, 'handouts/a.md'), handout('Alpha.\n', 'surgeon: dr-x\n'));
    await writeFile(join(first.content, 'handouts/b.md'), handout('Beta, changed.\n'));
    const { run } = await import('../helpers/run-cli.js');
    const second = await run(['build', '--content', first.content, '--out', first.out, '--jobs', '1']);
    expect(second.code).toBe(1);
    expect(second.stdout).toMatch(/built 1 PDF, skipped 0 up-to-date handouts, 1 failed/);
    expect(Buffer.compare(await readFile(join(first.out, 'a/a-a4.pdf')), before)).toBe(0);
    const manifest = JSON.parse(await readFile(join(first.out, 'manifest.json'), 'utf8'));
    expect(manifest.handouts.map((h: { slug: string }) => h.slug)).toEqual(['a', 'b']);
    expect(bodyText(await readPdf(await readFile(join(first.out, 'b/b-a4.pdf'))), [])).toContain('Beta, changed.');
  });
});
