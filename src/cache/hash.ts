import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareText } from '../diagnostics.js';

/**
 * SHA-256 of several parts, each length-prefixed so ("ab","c") and ("a","bc") differ.
 * @param parts Strings or bytes.
 * @returns Hex digest.
 */
export function hashParts(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.byteLength}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/**
 * Hash every file under some folders (path and content), in a stable order.
 * @param root The folder the others are relative to.
 * @param dirs Folders to include, relative to root.
 * @returns Hex digest.
 */
export async function hashTree(root: string, dirs: readonly string[]): Promise<string> {
  const parts: Array<string | Uint8Array> = [];
  for (const dir of dirs) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort(compareText);
    for (const file of files) parts.push(file.slice(root.length), await readFile(file));
  }
  return hashParts(parts);
}
