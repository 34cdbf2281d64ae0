import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { workerScript } from '../../src/batch/worker-script.js';

let root: string;

/** Write a file with a given modification time (seconds since the epoch). */
async function fileAt(path: string, seconds: number): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '');
  await utimes(path, seconds, seconds);
}

// A press in miniature: sources compiled at t=2000.
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'worker-script-'));
  await fileAt(join(root, 'src/batch/render-worker.ts'), 1000);
  await fileAt(join(root, 'src/render/render-size.ts'), 1000);
  await fileAt(join(root, 'src/types.d.ts'), 3000);
  await fileAt(join(root, 'templates/handout/index.tsx'), 1000);
  await fileAt(join(root, 'dist/src/batch/render-worker.js'), 2000);
  await fileAt(join(root, 'dist/src/render/render-size.js'), 2000);
  await fileAt(join(root, 'dist/templates/handout/index.js'), 2000);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('workerScript', () => {
  test('should use the compiled worker when dist/ is up to date with the sources', () => {
    expect(workerScript({ root, fromSource: true })).toBe(join(root, 'dist/src/batch/render-worker.js'));
  });

  test('should refuse, saying how to fix it, when a source changed after compiling', async () => {
    await utimes(join(root, 'src/render/render-size.ts'), 3000, 3000);
    expect(() => workerScript({ root, fromSource: true })).toThrow(/older than src\/render\/render-size\.ts.*npx tsc -p \./);
  });

  test('should refuse when a template changed after compiling', async () => {
    await utimes(join(root, 'templates/handout/index.tsx'), 3000, 3000);
    expect(() => workerScript({ root, fromSource: true })).toThrow(/templates\/handout\/index\.tsx/);
  });

  test('should refuse when a new source was never compiled', async () => {
    await fileAt(join(root, 'src/render/new-step.ts'), 1000);
    expect(() => workerScript({ root, fromSource: true })).toThrow(/src\/render\/new-step\.ts/);
  });

  test('should not compare when the press runs compiled (dist/ is then the code itself)', async () => {
    await utimes(join(root, 'src/render/render-size.ts'), 3000, 3000);
    expect(workerScript({ root, fromSource: false })).toBe(join(root, 'dist/src/batch/render-worker.js'));
  });

  test('should render in the calling thread when nothing is compiled', async () => {
    await rm(join(root, 'dist'), { recursive: true });
    expect(workerScript({ root, fromSource: true })).toBeNull();
  });
});
