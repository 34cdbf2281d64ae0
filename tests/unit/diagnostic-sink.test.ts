import { expect, test } from 'vitest';
import { diagnostic, DiagnosticSink } from '../../src/diagnostics.js';

test('a sink gives every problem once, sorted by file and place, however often it was reported', () => {
  const sink = new DiagnosticSink();
  // The same surgeon file checked for two handouts reports its problem twice.
  const bio = diagnostic('content/surgeons/test.md', { line: 4, column: 2 }, 'a test problem', 'font/missing-glyph');
  sink.report(diagnostic('content/handouts/b.md', { line: 1, column: 1 }, 'another test problem', 'schema/required'));
  sink.report(bio);
  sink.report({ ...bio });
  expect(sink.sorted().map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId}`)).toEqual([
    'content/handouts/b.md:1:1 schema/required',
    'content/surgeons/test.md:4:2 font/missing-glyph',
  ]);
  expect(sink.hasErrors('content/surgeons/test.md')).toBe(true);
  expect(sink.hasErrors('content/handouts/a.md')).toBe(false);
});
