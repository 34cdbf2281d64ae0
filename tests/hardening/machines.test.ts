import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';
import { filesIn } from '../helpers/run-cli.js';

/**
 * "The same bytes on two different machines": the same content, checked out in different
 * folders, built by different users with different homes, time zones, locales and clocks
 * (one run after the other), gives the same PDFs, manifest and gallery. The build cache is
 * left out: it is local to one machine and records absolute paths.
 */

const BIN = resolve('bin/handouts.js');

const BODY = [
  'Intro with a [link](https://example.org/clinic), **bold** and *italic* text.',
  '',
  '## Which exercises help?',
  '',
  '| Exercise | How often |',
  '| --- | --- |',
  '| Walking | Every day |',
  '',
  '- Outer item',
  '  - Inner item: TITLE, title, dotless ı',
  '',
  ':::stat{value="28%" source="A made-up source for tests"}',
  'About a quarter of test readers.',
  ':::',
  '',
  ':::note',
  'Bring your scans.',
  ':::',
  '',
].join('\n');

/** Copy the library into a fresh folder and build it there, as another machine would. */
async function buildOn(machine: { user: string; env: Record<string, string> }): Promise<Map<string, Buffer>> {
  const root = await makeContent({
    'content/handouts/exercise.md': handout(BODY, 'surgeon: test-surgeon\nreviewed: 2026-03-05\n').replace('sizes: [a4]', 'sizes: [a4, a5-booklet]'),
    'content/surgeons/test-surgeon.md': TEST_SURGEON,
  });
  const home = await mkdtemp(join(tmpdir(), `handouts-home-${machine.user}-`));
  await mkdir(join(home, '.config'), { recursive: true });
  await promisify(execFile)(process.execPath, [BIN, 'build', '--content', 'content', '--out', 'output', '--jobs', '1', '--quiet'], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', HOME: home, USER: machine.user, LOGNAME: machine.user, ...machine.env },
  });
  const files = new Map<string, Buffer>();
  for (const file of await filesIn(join(root, 'output'))) {
    if (file !== '.handouts-cache.json') files.set(file, await readFile(join(root, 'output', file)));
  }
  return files;
}

test('two machines (other folders, users, homes, time zones, locales and times) build the same bytes', async () => {
  const first = await buildOn({ user: 'alice', env: { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' } });
  const second = await buildOn({ user: 'bob', env: { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' } });
  expect([...second.keys()]).toEqual([...first.keys()]);
  expect([...first.keys()].filter((file) => file.endsWith('.pdf'))).toHaveLength(3);
  for (const [file, bytes] of first) expect(Buffer.compare(bytes, second.get(file)!), file).toBe(0);
}, 120_000);
