import { readdir } from 'node:fs/promises';
import { compareText } from '../diagnostics.js';

/**
 * Sorted file names in a folder that match; none when the folder does not exist.
 * @param dir The folder.
 * @param keep Which names to keep.
 * @returns File names, sorted by code point (the same order under every locale).
 */
export async function listFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile() && keep(e.name)).map((e) => e.name).sort(compareText);
}
