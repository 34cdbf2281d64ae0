import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

// The `handouts` command runs from dist/bundle/ with V8 code caches (scripts/bundle.mjs,
// bin/code-cache.js); the compiled modules in dist/src/ are what the bundle is made from.
const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '../..');
const SLUG = 'failed-back-surgery-syndrome';
const SIZES = 'a4,dl-trifold,a5-booklet,web';

async function filesIn(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)));
  }
  return files;
}

describe('the bundled command', () => {
  test('writes the same files as the compiled modules, and every bundle file it loads starts from its code cache', async () => {
    const [bundledOut, modulesOut] = await Promise.all([mkdtemp(join(tmpdir(), 'handouts-bundled-')), mkdtemp(join(tmpdir(), 'handouts-modules-'))]);
    const args = ['build', SLUG, '--size', SIZES, '--jobs', '1', '--quiet'];
    const modules = `process.env.NODE_ENV ??= 'production';
      const { main } = await import(${JSON.stringify(join(ROOT, 'dist/src/cli/main.js'))});
      process.exitCode = await main(process.argv.slice(1), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) });`;
    const [bundled] = await Promise.all([
      run(process.execPath, ['bin/handouts.js', ...args, '--out', bundledOut], { cwd: ROOT, env: { ...process.env, HANDOUTS_REPORT_CODE_CACHE: '1' } }),
      run(process.execPath, ['--input-type=module', '-e', modules, ...args, '--out', modulesOut], { cwd: ROOT }),
    ]);

    // The render worker's own entry is a dozen lines that load the rest; the warm-up that makes
    // the caches renders in the main thread, so that entry alone has none (and needs none).
    const loaded = bundled.stderr.split('\n').filter((line) => line.startsWith('code cache: ') && !line.startsWith('code cache: render-worker.cjs '));
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((line) => !line.endsWith(' used'))).toEqual([]);

    const [fromBundle, fromModules] = await Promise.all([filesIn(bundledOut), filesIn(modulesOut)]);
    expect([...fromBundle.keys()].sort()).toEqual([...fromModules.keys()].sort());
    expect([...fromBundle.keys()].filter((name) => name.endsWith('.pdf')).length).toBeGreaterThanOrEqual(3);
    for (const [name, bytes] of fromBundle) {
      // The build cache records the tool's hash, the same for both; compared like the rest.
      expect(Buffer.compare(bytes, fromModules.get(name)!), name).toBe(0);
    }
  }, 120_000);

  test('is used only when it is newer than the compiled modules (tsc run alone leaves it stale)', async () => {
    const press = await mkdtemp(join(tmpdir(), 'handouts-bundle-choice-'));
    await mkdir(join(press, 'bin'));
    await mkdir(join(press, 'dist/bundle'), { recursive: true });
    await mkdir(join(press, 'dist/src/cli'), { recursive: true });
    await writeFile(join(press, 'package.json'), '{ "type": "module" }');
    for (const file of ['handouts.js', 'code-cache.js']) await copyFile(join(ROOT, 'bin', file), join(press, 'bin', file));
    const bundle = join(press, 'dist/bundle/handouts.cjs');
    const modules = join(press, 'dist/src/cli/main.js');
    await writeFile(bundle, `exports.main = async (argv, io) => { io.stdout('bundle ' + argv.join(' ')); return 0; };`);
    await writeFile(modules, `export async function main(argv, io) { io.stdout('modules ' + argv.join(' ')); return 0; }`);
    const said = async () => (await run(process.execPath, [join(press, 'bin/handouts.js'), 'check'])).stdout;

    await utimes(modules, 1_000, 1_000);
    await utimes(bundle, 2_000, 2_000);
    expect(await said()).toBe('bundle check');
    await utimes(modules, 3_000, 3_000);
    expect(await said()).toBe('modules check');
  });
});
