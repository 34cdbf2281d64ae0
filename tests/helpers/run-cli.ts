import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { makeContent, TEST_SURGEON } from './library.js';

/**
 * Run the CLI in-process and capture what it prints.
 * @param args Arguments after `handouts`.
 * @returns Exit code, stdout and stderr.
 */
export async function run(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

/**
 * Every file under a folder, relative, sorted.
 * @param dir The folder.
 * @returns Relative paths.
 */
export async function filesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

/**
 * `handouts build` on a throwaway content folder (with a test surgeon) into a fresh output folder.
 * @param files Content files (relative path → text or bytes).
 * @param extra More arguments.
 * @returns Exit code, output, and the folders.
 */
export async function buildOne(files: Record<string, string | Uint8Array>, extra: string[] = []) {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON, ...files });
  const out = await mkdtemp(join(tmpdir(), 'handouts-out-'));
  const result = await run(['build', '--content', content, '--out', out, '--jobs', '1', ...extra]);
  return { ...result, content, out };
}
