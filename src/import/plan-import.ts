import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { scaffoldFrontMatter } from '../scaffold/scaffold-handout.js';
import { convertHtml } from './convert-html.js';
import { detectSourceKind } from './detect-source-kind.js';
import { planMarkdownImport } from './markdown-source.js';
import { checkSize, IMPORT_NOTE, type ImportOptions, type PlannedImport } from './planned-import.js';
import { readDocxArticle, readHtmlArticle } from './read-article.js';

/**
 * Read one file and turn it into a handout, in memory: nothing is written here.
 * @param path The file's path.
 * @param options Slug, surgeon, brand, dates and suggestion mode.
 * @returns The planned handout, or why the file cannot be imported (a sentence that follows its name).
 */
export async function planImport(path: string, options: ImportOptions): Promise<PlannedImport | { error: string }> {
  const name = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a folder, not a file' : `cannot be read (${code ?? String(error)})` };
  }
  const kind = detectSourceKind(bytes, name);
  if (typeof kind !== 'string') return kind;
  if (kind === 'markdown') return planMarkdownImport(path, name, options);

  const source = kind === 'docx' ? await readDocxArticle(bytes, name) : readHtmlArticle(bytes, path, name);
  if ('error' in source) return source;
  const converted = convertHtml(source.article, {
    locate: source.locate,
    lookupImage: source.lookupImage,
    titleProperty: source.titleProperty,
    slug: options.slug,
    applySuggestions: options.applySuggestions,
  });
  if ('error' in converted) return converted;
  const frontMatter = scaffoldFrontMatter(
    { title: converted.title, slug: converted.slug, surgeon: options.surgeon, knownSurgeons: options.knownSurgeons, brand: options.brand, today: options.today, reviewMonths: options.reviewMonths },
    { ...(converted.subtitle && { subtitle: converted.subtitle }), importedFrom: name },
  );
  const markdown = [...frontMatter, '', IMPORT_NOTE, '', converted.body].join('\n');
  const tooLarge = checkSize(markdown);
  if (tooLarge) return tooLarge;
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
