import { describe, expect, test } from 'vitest';
import { checkAnchors } from '../../src/model/check-anchors.js';
import { collectDefinitions } from '../../src/model/markdown-to-blocks.js';
import { parseMarkdown } from '../../src/model/parse-markdown.js';

/** `[text](#anchor)` links must name a question of the same handout. */

const SECTIONS = [{ id: 'what-is-it' }, { id: 'whats-next' }];
const WHERE = { file: 'content/handouts/test.md', lineOffset: 4 };

function check(body: string, sections = SECTIONS) {
  const tree = parseMarkdown(body);
  return checkAnchors(tree, sections, { ...WHERE, definitions: collectDefinitions(tree) });
}

describe('checkAnchors', () => {
  test('should accept a link to a question of the handout', () => {
    expect(check('See [the test answer](#whats-next).\n')).toEqual([]);
  });

  test('should report a link to a missing question at its place, listing the known anchors', () => {
    expect(check('Test line.\n\nSee [the test answer](#what-next) now.\n')).toEqual([
      {
        file: 'content/handouts/test.md',
        line: 7,
        column: 5,
        endLine: 7,
        endColumn: 34,
        severity: 'error',
        ruleId: 'markdown/link-anchor',
        message:
          'link "#what-next" jumps to no question of this handout, so it would lead nowhere in the PDF or on the web page; did you mean "#whats-next"? Its questions\' anchors: #what-is-it, #whats-next. Link to a question, or write the full address of another page',
      },
    ]);
  });

  test('should guess no question when none is close to the anchor', () => {
    expect(check('[test](#pain-relief)\n')[0]?.message).not.toContain('did you mean');
  });

  test('should check links inside lists, boxes and reference definitions', () => {
    const problems = check('- [a test item](#nowhere)\n\n:::note\n[test box][ref]\n:::\n\n[ref]: #elsewhere\n');
    expect(problems.map((d) => [d.line, d.message.slice(0, 17)])).toEqual([
      [5, 'link "#nowhere" j'],
      [8, 'link "#elsewhere"'],
    ]);
  });

  test('should say when the handout has no questions to link to', () => {
    expect(check('[test](#what-is-it)\n', [])[0]?.message).toContain('This handout has no questions (`##` headings) to link to');
  });

  test('should leave web, email and phone links alone', () => {
    expect(check('[a](https://example.org/#x) [b](mailto:test@example.org) [c](tel:000)\n')).toEqual([]);
  });
});
