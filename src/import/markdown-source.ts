import type { Image, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { dirname } from 'node:path';
import { visit } from 'unist-util-visit';
import { folderImageLookup } from './folder-image-lookup.js';
import type { ImportNote } from './import-notes.js';
import { printablePicture, type ImportedImage } from './place-images.js';
import { readText } from '../content/read-text.js';
import type { Diagnostic } from '../diagnostics.js';
import { slugify } from '../model/slugify.js';
import { parseSource } from '../content/parse-source.js';
import { scaffoldFrontMatter } from '../scaffold/scaffold-handout.js';
import { checkSize, IMPORT_NOTE, type ImportOptions, type PlannedImport } from './planned-import.js';
import { refuseFile, type ImportReport } from './refuse-import.js';

/** Front matter keys an imported markdown file gets when it has none of its own. */
const DOCUMENT_CONTROL_KEYS = ['doc_id', 'version', 'reviewed', 'review_due', 'language'] as const;

/**
 * Import a markdown file: its body is kept exactly as written (it is already the press's
 * format); its front matter is checked, and the document-control fields a new handout has are
 * added where it lacks them. With no front matter, a `# Title` line becomes the title. Its
 * pictures are copied to the handout's image folder and their links changed to match.
 * @param path The file (pictures are found beside it).
 * @param name Its file name.
 * @param options Slug, surgeon, brand and dates.
 * @param to Where a file that cannot be imported is reported.
 * @returns The planned handout, or null after reporting why it cannot be imported.
 */
export async function planMarkdownImport(path: string, name: string, options: ImportOptions, to: ImportReport): Promise<PlannedImport | null> {
  // The press's own reader: strict UTF-8, the 1 MB limit, BOM and line endings normalised.
  const problems: Diagnostic[] = [];
  const text = await readText(path, name, (d) => problems.push(d));
  if (text === null) return refuseFile(to, `cannot be read (line ${problems[0]?.line ?? 1}: ${problems[0]?.message ?? 'unknown problem'})`, 'import/source');
  const parsed = parseSource(text, name, (d) => problems.push(d));
  if (!parsed) {
    const first = problems[0];
    return refuseFile(to, `has front matter that cannot be read (line ${first?.line ?? 1}: ${first?.message ?? 'unknown problem'})`, 'import/front-matter');
  }
  const data = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Record<string, unknown>;
  const hasFrontMatter = parsed.bodyLineOffset > 0;
  const edits: Edit[] = [];
  let title = typeof data['title'] === 'string' ? data['title'] : null;
  const mapped: PlannedImport['mapped'] = [];
  const left: PlannedImport['left'] = [];
  const firstHeading = parsed.tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  if (firstHeading?.position) {
    const headingText = toString(firstHeading).trim();
    const where = `${name}:${firstHeading.position.start.line + parsed.bodyLineOffset}:1`;
    if (title === null) mapped.push({ where, message: `title: "${headingText}" (the # heading)` });
    else left.push({ where, message: `heading "${headingText}": the title comes from the front matter` });
    title ??= headingText;
    // The `#` line goes: the title is printed from the front matter.
    edits.push({ start: firstHeading.position.start.offset ?? 0, end: firstHeading.position.end.offset ?? 0, text: '' });
  }
  if (title === null || title.trim() === '') return refuseFile(to, 'has no title: give it `title:` in its front matter or a `# Title` line', 'import/title');
  const slug = options.slug ?? (typeof data['slug'] === 'string' ? data['slug'] : slugify(title, 60));
  if (slug === '') return refuseFile(to, `has a title ("${title}") with no letters a file name can use; give one with --slug`, 'import/title');
  const pictures = copyPictures(parsed.tree, parsed.body, { path, name, slug, lineOffset: parsed.bodyLineOffset });
  edits.push(...pictures.edits);
  let body = parsed.body;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) body = body.slice(0, edit.start) + edit.text + body.slice(edit.end);
  mapped.push(...pictures.mapped);

  let frontMatter: string[];
  if (hasFrontMatter) {
    const yamlLines = text.split('\n').slice(1, parsed.bodyLineOffset - 1);
    const scaffold = scaffoldFrontMatter({ title, slug, surgeon: options.surgeon, knownSurgeons: options.knownSurgeons, brand: options.brand, today: options.today, reviewMonths: options.reviewMonths }, { importedFrom: name });
    const missing = (key: string) => !(key in data);
    const added = scaffold.filter((line) => {
      const key = /^([a-z_]+):/.exec(line)?.[1];
      if (!key) return false;
      if (key === 'title') return missing('title');
      if (key === 'surgeon' || key === 'brand') return missing(key) && options[key] !== null;
      return (DOCUMENT_CONTROL_KEYS as readonly string[]).includes(key) || key === 'imported_from' ? missing(key) : false;
    });
    if (added.length > 0) mapped.push({ where: `${name}:1:1`, message: `front matter kept; added ${added.map((line) => line.split(':')[0]).join(', ')}` });
    frontMatter = ['---', ...yamlLines, ...added, '---'];
  } else {
    frontMatter = scaffoldFrontMatter({ title, slug, surgeon: options.surgeon, knownSurgeons: options.knownSurgeons, brand: options.brand, today: options.today, reviewMonths: options.reviewMonths }, { importedFrom: name });
  }
  const questions = parsed.tree.children.filter((node) => node.type === 'heading' && node.depth === 2).map((node) => toString(node).trim());
  mapped.push({ where: 'body', message: `kept as written: ${questions.length} question${questions.length === 1 ? '' : 's'} (##)` });
  const markdown = checkSize([...frontMatter, '', IMPORT_NOTE, '', body.replace(/^\n+/, '')].join('\n'), to);
  if (markdown === null) return null;
  return { source: name, slug, title, markdown, images: pictures.images, questions, mapped, left: [...left, ...pictures.left], suggestions: [], cleaned: [], warnings: pictures.warnings };
}

