import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import { describe, expect, test } from 'vitest';
import { diagnostic, type Diagnostic } from '../../src/diagnostics.js';
import { blockquote } from '../../src/model/blocks/handlers/blockquote.js';
import { callout } from '../../src/model/blocks/handlers/callout.js';
import { code } from '../../src/model/blocks/handlers/code.js';
import { containerDirective } from '../../src/model/blocks/handlers/container-directive.js';
import { definition } from '../../src/model/blocks/handlers/definition.js';
import { footnoteDefinition } from '../../src/model/blocks/handlers/footnote-definition.js';
import { heading } from '../../src/model/blocks/handlers/heading.js';
import { html } from '../../src/model/blocks/handlers/html.js';
import { leafDirective } from '../../src/model/blocks/handlers/leaf-directive.js';
import { list } from '../../src/model/blocks/handlers/list.js';
import { paragraph } from '../../src/model/blocks/handlers/paragraph.js';
import { stat } from '../../src/model/blocks/handlers/stat.js';
import { MAX_TABLE_ROWS, table } from '../../src/model/blocks/handlers/table.js';
import { thematicBreak } from '../../src/model/blocks/handlers/thematic-break.js';
import { lineBreak } from '../../src/model/blocks/inline-handlers/break.js';
import { footnoteReference } from '../../src/model/blocks/inline-handlers/footnote-reference.js';
import { inlineHtml } from '../../src/model/blocks/inline-handlers/html.js';
import { image, imageReference } from '../../src/model/blocks/inline-handlers/image.js';
import { inlineCode } from '../../src/model/blocks/inline-handlers/inline-code.js';
import { link, linkReference } from '../../src/model/blocks/inline-handlers/link.js';
import { emphasis, strikethrough, strong } from '../../src/model/blocks/inline-handlers/styled.js';
import { text } from '../../src/model/blocks/inline-handlers/text.js';
import { textDirective } from '../../src/model/blocks/inline-handlers/text-directive.js';
import type { State } from '../../src/model/blocks/state.js';
import { collectDefinitions, createState } from '../../src/model/markdown-to-blocks.js';
import { parseMarkdown } from '../../src/model/parse-markdown.js';

const FILE = 'content/handouts/test.md';
/** The body starts on file line 11, as if ten lines of front matter came before it. */
const OFFSET = 10;

/** Parse a markdown body and give a state over it that collects diagnostics (images resolve under `images/`). */
function setUp(markdown: string): { nodes: RootContent[]; state: State; diagnostics: Diagnostic[] } {
  const tree = parseMarkdown(markdown);
  const diagnostics: Diagnostic[] = [];
  const state = createState({
    file: FILE,
    body: markdown,
    lineOffset: OFFSET,
    definitions: collectDefinitions(tree),
    report: (d) => diagnostics.push(d),
    resolveImage: (url, link, report) => {
      if (url.startsWith('images/')) return { path: `/abs/${url}` };
      report(diagnostic(link.file, link.place, `image "${url}" was not found`, link.ruleId));
      return null;
    },
  });
  return { nodes: tree.children, state, diagnostics };
}

/** The first block node of a snippet, of the type its handler takes. */
function first<T extends RootContent['type']>(markdown: string, type: T) {
  const { nodes, state, diagnostics } = setUp(markdown);
  const node = nodes.find((n): n is Extract<RootContent, { type: T }> => n.type === type);
  if (!node) throw new Error(`no ${type} in ${JSON.stringify(markdown)}`);
  return { node, state, diagnostics };
}

/** The first phrasing node of type `type` in a one-paragraph snippet. */
function firstInline<T extends PhrasingContent['type']>(markdown: string, type: T) {
  const { node: para, state, diagnostics } = first(markdown, 'paragraph');
  const node = (para as Paragraph).children.find((n): n is Extract<PhrasingContent, { type: T }> => n.type === type);
  if (!node) throw new Error(`no ${type} in ${JSON.stringify(markdown)}`);
  return { node, state, diagnostics };
}

