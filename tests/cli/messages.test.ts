import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { parseSource } from '../../src/content/parse-source.js';
import { HandoutMetaSchema } from '../../src/model/schema.js';
import { validate } from '../../src/model/validate.js';
import { checkSourceGlyphs, type GlyphChecker } from '../../src/render/glyph-coverage.js';
import { handout, makeContent } from '../helpers/library.js';
import { buildOne, run } from '../helpers/run-cli.js';

/**
 * Messages a new clinic met in its first week that confused more than they helped (issue 17,
 * item 15): each now says what happened, why, and what to do, in the press's words.
 */

function frontMatterErrors(yaml: string): string[] {
  const unread: Diagnostic[] = [];
  const parsed = parseSource(`---\n${yaml}---\n\nText.\n`, 'x.md', (d) => unread.push(d));
  if (!parsed) return unread.map((d) => `${d.line}:${d.column} ${d.message}`);
  validate(HandoutMetaSchema, parsed.data, 'x.md', parsed.placeOfKey, 'front matter', (d) => unread.push(d));
  return unread.map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('front matter messages', () => {
  test('should say an empty sizes list builds nothing and how to write one, not zod\'s "Too small"', () => {
    const [message] = frontMatterErrors('title: "T"\nsizes: []\n');
    expect(message).toBe('3:1 `sizes` is an empty list, so nothing would be built; name at least one size, e.g. `sizes: [a4, letter]`, or leave the line out for the default sizes');
  });

  test('should name a blank title once and say why it is needed', () => {
    expect(frontMatterErrors('title: "  "\n')).toEqual(['2:8 `title` is empty; every handout needs a title: it is printed on the cover and is the PDF\'s title']);
  });

  test('should tell an empty optional field it may be left out', () => {
    expect(frontMatterErrors('title: "T"\nsubtitle: ""\n')).toEqual(['3:11 `subtitle` is empty; write it, or leave the line out']);
  });

  test('should word zod\'s own size limits in the press\'s voice', () => {
    const schema = z.object({ target: z.coerce.number().max(20), tags: z.array(z.string()).min(2), code: z.string().min(3) });
    const place = () => ({ line: 1, column: 1 });
    const reported: Diagnostic[] = [];
    const result = validate(schema, { target: '30', tags: ['a'], code: 'ab' }, 'x.yaml', place, 'brand file', (d) => reported.push(d));
    expect(result).toBeNull();
    expect(reported.map((d) => d.message)).toEqual([
      '`target` must be at most 20',
      '`tags` must list at least 2 items',
      '`code` must be at least 3 characters long',
    ]);
  });

  test('should name a key written twice and not give advice about quoting colons', () => {
    const [message] = frontMatterErrors('title: "T"\nsurgeon: a\nsurgeon: b\n');
    expect(message).toBe('4:1 front matter is not valid YAML: "surgeon" is written twice; each key may appear once, so keep the one you mean and delete the other');
  });

  test('should give the quoting advice where a colon is the problem', () => {
    const [message] = frontMatterErrors('title: Lumbar fusion: what to expect\n');
    expect(message).toContain('put the value in double quotes, e.g. title: "Lumbar fusion: what to expect"');
  });
});

describe('characters the font lacks in front matter', () => {
  // A font that has only Basic Latin and Latin-1, so Vietnamese letters are missing whatever
  // the real fonts cover.
  const latin1: GlyphChecker = { family: 'Test Latin-1', fallbacks: [], has: (codePoint) => codePoint < 0x100 };
  const places = (text: string) => {
    const parsed = parseSource(text, 'x.md', (d) => {
      throw new Error(d.message);
    });
    if (!parsed) throw new Error('unreadable');
    return checkSourceGlyphs(parsed, latin1).map((d) => `${d.line}:${d.column} ${d.message.split(' ', 2).join(' ')}`);
  };

  test('should place each character where it is written in the value, not at the value\'s start', () => {
    expect(places('---\ntitle: "Nguyễn Thị"\nsubtitle: Đây là ễ\n---\n\nText.\n')).toEqual([
      '2:13 character "ễ"',
      '2:18 character "ị"',
      '3:11 character "Đ"',
      '3:18 character "ễ"',
    ]);
  });

  test('should place characters in list items and multi-line values', () => {
    expect(places('---\ntitle: T\nsizes:\n  - a4\ndisclaimer: |\n  Một\n  hai ễ\n---\n\nText.\n')).toEqual(['6:4 character "ộ"', '7:7 character "ễ"']);
  });

  test('should say "1 more character", not "1 more characters"', () => {
    const found = checkSourceGlyphs(parseSource(handout(`${'ễ'.repeat(21)}\n`), 'x.md', () => {}) as never, latin1);
    expect(found.at(-1)?.message).toMatch(/^1 more character after this one is not in the brand font/);
  });
});

describe('parseYaml', () => {
  test('should give the source text of a quoted value, for placing characters in it', () => {
    const yaml = parseYaml('title: "a \\"b\\" c"\n', 2, 'x.md', () => {});
    if (!yaml) throw new Error('unexpected YAML error');
    expect(yaml.sourceOf(['title'])).toEqual({ text: '"a \\"b\\" c"', start: { line: 2, column: 8 } });
  });
});

describe('command line messages', () => {
  test('should suggest the command for a mistyped one', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n') });
    const { code, stderr } = await run(['bild', '--content', content]);
    expect(stderr).toBe('"bild" is neither a command nor a handout; did you mean "handouts build"? (commands: build, check, lint, merge-manifests, new, import, watch, gallery). Use --help to see the options.\n');
    expect(code).toBe(2);
  });

  test('should still build a handout whose slug is close to a command', async () => {
    const content = await makeContent({ 'handouts/news.md': handout('Text.\n') });
    const { code } = await run(['news', '--content', content, '--today', '2026-11-25', '--size', 'a4', '--out', `${content}/out`, '--jobs', '1']);
    expect(code).toBe(0);
  });

  test('should suggest the option for a mistyped one, without node\'s raw text', async () => {
    const { code, stderr } = await run(['build', '--forse']);
    expect(stderr).toBe('"handouts build" has no option --forse; did you mean --force? Use --help to see the options.\n');
    expect(code).toBe(2);
  });

  test('should say which command an option belongs to', async () => {
    const { stderr } = await run(['build', '--reporter', 'github']);
    expect(stderr).toBe('--reporter is an option of "handouts lint", not of "handouts build". Use --help to see the options.\n');
  });

  test('should say that a flag needs a value', async () => {
    expect((await run(['build', '--content'])).stderr).toBe('--content needs a value after it. Use --help to see the options.\n');
  });
});