/** A change to the body: the source from start to end (offsets) becomes text. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Copy a markdown file's pictures (PNG or JPEG beside it) and point its image links at the
 * copies; a picture that cannot be had is taken out of the text and reported, as on a web page.
 */
function copyPictures(tree: Root, body: string, source: { path: string; name: string; slug: string; lineOffset: number }) {
  const { name, slug, lineOffset } = source;
  const lookup = folderImageLookup(dirname(source.path));
  const images: ImportedImage[] = [];
  const mapped: ImportNote[] = [];
  const left: ImportNote[] = [];
  const warnings: ImportNote[] = [];
  const edits: Edit[] = [];
  visit(tree, 'image', (image: Image) => {
    const start = image.position?.start.offset;
    const end = image.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const where = `${name}:${(image.position?.start.line ?? 1) + lineOffset}:${image.position?.start.column ?? 1}`;
    const named = image.alt ? `image "${image.alt}"` : 'an image with no alt text';
    const leave = (phrase: string) => {
      left.push({ where, message: `${named} ${phrase}` });
      warnings.push({ where, message: `${named} ${phrase} (left out)`, ruleId: 'import/image' });
      edits.push({ start, end, text: '' });
    };
    const bytes = lookup(image.url, leave);
    const found = bytes && printablePicture(bytes, leave);
    if (!found) return;
    const { kind } = found;
    const file = `image-${images.length + 1}.${kind}`;
    images.push({ name: file, bytes: found.bytes });
    const written = body.slice(start, end);
    const altEnd = written.lastIndexOf('](');
    const title = image.title ? ` ${JSON.stringify(image.title)}` : '';
    edits.push({ start, end, text: `${written.slice(0, altEnd)}](../images/${slug}/${file}${title})` });
    mapped.push({ where, message: `${named} → content/images/${slug}/${file}` });
    if (!image.alt) warnings.push({ where, message: `image ${file} has no alt text; describe what it shows, for readers who cannot see it`, ruleId: 'import/image-alt' });
  });
  return { edits, images, mapped, left, warnings };
}
