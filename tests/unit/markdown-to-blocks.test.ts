import { describe, expect, test } from 'vitest';
import type { Block } from '../../src/model/document.js';
import { collectDefinitions, toBlocks } from '../../src/model/markdown-to-blocks.js';
import { parseMarkdown } from '../../src/model/parse-markdown.js';
import { diagnostic, type Diagnostic, type Report } from '../../src/diagnostics.js';
import type { ImageLink } from '../../src/model/image-resolver.js';

/**
 * Markdown to document blocks, through the public conversion function: what each kind of
 * markdown becomes, and that what cannot be printed is a located diagnostic, never dropped
 * without a word. The body starts on line 5 of its file (four lines of front matter).
 */

const FILE = 'content/handouts/test.md';
const LINE_OFFSET = 4;

/** Convert a markdown body; images resolve to `/content/images/<name>` when they end in .png. */
function convert(body: string, options: { images?: boolean } = {}): { blocks: Block[]; diagnostics: Diagnostic[] } {
  const tree = parseMarkdown(body);
  const diagnostics: Diagnostic[] = [];
  const blocks = toBlocks(tree.children, {
    file: FILE,
    body,
    lineOffset: LINE_OFFSET,
    definitions: collectDefinitions(tree),
    report: (d) => diagnostics.push(d),
    ...(options.images !== false && {
      resolveImage: (url: string, link: ImageLink, report: Report) => {
        if (url.endsWith('.png')) return { path: `/content/images/${url}` };
        report(diagnostic(link.file, link.place, `"${url}" is not a PNG or JPEG file`, link.ruleId));
        return null;
      },
    }),
  });
  return { blocks, diagnostics };
}

/** Blocks without their places, to compare shapes. */
function shapes(blocks: readonly Block[]): unknown {
  return JSON.parse(JSON.stringify(blocks, (key, value: unknown) => (key === 'place' ? undefined : value)));
}

