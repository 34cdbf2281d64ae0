import { execFile } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { handout, makeContent } from '../helpers/library.js';

// A build keeps the spell checker's answers in its cache (.handouts-cache.json), so the next
// build checks the words it has met without building the dictionary. What it reports must be
// what a build with no cache reports. Test data: a made-up word and two common misspellings.
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');

const spellingLines = (output: string) => output.split('\n').filter((line) => line.includes('lint/spelling'));

test('a rebuild with the cached spelling answers reports what a build without them reports', async () => {
  const content = await makeContent({ 'handouts/walk.md': handout('## When can I walk?\n\nPlease recieve the seperate leaflet before your blorpt.\n') });
  const out = join(content, 'out');
  const build = (outDir: string) => run(process.execPath, ['bin/handouts.js', 'build', '--content', content, '--out', outDir, '--size', 'a4', '--verbose'], { cwd: ROOT });

  await build(out);
  const cache = JSON.parse(await readFile(join(out, '.handouts-cache.json'), 'utf8')) as { spelling: Record<string, { correct: Record<string, boolean> }> };
  const [answers] = Object.values(cache.spelling);
  expect(answers?.correct).toMatchObject({ recieve: false, leaflet: true });

  await appendFile(join(content, 'handouts/walk.md'), '\nWalk a little every day, and aquire a seperate plan.\n');
  const cached = await build(out);
  const uncached = await build(join(content, 'fresh'));
  expect(spellingLines(cached.stdout + cached.stderr)).toEqual(spellingLines(uncached.stdout + uncached.stderr));
  expect(spellingLines(cached.stdout + cached.stderr).join('\n')).toContain('"aquire" is not in the dictionary');
}, 60_000);