describe('--today wherever dates are checked', () => {
  const overdue = handout('## What is it?\n\nText.\n', 'doc_id: "T-1"\nversion: "1.0"\nreviewed: 2025-01-01\nreview_due: 2026-01-01\n');

  test.each([['build'], ['check'], ['lint']])('%s should check review dates against --today', async (command) => {
    const content = await makeContent({ 'handouts/x.md': overdue });
    const args = [command, '--content', content, ...(command === 'build' ? ['--out', `${content}/out`, '--jobs', '1'] : [])];
    const before = await run([...args, '--today', '2025-06-01']);
    expect(before.stdout + before.stderr).not.toContain('lint/review-overdue');
    const after = await run([...args, '--today', '2026-06-01']);
    expect(after.stdout + after.stderr).toContain('lint/review-overdue');
    expect(after.code).toBe(1);
  });

  test.each([[['build']], [['check']], [['lint']], [['watch']], [['new', 'A title']], [['build', 'x', '--prepared-for', 'A Test Patient', '--consult', '2026-12-03']]])(
    '%s should take --today and check it is a real date',
    async (args) => {
      const content = await makeContent({ 'handouts/x.md': handout('Text.\n') });
      const { code, stderr } = await run([...args, '--content', content, '--today', '2026-02-30']);
      expect(stderr).toBe('--today "2026-02-30" must be a real date written as YYYY-MM-DD, e.g. 2026-03-05. Use --help to see the options.\n');
      expect(code).toBe(2);
    },
  );

  test('should refuse a --today that is not a real date', async () => {
    const { code, stderr } = await buildOne({ 'handouts/x.md': handout('Text.\n') }, ['--today', '2026-02-30']);
    expect(stderr).toBe('--today "2026-02-30" must be a real date written as YYYY-MM-DD, e.g. 2026-03-05. Use --help to see the options.\n');
    expect(code).toBe(2);
  });
});

describe('a missing image', () => {
  test('should say where the press looked and that paths are relative to the linking file', async () => {
    const { stderr } = await buildOne({ 'handouts/x.md': handout('![Spine](images/spine.png)\n'), 'images/spine.png': 'not read' });
    expect(stderr).toMatch(/image "images\/spine\.png" is not at \S*handouts\/images\/spine\.png: an image path is relative to the folder of the file that links it \(\S*handouts\/\); the file in \S*images\/ is linked as "\.\.\/images\/spine\.png"/);
  });
});
