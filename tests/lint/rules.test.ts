import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LINT_RULES } from '../../src/lint/index.js';
import { lintFile } from './helpers.js';

/**
 * One folder per rule (`tests/lint/<name>/` for `lint/<name>`): every `ok*.md` must give no
 * diagnostic of that rule, and every `not-ok*.md` exactly the `line:col message` lines of the
 * `.txt` file beside it (remark-lint's fixture style).
 */

const ROOT = 'tests/lint';
const folders = readdirSync(join(import.meta.dirname), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function fixtures(folder: string, prefix: 'ok' | 'not-ok'): string[] {
  return readdirSync(join(import.meta.dirname, folder))
    .filter((name) => name.endsWith('.md') && (name === `${prefix}.md` || name.startsWith(`${prefix}-`)))
    .sort();
}

function found(path: string, ruleId: string): string[] {
  return lintFile(path)
    .diagnostics.filter((d) => d.ruleId === ruleId)
    .map((d) => `${d.line}:${d.column} ${d.message}`);
}

test('should have a fixture folder for every rule', () => {
  expect(folders).toEqual(LINT_RULES.map((rule) => rule.id.replace(/^lint\//, '')).sort());
});

describe.each(folders)('lint/%s', (folder) => {
  const ruleId = `lint/${folder}`;

  test('should have ok and not-ok fixtures', () => {
    expect(fixtures(folder, 'ok').length).toBeGreaterThan(0);
    expect(fixtures(folder, 'not-ok').length).toBeGreaterThan(0);
  });

  test.each(fixtures(folder, 'ok'))('should stay quiet on %s', (name) => {
    expect(found(`${ROOT}/${folder}/${name}`, ruleId)).toEqual([]);
  });

  test.each(fixtures(folder, 'not-ok'))('should report exactly the expected lines on %s', (name) => {
    const expected = readFileSync(join(import.meta.dirname, folder, name.replace(/\.md$/, '.txt')), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    expect(found(`${ROOT}/${folder}/${name}`, ruleId)).toEqual(expected);
  });
});
