import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { scaffoldFrontMatter } from '../scaffold/scaffold-handout.js';
import { convertHtml } from './convert-html.js';
import { detectSourceKind } from './detect-source-kind.js';
import { planMarkdownImport } from './markdown-source.js';
import { checkSize, IMPORT_NOTE, type ImportOptions, type PlannedImport } from './planned-import.js';
import { readDocxArticle, readHtmlArticle } from './read-article.js';
import { refuseFile, type ImportReport } from './refuse-import.js';

/**
 * Read one file and turn it into a handout, in memory: nothing is written here.
 * @param path The file's path.
 * @param options Slug, surgeon, brand, dates and suggestion mode.
 * @param to The file as named, and where it is reported when it cannot be imported.
 * @returns The planned handout, or null after reporting why the file cannot be imported.
 */
export async function planImport(path: string, options: ImportOptions, to: ImportReport): Promise<PlannedImport | null> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuseFile(to, code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})`, 'import/source');
  }
  const kind = detectSourceKind(bytes, name, to);
  if (kind === null) return null;
  if (kind === 'markdown') return planMarkdownImport(path, name, options, to);

  const source = kind === 'docx' ? await readDocxArticle(bytes, name, to) : readHtmlArticle(bytes, path, name, to);
  if (source === null) return null;
  const converted = convertHtml(source.article, {
    locate: source.locate,
    lookupImage: source.lookupImage,
    titleProperty: source.titleProperty,
    slug: options.slug,
    applySuggestions: options.applySuggestions,
  }, to);
  if (converted === null) return null;
  const frontMatter = scaffoldFrontMatter(
    { title: converted.title, slug: converted.slug, surgeon: options.surgeon, knownSurgeons: options.knownSurgeons, brand: options.brand, today: options.today, reviewMonths: options.reviewMonths },
    { ...(converted.subtitle && { subtitle: converted.subtitle }), importedFrom: name },
  );
  const markdown = checkSize([...frontMatter, '', IMPORT_NOTE, '', converted.body].join('\n'), to);
  if (markdown === null) return null;
  return {
    source: name,
    slug: converted.slug,
    title: converted.title,
    markdown,
    images: converted.images,
    questions: converted.questions,
    mapped: [...converted.mapped, ...source.mapped],
    left: [...source.left, ...converted.left],
    suggestions: converted.suggestions,
    cleaned: converted.cleaned,
    warnings: [...source.warnings, ...converted.warnings],
  };
}
