import { existsSync, openSync, readSync, closeSync, realpathSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { diagnostic } from '../diagnostics.js';
import type { ImageResolver } from '../model/image-resolver.js';
import { displayPath } from './display-path.js';


const SIGNATURES: Array<{ kind: string; bytes: number[] }> = [
  { kind: 'PNG', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'JPEG', bytes: [0xff, 0xd8, 0xff] },
];

/**
 * Resolve image links of one file. The press is offline and reads nothing outside the
 * content folder: network and data URLs, absolute paths and `../` escapes are refused.
 * @param contentDir The content folder (or, for a brand's logo, the templates folder).
 * @param fileDir The folder of the markdown file (relative links start there).
 * @param folderName What messages call `contentDir`.
 * @returns The resolver.
 */
export function imageResolver(contentDir: string, fileDir: string, folderName = 'content folder'): ImageResolver {
  const root = realpathSync(contentDir);
  return (url, link, report) => {
    const refuse = (reason: string): null => {
      report(diagnostic(link.file, link.place, link.key ? `${link.key}: ${reason}` : reason, link.ruleId));
      return null;
    };
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      return refuse(`image "${short(url)}" is on the network or inline; the press never fetches anything, so save the image into the ${folderName} and link it by its path`);
    }
    let decoded: string;
    try {
      decoded = decodeURI(url);
    } catch {
      return refuse(`image "${short(url)}" is not a valid path`);
    }
    if (decoded.includes('\0')) return refuse('image path contains a NUL character');
    if (isAbsolute(decoded)) return refuse(`image "${short(url)}" is an absolute path; link it relative to its file, inside the ${folderName}`);
    const path = resolve(fileDir, decoded);
    if (!existsSync(path)) return refuse(notFound(url, path, fileDir, contentDir));
    const real = realpathSync(path);
    if (!real.startsWith(root + sep)) return refuse(`image "${short(url)}" is outside the ${folderName}; the press reads nothing outside it`);
    const ext = extname(real).toLowerCase();
    if (!['.png', '.jpg', '.jpeg'].includes(ext)) return refuse(`image "${short(url)}" is not a PNG or JPEG file, the kinds a PDF can print`);
    if (!hasSignature(real)) return refuse(`image "${short(url)}" is named ${ext} but is not a PNG or JPEG image`);
    return { path: real };
  };
}

/** The folder the README asks images to be kept in. */
const IMAGES_FOLDER = 'images';

/**
 * A missing image: where the press looked, why there (paths are relative to the linking file),
 * and the path to write when a file of that name is in the content folder's images/.
 */
function notFound(url: string, path: string, fileDir: string, contentDir: string): string {
  const looked = `image "${short(url)}" is not at ${displayPath(path)}: an image path is relative to the folder of the file that links it (${displayPath(fileDir)}/)`;
  const inImages = join(contentDir, IMAGES_FOLDER, basename(path));
  if (existsSync(inImages)) return `${looked}; the file in ${displayPath(join(contentDir, IMAGES_FOLDER))}/ is linked as "${relative(fileDir, inImages).split(sep).join('/')}"`;
  return `${looked}; keep images in ${displayPath(join(contentDir, IMAGES_FOLDER))}/ and link them from a handout as "../${IMAGES_FOLDER}/${basename(path)}"`;
}

function hasSignature(path: string): boolean {
  const head = Buffer.alloc(4);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, 4, 0);
  } finally {
    closeSync(fd);
  }
  return SIGNATURES.some(({ bytes }) => bytes.every((byte, i) => head[i] === byte));
}

function short(url: string): string {
  return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
