import { relative } from 'node:path';

/**
 * Path as shown to people: relative to the working directory when inside it.
 * @param path An absolute path.
 * @returns The path to print, with forward slashes.
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') || rel === '' ? path : rel.split('\\').join('/');
}
