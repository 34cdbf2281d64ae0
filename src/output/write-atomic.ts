import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/**
 * Write a file so that readers only ever see the old or the new whole file: write a
 * temporary file in the same folder, then rename it over the target (atomic on POSIX).
 * @param path Target path.
 * @param data The bytes or text.
 * @throws WriteError naming the file and the reason (a full disk, a folder that is a file).
 */
export async function writeAtomic(path: string, data: Uint8Array | string): Promise<void> {
  const dir = dirname(path);
  // The temporary name only has to be unique; it never reaches the output.
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WriteError(path, error);
  }
}

/** A file could not be written; the message says which and why, without a stack of fs internals. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const code = (cause as { code?: string } | null)?.code;
    const reason = code ? (WRITE_REASONS[code] ?? code) : String(cause);
    super(`cannot write ${path}: ${reason}`, { cause });
    this.name = 'WriteError';
  }
}

const WRITE_REASONS: Record<string, string> = {
  ENOTDIR: 'a file stands where a folder should be',
  // mkdir -p answers EEXIST when the folder to make is already a file.
  EEXIST: 'a file stands where a folder should be',
  EISDIR: 'a folder stands where the file should be',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the disk is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
};