/** Diagnostics as `line:col severity rule-id`, the way a reader finds them. */
function located(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.severity} ${d.ruleId}`);
}

describe('toBlocks: text', () => {
  test('should make paragraphs of text with bold, italic, code and breaks', () => {
    const { blocks, diagnostics } = convert('A **test** _line_ with `code`  \nand a break.\n\nA second test paragraph.\n');
    expect(diagnostics).toEqual([]);
    expect(shapes(blocks)).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'A ' },
          { type: 'strong', children: [{ type: 'text', value: 'test' }] },
          { type: 'text', value: ' ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'line' }] },
          { type: 'text', value: ' with ' },
          { type: 'code', value: 'code' },
          { type: 'break' },
          { type: 'text', value: 'and a break.' },
        ],
      },
      { type: 'paragraph', children: [{ type: 'text', value: 'A second test paragraph.' }] },
    ]);
  });

  test('should place each block at its line and column in the file', () => {
    const { blocks } = convert('Test.\n\n> A quoted test.\n');
    expect(blocks.map((block) => block.place)).toEqual([
      { line: 5, column: 1 },
      { line: 7, column: 1 },
    ]);
  });

  test('should keep sub-headings, rules, quotes and code blocks', () => {
    const { blocks, diagnostics } = convert('### A test sub-heading\n\n---\n\n> A quoted test.\n\n```\ntest code\n```\n');
    expect(diagnostics).toEqual([]);
    expect(shapes(blocks)).toEqual([
      { type: 'heading', depth: 3, children: [{ type: 'text', value: 'A test sub-heading' }] },
      { type: 'rule' },
      { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A quoted test.' }] }] },
      { type: 'code', value: 'test code' },
    ]);
  });
});

describe('toBlocks: lists and tables', () => {
  test('should nest lists in list items, keeping order, start and check marks', () => {
    const { blocks } = convert('3. Third test step\n   - a nested test item\n4. Fourth test step\n\n- [x] a done test task\n');
    expect(shapes(blocks)).toEqual([
      {
        type: 'list',
        ordered: true,
        start: 3,
        items: [
          {
            checked: null,
            children: [
              { type: 'paragraph', children: [{ type: 'text', value: 'Third test step' }] },
              { type: 'list', ordered: false, start: 1, items: [{ checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a nested test item' }] }] }] },
            ],
          },
          { checked: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'Fourth test step' }] }] },
        ],
      },
      { type: 'list', ordered: false, start: 1, items: [{ checked: true, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a done test task' }] }] }] },
    ]);
  });

  test('should make a table of a header row, body rows and column alignment', () => {
    const { blocks, diagnostics } = convert('| Step | Test |\n| :--- | ---: |\n| One | A |\n| Two | B |\n');
    expect(diagnostics).toEqual([]);
    expect(shapes(blocks)).toEqual([
      {
        type: 'table',
        align: ['left', 'right'],
        header: { cells: [[{ type: 'text', value: 'Step' }], [{ type: 'text', value: 'Test' }]] },
        rows: [{ cells: [[{ type: 'text', value: 'One' }], [{ type: 'text', value: 'A' }]] }, { cells: [[{ type: 'text', value: 'Two' }], [{ type: 'text', value: 'B' }]] }],
      },
    ]);
  });

  test('should refuse lists nested more than 8 deep, at the list that goes too deep', () => {
    const deep = Array.from({ length: 10 }, (_, depth) => `${'  '.repeat(depth)}- level ${depth + 1}`).join('\n');
    const { blocks, diagnostics } = convert(`${deep}\n`);
    expect(blocks).toEqual([]);
    expect(located(diagnostics)).toEqual(['5:1 error markdown/limit']);
    expect(diagnostics[0]?.message).toContain('nested more than 8 levels deep');
  });
});

describe('toBlocks: boxes and statistics', () => {
  test('should make warning and note boxes, with the title in brackets', () => {
    const { blocks, diagnostics } = convert(':::warning[Call the test clinic]\nA test warning.\n:::\n\n:::note\nA test note.\n:::\n');
    expect(diagnostics).toEqual([]);
    expect(shapes(blocks)).toEqual([
      { type: 'callout', kind: 'warning', title: [{ type: 'text', value: 'Call the test clinic' }], children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A test warning.' }] }] },
      { type: 'callout', kind: 'note', title: null, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A test note.' }] }] },
    ]);
  });

  test('should make a stat block with its value, source and caption', () => {
    const { blocks, diagnostics } = convert(':::stat{value="17%-28%" source="Fictional test source"}\nA fictional test figure.\n:::\n');
    expect(diagnostics).toEqual([]);
    expect(blocks[0]).toMatchObject({
      type: 'stat',
      place: { line: 5, column: 1 },
      value: { kind: 'range', low: 17, high: 28 },
      source: 'Fictional test source',
      caption: [{ type: 'paragraph', children: [{ type: 'text', value: 'A fictional test figure.' }] }],
    });
  });

  test('should report a box that is never closed, and one it does not know', () => {
    const { diagnostics } = convert('Test.\n\n:::tip\nA test tip.\n:::\n\n:::note\nA test note never closed.\n');
    expect(located(diagnostics)).toEqual(['7:1 error markdown/unknown-directive', '11:1 error markdown/unclosed-directive']);
  });
});

describe('toBlocks: links and images', () => {
  test('should keep web, email, phone and question links, and resolve reference links', () => {
    const { blocks, diagnostics } = convert('[web](https://example.org) [mail](mailto:test@example.org) [phone](tel:000) [question](#what-is-it) [ref][guide]\n\n[guide]: https://example.org/guide\n');
    expect(diagnostics).toEqual([]);
    const links = (blocks[0] as Extract<Block, { type: 'paragraph' }>).children.flatMap((inline) => (inline.type === 'link' ? [inline.url] : []));
    expect(links).toEqual(['https://example.org', 'mailto:test@example.org', 'tel:000', '#what-is-it', 'https://example.org/guide']);
  });

  test('should refuse a link a PDF viewer could run or that leads nowhere, keeping its place', () => {
    const { diagnostics } = convert('Test [run](javascript:alert(1)) and [file](other.md).\n');
    expect(located(diagnostics)).toEqual(['5:6 error markdown/link', '5:37 error markdown/link']);
  });

  test('should make an image that stands alone in its paragraph a picture block', () => {
    const { blocks, diagnostics } = convert('![A test diagram](spine.png "Test title")\n');
    expect(diagnostics).toEqual([]);
    expect(shapes(blocks)).toEqual([{ type: 'image', path: '/content/images/spine.png', alt: 'A test diagram', title: 'Test title' }]);
  });

  test('should report an image that cannot be used, and any image where none are allowed', () => {
    expect(located(convert('![A test picture](photo.gif)\n').diagnostics)).toEqual(['5:1 error markdown/image']);
    expect(convert('![A test picture](spine.png)\n', { images: false }).diagnostics.map((d) => d.message)).toEqual(['images are not allowed here; describe it in words']);
  });
});

describe('toBlocks: what a handout cannot print', () => {
  test.each([
    ['raw HTML', 'Test.\n\n<div>test</div>\n', '7:1 error markdown/unsupported'],
    ['a footnote', 'Test.[^1]\n\n[^1]: A test note.\n', '7:1 error markdown/unsupported'],
    ['a question heading inside a list', '- ## A test question\n', '5:3 error markdown/unsupported'],
    ['an unknown leaf directive', '::video\n', '5:1 error markdown/unsupported'],
  ])('should report %s at its place', (_what, body, expected) => {
    expect(located(convert(body).diagnostics)).toContain(expected);
  });

  test('should drop an HTML comment without a word: it is a note for authors', () => {
    expect(convert('<!-- a test note for authors -->\n\nTest.\n')).toMatchObject({ diagnostics: [], blocks: [{ type: 'paragraph' }] });
  });
});
