import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeContent, TEST_SURGEON } from '../helpers/library.js';
import { run } from '../helpers/run-cli.js';

const TITLE = 'Lumbar fusion: what to expect';
const TODAY = '2026-06-01';

async function scaffold(extra: string[] = []) {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON });
  const result = await run(['new', TITLE, '--content', content, '--today', TODAY, ...extra]);
  return { content, result, file: join(content, 'handouts', 'lumbar-fusion-what-to-expect.md') };
}

describe('handouts new', () => {
  test('should write the handout named after its title, dated today, next review a year on', async () => {
    const { result, file } = await scaffold();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('lumbar-fusion-what-to-expect.md');
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^---\ntitle: "Lumbar fusion: what to expect"\n/);
    expect(text).toContain('\nreviewed: 2026-06-01\nreview_due: 2027-06-01\n');
  });

  test('should build without errors, and lint should warn only about what is left to replace', async () => {
    const { content } = await scaffold(['--surgeon', 'test-surgeon']);
    const out = await mkdtemp(join(tmpdir(), 'handouts-new-'));
    const lint = await run(['lint', '--content', content, '--today', TODAY, '--strict']);
    const findings = lint.stdout.split('\n').filter((line) => / (error|warning) /.test(line));
    // The draft id, the introduction and the six answers; --strict makes them fail the check.
    expect(findings).toHaveLength(8);
    for (const finding of findings) expect(finding).toMatch(/ warning .* lint\/placeholder$/);
    expect(lint.code).toBe(1);
    const built = await run(['build', '--content', content, '--out', out, '--size', 'a4', '--quiet']);
    expect(built.stderr).not.toMatch(/ error /);
    expect(built.code).toBe(0);
  });

  test('should refuse to overwrite an existing handout', async () => {
    const { content, file } = await scaffold();
    const before = await readFile(file, 'utf8');
    const again = await run(['new', TITLE, '--content', content, '--today', '2026-07-01']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('lumbar-fusion-what-to-expect.md already exists; it was left as it is');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  test('should refuse an unknown surgeon, listing the known ones', async () => {
    const { result } = await scaffold(['--surgeon', 'dr-x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--surgeon "dr-x" is not a surgeon (known: test-surgeon)');
  });

  test('should ask for --slug when the title gives no file name', async () => {
    const content = await makeContent({});
    const { code, stderr } = await run(['new', '脊柱', '--content', content]);
    expect(code).toBe(2);
    expect(stderr).toContain('give one with --slug');
  });
});
