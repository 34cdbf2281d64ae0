import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Write a file under the first free name, never replacing an existing file: a consult
 * edition made earlier for another patient may be attached to an email right now. The
 * bytes go to a temporary file, which is then hard-linked to the name (link fails when
 * the name exists, so two runs at once cannot take the same one) and removed.
 * @param dir The folder.
 * @param nameFor The file name for attempt n (1, 2, …).
 * @param data The bytes.
 * @returns The file name used and its attempt number.
 */
export async function writeNewFile(dir: string, nameFor: (n: number) => string, data: Uint8Array): Promise<{ name: string; n: number }> {
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.consult.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  await writeFile(temp, data);
  try {
    for (let n = 1; n < 1000; n += 1) {
      const name = nameFor(n);
      try {
        await link(temp, join(dir, name));
        return { name, n };
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue;
        // Some file systems (FAT, some network shares) have no hard links: create exclusively instead.
        if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
        try {
          await writeFile(join(dir, name), data, { flag: 'wx' });
          return { name, n };
        } catch (inner) {
          if ((inner as NodeJS.ErrnoException).code !== 'EEXIST') throw inner;
        }
      }
    }
    throw new Error(`writeNewFile: no free name in ${dir} after 999 tries`);
  } finally {
    await rm(temp, { force: true });
  }
}
