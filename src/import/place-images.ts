import type { Image, Paragraph, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { excerpt, type ImportNote, type Locator } from './import-notes.js';

/**
 * Where a picture that cannot be used is reported: a phrase that follows the picture's name
 * (`is on the network …`). Not a `Report`: only the caller knows where the picture sits in
 * the source (a Word paragraph, an HTML line), and it turns the phrase into an import note.
 */
export type PictureProblem = (phrase: string) => void;

/** Finds an image's bytes by its `src` (a Word document's picture, a saved page's file), or reports why they cannot be had and gives null. */
export type ImageLookup = (src: string, unusable: PictureProblem) => Buffer | null;

/** An image file the handout will use, to be written to `content/images/<slug>/`. */
export interface ImportedImage {
  /** File name inside the handout's image folder (`image-1.png`). */
  name: string;
  bytes: Buffer;
}

/** What placing the images did. */
export interface PlacedImages {
  images: ImportedImage[];
  /** One line per image kept. */
  mapped: ImportNote[];
  /** Images left out, and why. */
  left: ImportNote[];
  /** Images left out and images kept without alt text: warnings for the person importing. */
  warnings: ImportNote[];
}

/** Largest picture that is imported: a leaflet photo is well under this. */
export const MAX_IMAGE_BYTES = 10_000_000;

/**
 * Give every image a file of its own and a path the handout can print: PNG and JPEG only
 * (what a PDF can embed), each standing in its own paragraph as the press requires. An image
 * inside a heading, table cell or link cannot stand alone there: it is left out and reported.
 * @param tree The converted body (changed in place).
 * @param slug The handout's slug: images go to `../images/<slug>/`.
 * @param lookup Finds each image's bytes.
 * @param locate Where a node was in the source.
 * @returns The files to write and the notes.
 */
export function placeImages(tree: Root, slug: string, lookup: ImageLookup, locate: Locator): PlacedImages {
  const result: PlacedImages = { images: [], mapped: [], left: [], warnings: [] };
  const take = (image: Image): boolean => {
    const where = locate(image);
    const alt = (image.alt ?? '').trim();
    const named = alt ? `image "${alt}"` : 'an image with no alt text';
    const leave = (phrase: string) => {
      const message = `${named} ${phrase}`;
      result.left.push({ where, message });
      result.warnings.push({ where, message: `${message} (left out)`, ruleId: 'import/image' });
    };
    const bytes = lookup(image.url, leave);
    const found = bytes && printablePicture(bytes, leave);
    if (!found) return false;
    const { kind } = found;
    const name = `image-${result.images.length + 1}.${kind}`;
    result.images.push({ name, bytes: found.bytes });
    image.url = `../images/${slug}/${name}`;
    image.title = null;
    result.mapped.push({ where, message: `${named} → content/images/${slug}/${name}` });
    if (!alt) result.warnings.push({ where, message: `image ${name} has no alt text; describe what it shows, for readers who cannot see it`, ruleId: 'import/image-alt' });
    return true;
  };

  const walkBlocks = (parent: Parent) => {
    const out: RootContent[] = [];
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'paragraph') {
        unwrapLinkedImages(child);
        if (hasImage(child)) {
          out.push(...splitParagraph(child, take));
          continue;
        }
        dropNested(child, 'a link or emphasis');
        out.push(child);
        continue;
      }
      if (child.type === 'heading' || child.type === 'table') dropNested(child, 'a heading or table cell');
      else if ('children' in child) walkBlocks(child as Parent);
      out.push(child);
    }
    parent.children = out as Parent['children'];
  };
  const dropNested = (parent: Parent, what: string) => {
    parent.children = (parent.children as RootContent[]).filter((child) => {
      if (child.type === 'image') {
        const alt = (child.alt ?? '').trim();
        const message = `${alt ? `image "${alt}"` : 'an image with no alt text'} sits inside ${what}, where the press cannot print one; add it by hand below`;
        result.left.push({ where: locate(child), message });
        result.warnings.push({ where: locate(child), message: `${message} (left out)`, ruleId: 'import/image' });
        return false;
      }
      if ('children' in child) dropNested(child as Parent, what);
      return true;
    }) as Parent['children'];
  };
  walkBlocks(tree);
  return result;

  /** A link around nothing but a picture ("click to enlarge") gives way to the picture; the report says so. */
  function unwrapLinkedImages(paragraph: Paragraph): void {
    paragraph.children = paragraph.children.flatMap((child): PhrasingContent[] => {
      if (child.type !== 'link') return [child];
      const content = child.children.filter((node) => !(node.type === 'text' && node.value.trim() === ''));
      const [only] = content;
      if (content.length !== 1 || only?.type !== 'image') return [child];
      result.left.push({ where: locate(child), message: `the link around a picture (to "${excerpt(child.url, 50)}"): a printed picture cannot be clicked` });
      return [only];
    });
  }

  function hasImage(paragraph: Paragraph): boolean {
    return paragraph.children.some((child) => child.type === 'image');
  }

  /** A paragraph with images in its text becomes paragraphs and images, in order. */
  function splitParagraph(paragraph: Paragraph, keep: (image: Image) => boolean): RootContent[] {
    const out: RootContent[] = [];
    let run: PhrasingContent[] = [];
    const flush = () => {
      if (run.some((node) => !(node.type === 'text' && node.value.trim() === '') && node.type !== 'break')) out.push({ type: 'paragraph', children: run, ...(paragraph.position && { position: paragraph.position }) });
      run = [];
    };
    for (const child of paragraph.children) {
      if (child.type === 'image') {
        flush();
        if (keep(child)) out.push({ type: 'paragraph', children: [child] });
      } else {
        if ('children' in child) dropNested(child as Parent, 'a link');
        run.push(child);
      }
    }
    flush();
    return out;
  }
}

/**
 * A picture the press can print: PNG or JPEG (by its bytes) and not too large.
 * @param bytes The picture's bytes.
 * @param unusable Where a picture that cannot be printed is reported.
 * @returns The bytes and their kind, or null after reporting why not.
 */
export function printablePicture(bytes: Buffer, unusable: PictureProblem): { bytes: Buffer; kind: 'png' | 'jpg' } | null {
  const kind = imageKind(bytes);
  if (!kind) return unusableAs(unusable, 'is not a PNG or JPEG, the kinds a PDF can print; save it as PNG and add it by hand');
  if (bytes.length > MAX_IMAGE_BYTES) return unusableAs(unusable, `is over ${MAX_IMAGE_BYTES / 1_000_000} MB; make it smaller and add it by hand`);
  return { bytes, kind };
}

/**
 * Report a picture that cannot be used.
 * @returns null, so a lookup can return it.
 */
export function unusableAs(unusable: PictureProblem, phrase: string): null {
  unusable(phrase);
  return null;
}

/** `png` or `jpg` by the file's first bytes, or null for anything else. */
export function imageKind(bytes: Buffer): 'png' | 'jpg' | null {
  if (bytes.length >= 4 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  return null;
}
