import { describe, expect, test } from 'vitest';
import { parseYaml } from '../../src/content/parse-yaml.js';
import { DiagnosticSink, type Diagnostic } from '../../src/diagnostics.js';
import { splitFrontMatter } from '../../src/content/split-front-matter.js';
import { parseSource } from '../../src/content/parse-source.js';
import { HandoutMetaSchema } from '../../src/model/schema.js';
import { validate } from '../../src/model/validate.js';

/** Run a step that reports into a sink: what it returned, and what it reported. */
function run<T>(step: (report: (d: Diagnostic) => void) => T): { value: T; reported: Diagnostic[] } {
  const sink = new DiagnosticSink();
  const value = step(sink.report);
  return { value, reported: sink.sorted() };
}

describe('splitFrontMatter', () => {
  test('should count the lines before the body, so body positions map to file lines', () => {
    const split = splitFrontMatter('---\ntitle: A\nsizes: [a4]\n---\n\nBody.\n', 'x.md', () => {});
    expect(split).toMatchObject({ body: '\nBody.\n', bodyLineOffset: 4 });
  });

  test('should treat a file without front matter as all body', () => {
    expect(splitFrontMatter('Just text.\n', 'x.md', () => {})).toMatchObject({ yaml: '', body: 'Just text.\n', bodyLineOffset: 0 });
  });

  test('should refuse an unclosed front matter instead of losing the body', () => {
    const { value, reported } = run((report) => splitFrontMatter('---\ntitle: A\n\nBody.\n', 'x.md', report));
    expect(value).toBeNull();
    expect(reported).toMatchObject([{ ruleId: 'front-matter/unclosed', line: 1 }]);
  });

  test.each(['js', 'javascript', 'JS', 'coffee', 'toml'])('should refuse ---%s front matter without running it', (language) => {
    const text = `---${language}\n(globalThis.ranFrontMatter = true, {})\n---\nBody.\n`;
    const { value, reported } = run((report) => splitFrontMatter(text, 'x.md', report));
    expect(value).toBeNull();
    expect(reported).toMatchObject([{ ruleId: 'front-matter/language', line: 1, column: 4 }]);
    expect((globalThis as { ranFrontMatter?: boolean }).ranFrontMatter).toBeUndefined();
  });
});

describe('parseYaml', () => {
  test('should keep every scalar as written: versions, dates, leading zeros', () => {
    const { value: yaml, reported } = run((report) => parseYaml('version: 1.10\nreviewed: 2024-03-05\nzip: 01234\nflag: yes\n', 1, 'x.md', report));
    expect(reported).toEqual([]);
    expect(yaml?.data).toEqual({ version: '1.10', reviewed: '2024-03-05', zip: '01234', flag: 'yes' });
  });

  test('should place a value and its key on their file line and column', () => {
    const yaml = parseYaml('\ntitle: A\nsurgeon: dr-x\n', 1, 'x.md', () => {});
    if (!yaml) throw new Error('unexpected YAML error');
    expect(yaml.placeOf(['surgeon'])).toEqual({ line: 3, column: 10 });
    expect(yaml.placeOf(['surgeon'], 'key')).toEqual({ line: 3, column: 1 });
  });

  test('should report a duplicate key with its line', () => {
    const { value, reported } = run((report) => parseYaml('title: A\ntitle: B\n', 2, 'x.md', report));
    expect(value).toBeNull();
    expect(reported[0]).toMatchObject({ line: 3, ruleId: 'front-matter/yaml' });
  });
});

describe('text cut off by a YAML comment', () => {
  test('should be an error at the # in a prose value, with the quoted value to write', () => {
    const { value, reported } = run((report) => parseYaml('title: Back pain #1 cause\n', 2, 'x.md', report));
    expect(value).toBeNull();
    const [error] = reported;
    expect(`${error?.line}:${error?.column} ${error?.severity}`).toBe('2:18 error');
    expect(error?.message).toContain('title: "Back pain #1 cause"');
  });

  test('should leave notes for authors after identifiers and quoted values alone', () => {
    const { value, reported } = run((report) => parseYaml('slug: fbss   # default: the file name\ntitle: "Back pain #1 cause"   # required\n', 2, 'x.md', report));
    expect(reported).toEqual([]);
    expect(value).not.toBeNull();
  });
});

describe('front matter validation', () => {
  const check = (text: string) => {
    const unread: Diagnostic[] = [];
    const parsed = parseSource(text, 'x.md', (d) => unread.push(d));
    if (!parsed) return unread;
    const meta = validate(HandoutMetaSchema, parsed.data, 'x.md', parsed.placeOfKey, 'front matter', (d) => unread.push(d));
    return meta ?? unread;
  };

  test('should name an unknown key and list the known ones', () => {
    const [d] = check('---\ntitle: A\nsurgon: x\n---\n') as Array<{ message: string; line: number }>;
    expect(d?.line).toBe(3);
    expect(d?.message).toMatch(/^unknown front matter key "surgon" \(known: title, subtitle, slug, surgeon, /);
  });

  test('should reject a date that does not exist', () => {
    const [d] = check('---\ntitle: A\nreviewed: 2026-02-30\n---\n') as Array<{ message: string; line: number; column: number }>;
    expect(d).toMatchObject({ line: 3, column: 11, message: '`reviewed` is not a real calendar date' });
  });

  test('should accept a single size written without brackets', () => {
    expect(check('---\ntitle: A\nsizes: a4\n---\n')).toMatchObject({ sizes: ['a4'] });
  });

  test('should say what type a field needs', () => {
    const [d] = check('---\ntitle:\n  nested: yes\n---\n') as Array<{ message: string }>;
    expect(d?.message).toBe('`title` must be a string, not a set of `key: value` lines');
  });
});
