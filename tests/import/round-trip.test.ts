import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handoutToDocx } from '../helpers/handout-to-docx.js';
import { makeContent } from '../helpers/library.js';
import { run } from '../helpers/run-cli.js';
import { bodySentences, bodyTextOf, questionsOf } from './helpers.js';

const LIBRARY = join(import.meta.dirname, '../../content/handouts');
const handouts = (await readdir(LIBRARY)).filter((name) => name.endsWith('.md')).sort();

describe('round trip: each handout exported to Word and imported again', () => {
  test.each(handouts)('should keep every sentence and question of %s', async (name) => {
    const original = await readFile(join(LIBRARY, name), 'utf8');
    const folder = await mkdtemp(join(tmpdir(), 'handouts-roundtrip-'));
    const docx = join(folder, name.replace(/\.md$/, '.docx'));
    await writeFile(docx, await handoutToDocx(original));
    const content = await makeContent({ 'surgeons/.keep': '' });

    const result = await run(['import', docx, '--content', content, '--slug', name.replace(/\.md$/, ''), '--today', '2026-12-01']);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const imported = await readFile(join(content, 'handouts', name), 'utf8');
    expect(questionsOf(imported)).toEqual(questionsOf(original));
    const text = bodyTextOf(imported);
    const missing = bodySentences(original).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
  });
});
