import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_SOURCE_BYTES } from '../content/read-text.js';
import { scaffoldFrontMatter } from '../scaffold/scaffold-handout.js';
import { convertHtml } from './convert-html.js';
import { detectSourceKind } from './detect-source-kind.js';
import type { ImportNote } from './import-notes.js';
import { planMarkdownImport } from './markdown-source.js';
import type { ImportedImage } from './place-images.js';
import { readDocxArticle, readHtmlArticle } from './read-article.js';

/** How to import one file. */
export interface ImportOptions {
  /** --slug; otherwise the slug comes from the title. */
  slug: string | null;
  /** --surgeon; null leaves a comment listing the known surgeons, as `handouts new` does. */
  surgeon: string | null;
  knownSurgeons: readonly string[];
  /** --brand; null for the default brand. */
  brand: string | null;
  /** The `reviewed` date, YYYY-MM-DD. */
  today: string;
  /** The brand's review period, for `review_due`. */
  reviewMonths: number;
  applySuggestions: boolean;
}

/** A handout ready to be checked and written: its text, its images and the report. */
export interface PlannedImport {
  /** The source file's name, as the report shows it. */
  source: string;
  slug: string;
  title: string;
  /** The whole handout file: front matter and body. */
  markdown: string;
  images: ImportedImage[];
  questions: string[];
  mapped: ImportNote[];
  left: ImportNote[];
  suggestions: ImportNote[];
  cleaned: string[];
  warnings: ImportNote[];
}

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
  if (kind === 'markdown') return planMarkdownImport(bytes, path, name, options);

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

/** The comment an imported handout starts with: it is a draft until someone has compared it. */
export const IMPORT_NOTE = '<!-- Imported by handouts import. Compare it with the original, settle each "import:" comment, then replace the draft doc_id. -->';

/**
 * The press reads no source over 1 MB; an import that converts to more is refused, not cut.
 * @param markdown The handout's text.
 * @returns The problem, or null.
 */
export function checkSize(markdown: string): { error: string } | null {
  const bytes = Buffer.byteLength(markdown);
  if (bytes <= MAX_SOURCE_BYTES) return null;
  return { error: `converts to ${(bytes / 1_000_000).toFixed(1)} MB of markdown, over the 1 MB limit for a handout; a leaflet this long would run to hundreds of pages, so split the document first` };
}
