import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The press's own folder (the one with its package.json), found from this module's place,
 * which differs between sources (`src/`) and the compiled build (`dist/src/`).
 * @returns An absolute path.
 */
export function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('packageRoot: no package.json above this module');
    dir = parent;
  }
  return dir;
}