const at = (line: number, column: number) => ({ file: FILE, line: line + OFFSET, column });

describe('block handlers', () => {
  test('paragraph should convert its inlines, with the file place', () => {
    const { node, state, diagnostics } = first('Hello *you*.', 'paragraph');
    expect(paragraph(node, state)).toEqual({
      type: 'paragraph',
      place: { line: 11, column: 1 },
      children: [{ type: 'text', value: 'Hello ' }, { type: 'emphasis', children: [{ type: 'text', value: 'you' }] }, { type: 'text', value: '.' }],
    });
    expect(diagnostics).toEqual([]);
  });

  test('paragraph holding only an image should become an image block', () => {
    const { node, state } = first('![A spine](images/spine.png "Side view")', 'paragraph');
    expect(paragraph(node, state)).toEqual({ type: 'image', place: { line: 11, column: 1 }, path: '/abs/images/spine.png', alt: 'A spine', title: 'Side view' });
  });

  test('paragraph image that cannot be resolved should be reported at the image', () => {
    const { node, state, diagnostics } = first('\n![x](gone.png)', 'paragraph');
    expect(paragraph(node, state)).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ ...at(2, 1), ruleId: 'markdown/image', message: 'image "gone.png" was not found' })]);
  });

  test('heading should keep levels 3 to 6 and refuse a nested question heading', () => {
    const h3 = first('### Risks', 'heading');
    expect(heading(h3.node, h3.state)).toMatchObject({ type: 'heading', depth: 3, children: [{ type: 'text', value: 'Risks' }] });
    const h2 = first('## Nested?', 'heading');
    expect(heading(h2.node, h2.state)).toBeNull();
    expect(h2.diagnostics).toEqual([expect.objectContaining({ ...at(1, 1), ruleId: 'markdown/unsupported' })]);
  });

  test('list should convert items, their check state and start number', () => {
    const { node, state } = first('3. [x] done\n4. next', 'list');
    expect(list(node, state)).toMatchObject({
      type: 'list',
      ordered: true,
      start: 3,
      items: [
        { place: { line: 11, column: 1 }, checked: true, children: [{ type: 'paragraph', children: [{ type: 'text', value: 'done' }] }] },
        { place: { line: 12, column: 1 }, checked: null },
      ],
    });
  });

  test('table should split the header and report a ragged row at its first extra cell', () => {
    const { node, state, diagnostics } = first('| a | b |\n|:--|--:|\n| 1 | 2 | 3 |', 'table');
    expect(table(node, state)).toMatchObject({ type: 'table', align: ['left', 'right'], header: { cells: [[{ value: 'a' }], [{ value: 'b' }]] }, rows: [{ place: { line: 13 } }] });
    expect(diagnostics).toEqual([expect.objectContaining({ ...at(3, 9), ruleId: 'markdown/table-shape' })]);
  });

  test('table over the row limit should be refused', () => {
    const { node, state, diagnostics } = first(`| h |\n|---|\n${'| r |\n'.repeat(MAX_TABLE_ROWS)}`, 'table');
    expect(table(node, state)).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ ...at(1, 1), ruleId: 'markdown/limit' })]);
  });

  test('blockquote should become a quote holding blocks', () => {
    const { node, state } = first('> Said.', 'blockquote');
    expect(blockquote(node, state)).toMatchObject({ type: 'quote', children: [{ type: 'paragraph' }] });
  });

  test('code and thematic break should keep what they are', () => {
    const c = first('```\nx = 1\n```', 'code');
    expect(code(c.node, c.state)).toEqual({ type: 'code', place: { line: 11, column: 1 }, value: 'x = 1' });
    const r = first('---', 'thematicBreak');
    expect(thematicBreak(r.node, r.state)).toEqual({ type: 'rule', place: { line: 11, column: 1 } });
  });

  test('definition should print nothing and report nothing', () => {
    const { node, state, diagnostics } = first('[r]: https://example.org', 'definition');
    expect(definition(node, state)).toBeNull();
    expect(diagnostics).toEqual([]);
  });

  test('html should drop a comment quietly and report other HTML', () => {
    const comment = first('<!-- note -->', 'html');
    expect(html(comment.node, comment.state)).toBeNull();
    expect(comment.diagnostics).toEqual([]);
    const div = first('<div>x</div>', 'html');
    expect(html(div.node, div.state)).toBeNull();
    expect(div.diagnostics).toEqual([expect.objectContaining({ ...at(1, 1), ruleId: 'markdown/unsupported' })]);
  });

  test('footnote definition and leaf directive should be reported', () => {
    const foot = first('[^1]: note', 'footnoteDefinition');
    expect(footnoteDefinition(foot.node, foot.state)).toBeNull();
    expect(foot.diagnostics[0]).toMatchObject({ ruleId: 'markdown/unsupported', message: expect.stringContaining('footnotes') });
    const leaf = first('::video', 'leafDirective');
    expect(leafDirective(leaf.node, leaf.state)).toBeNull();
    expect(leaf.diagnostics[0]).toMatchObject({ ruleId: 'markdown/unsupported', message: expect.stringContaining('`::video` is not a known directive (known: :::stat, :::warning, :::note)') });
  });

  test('container directive should hand a known box to its handler and report an unknown or unclosed one', () => {
    const note = first(':::note[Tip]\nText.\n:::', 'containerDirective');
    expect(containerDirective(note.node, note.state)).toMatchObject({ type: 'callout', kind: 'note', title: [{ value: 'Tip' }], children: [{ type: 'paragraph' }] });
    expect(note.diagnostics).toEqual([]);
    const unknown = first(':::aside\nText.\n:::', 'containerDirective');
    expect(containerDirective(unknown.node, unknown.state)).toBeNull();
    expect(unknown.diagnostics).toEqual([expect.objectContaining({ ruleId: 'markdown/unknown-directive' })]);
    const open = first(':::warning\nText.', 'containerDirective');
    expect(containerDirective(open.node, open.state)).toMatchObject({ type: 'callout', kind: 'warning', title: null });
    expect(open.diagnostics).toEqual([expect.objectContaining({ ...at(1, 1), ruleId: 'markdown/unclosed-directive' })]);
  });

  test('callout should take its kind from the directive name', () => {
    const { node, state } = first(':::warning\nCareful.\n:::', 'containerDirective');
    expect(callout(node, { place: { line: 1, column: 1 }, label: null, children: node.children }, state)).toMatchObject({ type: 'callout', kind: 'warning', title: null });
  });

  test('stat should parse the value and report a missing caption', () => {
    const { node, state, diagnostics } = first(':::stat{value="28%" people="patients"}\n:::', 'containerDirective');
    expect(stat(node, { place: { line: 11, column: 1 }, label: null, children: [] }, state)).toMatchObject({ type: 'stat', value: { kind: 'percent', percent: 28 }, people: 'patients', caption: [] });
    expect(diagnostics).toEqual([expect.objectContaining({ ...at(1, 1), ruleId: 'markdown/stat-caption' })]);
  });

  test('an unknown block node type should be reported, and nesting past the limit refused', () => {
    const { state, diagnostics } = setUp('');
    expect(state.one({ type: 'yaml', value: 'x' } as RootContent)).toBeNull();
    expect(diagnostics[0]).toMatchObject({ ruleId: 'markdown/unsupported', message: 'yaml is not supported in handouts' });
    const deep = setUp('>>>>>>>>> deep');
    expect(deep.state.all(deep.nodes)).toEqual([]);
    expect(deep.diagnostics).toEqual([expect.objectContaining({ ...at(1, 1), ruleId: 'markdown/limit' })]);
  });
});

