import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { makeContent } from '../helpers/library.js';
import { run } from '../helpers/run-cli.js';

// Manifests written by hand: merging reads only JSON, so no PDF needs to be built here.
const entry = (slug: string) => ({ slug, title: `Test ${slug}`, source: `content/handouts/${slug}.md`, outputs: [{ size: 'a4', file: `${slug}/${slug}-a4.pdf`, pages: 1, bytes: 10, sha256: 'ab' }] });
const manifest = (...slugs: string[]) => `${JSON.stringify({ handouts: slugs.map(entry) })}\n`;

describe('merge-manifests', () => {
  test('joins the shards into the --out folder', async () => {
    const dir = await makeContent({ 'a/manifest.json': manifest('alpha'), 'b/manifest.json': manifest('beta') });
    const result = await run(['merge-manifests', join(dir, 'a/manifest.json'), join(dir, 'b/manifest.json'), '--out', join(dir, 'merged')]);
    expect(result.code).toBe(0);
    const merged = JSON.parse(await readFile(join(dir, 'merged/manifest.json'), 'utf8')) as { handouts: Array<{ slug: string }> };
    expect(merged.handouts.map((h) => h.slug)).toEqual(['alpha', 'beta']);
  });

  test('a missing shard manifest is an error naming it, and nothing is written', async () => {
    const dir = await makeContent({ 'a/manifest.json': manifest('alpha') });
    const missing = join(dir, 'b/manifest.json');
    const result = await run(['merge-manifests', join(dir, 'a/manifest.json'), missing, '--out', join(dir, 'merged')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${missing}:1:1 error there is no such file`);
    expect(result.stderr).toContain('no manifest was written');
    await expect(readFile(join(dir, 'merged/manifest.json'))).rejects.toThrow();
  });

  test('a glob that matched nothing (passed on by the shell as written) is an error', async () => {
    const dir = await makeContent({});
    const pattern = join(dir, 'shards/*/manifest.json');
    const result = await run(['merge-manifests', pattern, '--out', join(dir, 'merged')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${pattern}:1:1 error no file matches this pattern`);
  });

  test('a file of invalid JSON is an error at its line and column; a JSON file that is no manifest too', async () => {
    const dir = await makeContent({ 'a/manifest.json': '{\n  "handouts": [\n' , 'b/manifest.json': '{"pages": 3}\n', 'c/manifest.json': manifest('gamma') });
    const result = await run(['merge-manifests', join(dir, 'a/manifest.json'), join(dir, 'b/manifest.json'), join(dir, 'c/manifest.json'), '--out', join(dir, 'merged')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`${join(dir, 'a/manifest.json')}:3:1 error is not valid JSON`));
    expect(result.stderr).toContain(`${join(dir, 'b/manifest.json')}:1:1 error is not a handouts manifest`);
    await expect(readFile(join(dir, 'merged/manifest.json'))).rejects.toThrow();
  });

  test('without --out it is a usage error, and the library manifest in output/ is left alone', async () => {
    const dir = await makeContent({ 'a/manifest.json': manifest('alpha'), 'output/manifest.json': manifest('alpha', 'beta', 'gamma') });
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const result = await run(['merge-manifests', 'a/manifest.json']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('merge-manifests needs --out DIR');
      expect(await readFile(join(dir, 'output/manifest.json'), 'utf8')).toBe(manifest('alpha', 'beta', 'gamma'));
    } finally {
      process.chdir(cwd);
    }
  });

  test('a shard that built no handouts (an empty manifest) is fine', async () => {
    const dir = await makeContent({ 'a/manifest.json': manifest('alpha'), 'b/manifest.json': manifest() });
    await mkdir(join(dir, 'merged'));
    await writeFile(join(dir, 'merged/keep.txt'), '');
    const result = await run(['merge-manifests', join(dir, 'a/manifest.json'), join(dir, 'b/manifest.json'), '--out', join(dir, 'merged')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('1 handouts from 2 manifests');
  });
});
