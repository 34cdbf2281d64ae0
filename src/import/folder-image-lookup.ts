import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, resolve, sep } from 'node:path';
import { excerpt } from './import-notes.js';
import { unusableAs, type ImageLookup } from './place-images.js';

/**
 * Images of a saved page or a markdown file: files in its own folder (where browsers save a
 * page's pictures), or inline PNG/JPEG data. Nothing on the network, nothing outside the folder.
 * @param folder The source file's folder.
 * @returns The lookup.
 */
export function folderImageLookup(folder: string): ImageLookup {
  const root = realpathSync(folder);
  return (src, unusable) => {
    const data = /^data:image\/(png|jpe?g);base64,(.*)$/is.exec(src);
    if (data) return Buffer.from(data[2] ?? '', 'base64');
    if (/^data:/i.test(src)) return unusableAs(unusable, 'is an inline picture that is not a PNG or JPEG, the kinds a PDF can print; save it as PNG and add it by hand');
    if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return unusableAs(unusable, `is on the network ("${excerpt(src, 50)}"); the press never fetches anything, so save the picture beside the page and add it by hand`);
    let decoded: string;
    try {
      decoded = decodeURIComponent(src.split(/[?#]/)[0] ?? '');
    } catch {
      return unusableAs(unusable, `has a path that is not valid ("${excerpt(src, 50)}")`);
    }
    if (decoded === '' || decoded.includes('\0') || isAbsolute(decoded)) return unusableAs(unusable, `has a path outside the page's folder ("${excerpt(src, 50)}")`);
    const file = resolve(folder, decoded);
    if (!existsSync(file)) return unusableAs(unusable, `was not saved with the page ("${excerpt(src, 50)}" does not exist)`);
    const real = realpathSync(file);
    if (!real.startsWith(root + sep) || !statSync(real).isFile()) return unusableAs(unusable, `is outside the page's folder ("${excerpt(src, 50)}"); the press reads nothing else`);
    return readFileSync(real);
  };
}

