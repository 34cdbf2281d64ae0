import { readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { hashParts, hashTree } from './hash.js';

/**
 * Hash of the press itself: its code and templates (brand files are hashed per handout),
 * and the exact dependency versions (fonts and react-pdf come from there).
 * @param root The press's folder.
 * @param templatesDir A templates folder other than the press's own, if one is used.
 * @returns Hex digest.
 */
export async function toolHash(root: string, templatesDir?: string): Promise<string> {
  const lock = await readFile(join(root, 'package-lock.json')).catch(() => new Uint8Array());
  // patches/ changes how react-pdf lays pages out, as much as the templates do.
  const code = await hashTree(root, ['src', 'templates/handout', 'patches']);
  return hashParts([code, lock, templatesDir ? relative(root, resolve(templatesDir)) : '']);
}
