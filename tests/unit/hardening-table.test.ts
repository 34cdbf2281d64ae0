import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * The README's "Bad input and faults" table promises that each row is a test: every row must
 * name at least one test file, and every file it names must exist.
 */
test('every row of the bad input and faults table names test files that exist', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Bad input and faults'), readme.indexOf('**Fuzzing.**'));
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| input or fault') && !line.startsWith('| ---'));
  expect(rows.length).toBeGreaterThan(40);
  for (const row of rows) {
    const testColumn = row.split(' | ').at(-1) ?? '';
    const files = [...testColumn.matchAll(/`([\w/-]+\.test\.ts)`/g)].map((match) => match[1] as string);
    expect(files, row).not.toEqual([]);
    for (const file of files) expect(existsSync(join('tests', file)), `${file} (${row.slice(0, 60)}…)`).toBe(true);
  }
});
