import { describe, expect, test } from 'vitest';
import { parseStats } from './helpers.js';

// parseStats puts the directive after 3 lines of front matter, a blank line, a heading and a
// blank line, so it starts on line 7 of the file.
const LINE = 7;

describe('the :::stat handler', () => {
  test('should read value, people, timeframe, denominator and source', async () => {
    const { stats, diagnostics } = await parseStats(
      ':::stat{value="2.9%" people="patients" timeframe="after 10 years" denominator="1,000" source="Registry 2020"}\nCaption.\n:::',
    );
    expect(diagnostics).toEqual([]);
    expect(stats[0]).toMatchObject({
      value: { kind: 'percent', percent: 2.9, text: '2.9%' },
      people: 'patients',
      timeframe: 'after 10 years',
      denominator: 1000,
      source: 'Registry 2020',
    });
  });

  test('should default to "people", no time frame and no denominator', async () => {
    const { stats } = await parseStats(':::stat{value="28%"}\nCaption.\n:::');
    expect(stats[0]).toMatchObject({ people: null, timeframe: null, denominator: null, source: null });
  });

  test('should report a value in words at the directive', async () => {
    const { diagnostics } = await parseStats(':::stat{value="twelve"}\nCaption.\n:::');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ line: LINE, column: 1, ruleId: 'markdown/stat-value', message: expect.stringContaining('"twelve" is not a percentage') }),
    );
  });

  test('should report a value above 100% at the directive', async () => {
    const { diagnostics } = await parseStats(':::stat{value="140%"}\nCaption.\n:::');
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: LINE, ruleId: 'markdown/stat-value', message: expect.stringContaining('140% is more than 100%') }));
  });

  test('should report a denominator other than 100 or 1,000', async () => {
    const { diagnostics } = await parseStats(':::stat{value="28%" denominator="7"}\nCaption.\n:::');
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: LINE, ruleId: 'markdown/stat-attribute', message: expect.stringContaining('denominator "7"') }));
  });

  test('should report people given as a number', async () => {
    const { diagnostics } = await parseStats(':::stat{value="28%" people="28"}\nCaption.\n:::');
    expect(diagnostics).toContainEqual(expect.objectContaining({ line: LINE, ruleId: 'markdown/stat-attribute', message: expect.stringContaining('people="28"') }));
  });

  test('should report an overlong time frame', async () => {
    const { diagnostics } = await parseStats(`:::stat{value="28%" timeframe="${'over a very long time '.repeat(4)}"}\nCaption.\n:::`);
    expect(diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'markdown/stat-attribute', message: expect.stringContaining('timeframe') }));
  });

  test('should report an unknown attribute and list the known ones', async () => {
    const { diagnostics } = await parseStats(':::stat{value="28%" of="100"}\nCaption.\n:::');
    expect(diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: 'markdown/stat-attribute', message: expect.stringContaining('known: value, source, people, timeframe, denominator') }),
    );
  });
});
