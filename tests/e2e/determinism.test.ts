import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const run = promisify(execFile);
const SLUG = 'failed-back-surgery-syndrome';
const SIZES = ['a4', 'dl-trifold', 'a5-booklet'];

/** Build the FBSS leaflet in a separate process with the given environment. */
async function buildIn(env: Record<string, string>): Promise<Map<string, Buffer>> {
  const out = await mkdtemp(join(tmpdir(), 'handouts-determinism-'));
  await run(process.execPath, ['bin/handouts.js', 'build', SLUG, '--size', SIZES.join(','), '--out', out, '--quiet', '--jobs', '1'], {
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  const files = new Map<string, Buffer>();
  for (const size of SIZES) files.set(size, await readFile(join(out, SLUG, `${SLUG}-${size}.pdf`)));
  files.set('manifest', await readFile(join(out, 'manifest.json')));
  return files;
}

test('the same bytes whatever the time zone and locale (Kiritimati, Turkish dotless i)', async () => {
  const [utc, kiritimati] = await Promise.all([
    buildIn({ TZ: 'UTC', LANG: 'C', LC_ALL: 'C' }),
    buildIn({ TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' }),
  ]);
  for (const [name, bytes] of utc) expect(Buffer.compare(bytes, kiritimati.get(name)!), name).toBe(0);
}, 120_000);
