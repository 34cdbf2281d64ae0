import { toString } from 'mdast-util-to-string';
import { slugify } from '../model/slugify.js';
import { parseSource } from '../model/parse-source.js';
import { scaffoldFrontMatter } from '../scaffold/scaffold-handout.js';
import { checkSize, IMPORT_NOTE, type ImportOptions, type PlannedImport } from './plan-import.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Front matter keys an imported markdown file gets when it has none of its own. */
const DOCUMENT_CONTROL_KEYS = ['doc_id', 'version', 'reviewed', 'review_due', 'language'] as const;

/**
 * Import a markdown file: its body is kept exactly as written (it is already the press's
 * format); its front matter is checked, and the document-control fields a new handout has are
 * added where it lacks them. With no front matter, a `# Title` line becomes the title.
 * @param bytes The file.
 * @param name Its file name.
 * @param options Slug, surgeon, brand and dates.
 * @returns The planned handout, or why it cannot be imported.
 */
export function planMarkdownImport(bytes: Buffer, name: string, options: ImportOptions): PlannedImport | { error: string } {
  let text: string;
  try {
    text = utf8.decode(bytes).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } catch {
    return { error: 'is not UTF-8 text; save it as UTF-8' };
  }
  const parsed = parseSource(text, name);
  if (Array.isArray(parsed)) {
    const first = parsed[0];
    return { error: `has front matter that cannot be read (line ${first?.line ?? 1}: ${first?.message ?? 'unknown problem'})` };
  }
  const data = (parsed.data && typeof parsed.data === 'object' ? parsed.data : {}) as Record<string, unknown>;
  const hasFrontMatter = parsed.bodyLineOffset > 0;
  let body = parsed.body;
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
    body = body.slice(0, firstHeading.position.start.offset) + body.slice(firstHeading.position.end.offset ?? 0).replace(/^\n+/, '\n');
  }
  if (title === null || title.trim() === '') return { error: 'has no title: give it `title:` in its front matter or a `# Title` line' };
  const slug = options.slug ?? (typeof data['slug'] === 'string' ? data['slug'] : slugify(title, 60));
  if (slug === '') return { error: `has a title ("${title}") with no letters a file name can use; give one with --slug` };

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
  const markdown = [...frontMatter, '', IMPORT_NOTE, '', body.replace(/^\n+/, '')].join('\n');
  const tooLarge = checkSize(markdown);
  if (tooLarge) return tooLarge;
  return { source: name, slug, title, markdown, images: [], questions, mapped, left, suggestions: [], cleaned: [], warnings: [] };
}