describe('inline handlers', () => {
  test('text should turn a line break in a paragraph into a space', () => {
    const { node, state } = firstInline('one\n  two', 'text');
    expect(text(node, state)).toEqual({ type: 'text', value: 'one two' });
  });

  test('strong, emphasis and strikethrough should wrap their children', () => {
    const s = firstInline('**b**', 'strong');
    expect(strong(s.node, s.state)).toEqual({ type: 'strong', children: [{ type: 'text', value: 'b' }] });
    const e = firstInline('*i*', 'emphasis');
    expect(emphasis(e.node, e.state)).toEqual({ type: 'emphasis', children: [{ type: 'text', value: 'i' }] });
    const d = firstInline('~~d~~', 'delete');
    expect(strikethrough(d.node, d.state)).toEqual({ type: 'delete', children: [{ type: 'text', value: 'd' }] });
  });

  test('inline code and break should keep what they are', () => {
    const c = firstInline('`x`', 'inlineCode');
    expect(inlineCode(c.node, c.state)).toEqual({ type: 'code', value: 'x' });
    const b = firstInline('a  \nb', 'break');
    expect(lineBreak(b.node, b.state)).toEqual({ type: 'break' });
  });

  test('link should keep a web address and report a script one at the link', () => {
    const ok = firstInline('[site](https://example.org)', 'link');
    expect(link(ok.node, ok.state)).toEqual({ type: 'link', url: 'https://example.org', children: [{ type: 'text', value: 'site' }] });
    const bad = firstInline('See [x](javascript:alert(1)).', 'link');
    expect(link(bad.node, bad.state)).toBeNull();
    expect(bad.diagnostics).toEqual([expect.objectContaining({ ...at(1, 5), ruleId: 'markdown/link' })]);
  });

  test('link reference should follow its definition, or stay the text as written', () => {
    const found = firstInline('[site][r]\n\n[r]: https://example.org', 'linkReference');
    expect(linkReference(found.node, found.state)).toMatchObject({ type: 'link', url: 'https://example.org' });
    // The parser makes a reference only when a definition exists; one without (a surgeon bio's
    // definitions are its own) stays the text as written.
    const missing = firstInline('[site][r]\n\n[r]: https://example.org', 'linkReference');
    expect(linkReference(missing.node, { ...missing.state, definitions: new Map() })).toEqual({ type: 'text', value: '[site][r]' });
  });

  test('text directive should be put back as its source text', () => {
    const { node, state } = firstInline('At 7:00 sharp', 'textDirective');
    expect(textDirective(node, state)).toEqual({ type: 'text', value: ':00' });
  });

  test('inline HTML, images in a sentence and footnote marks should be reported', () => {
    const h = firstInline('a <b>x</b>', 'html');
    expect(inlineHtml(h.node, h.state)).toBeNull();
    expect(h.diagnostics[0]).toMatchObject({ ...at(1, 3), ruleId: 'markdown/unsupported' });
    const comment = firstInline('a <!-- c -->', 'html');
    expect(inlineHtml(comment.node, comment.state)).toBeNull();
    expect(comment.diagnostics).toEqual([]);
    const i = firstInline('see ![x](images/a.png)', 'image');
    expect(image(i.node, i.state)).toBeNull();
    expect(i.diagnostics[0]).toMatchObject({ ruleId: 'markdown/unsupported', message: expect.stringContaining('line of its own') });
    const ir = firstInline('see ![x][r]\n\n[r]: images/a.png', 'imageReference');
    expect(imageReference(ir.node, ir.state)).toBeNull();
    expect(ir.diagnostics).toHaveLength(1);
    const f = firstInline('see[^1]\n\n[^1]: n', 'footnoteReference');
    expect(footnoteReference(f.node, f.state)).toBeNull();
    expect(f.diagnostics[0]).toMatchObject({ ...at(1, 4), ruleId: 'markdown/unsupported' });
  });
});
