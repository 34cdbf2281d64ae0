import matter from 'gray-matter';
import { diagnostic, type Report } from '../diagnostics.js';

/** A source file cut into its front matter and its markdown body, with the line offsets kept. */
export interface SplitSource {
  /** The raw YAML between the fences ('' when the file has no front matter). */
  yaml: string;
  /** 1-based file line of the first YAML line. */
  yamlStartLine: number;
  /** The markdown after the closing fence. */
  body: string;
  /** How many file lines come before the body's first line (add it to body line numbers). */
  bodyLineOffset: number;
}

/** Front matter written in a language other than YAML is refused: it may be code. */
const refuse = (language: string) => () => {
  throw new FrontMatterLanguageError(language);
};

class FrontMatterLanguageError extends Error {
  constructor(readonly language: string) {
    super(`front matter language "${language}" is not allowed`);
  }
}

/**
 * Split a handout into front matter and body with gray-matter, never executing anything.
 *
 * gray-matter picks its parser from the opening fence (`---js` runs `eval`), so every
 * engine but a capturing YAML one is replaced by a function that refuses; the YAML itself
 * is parsed later by `parseYaml`, which keeps positions.
 * @param text The file's text (BOM and CRLF already normalised).
 * @param file Path used in diagnostics.
 * @param report Where a fence that is not YAML, or one never closed, is reported.
 * @returns The split source, or null when it was reported.
 */
export function splitFrontMatter(text: string, file: string, report: Report): SplitSource | null {
  if (!/^---[^\n]*\n/.test(text) && text !== '---') {
    return { yaml: '', yamlStartLine: 1, body: text, bodyLineOffset: 0 };
  }
  const fence = /^---([^\n]*)/.exec(text)?.[1]?.trim() ?? '';
  if (fence !== '' && !/^(yaml|yml)$/i.test(fence)) {
    report(
      diagnostic(
        file,
        { line: 1, column: 4 },
        `front matter is marked as "${fence}", which could run code; only YAML front matter is allowed, so nothing was run. Start the file with a plain \`---\` line`,
        'front-matter/language',
      ),
    );
    return null;
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    report(
      diagnostic(
        file,
        { line: 1, column: 1 },
        'front matter is never closed: the body would be lost. Add a line with `---` after the last front-matter key',
        'front-matter/unclosed',
      ),
    );
    return null;
  }
  let yaml = '';
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      language: 'yaml',
      engines: {
        yaml: (raw: string) => {
          yaml = raw;
          return {};
        },
        js: refuse('js'),
        javascript: refuse('javascript'),
        coffee: refuse('coffee'),
      },
    });
  } catch (error) {
    const language = error instanceof FrontMatterLanguageError ? error.language : 'unknown';
    report(diagnostic(file, { line: 1, column: 4 }, `front matter language "${language}" is not allowed; only YAML is`, 'front-matter/language'));
    return null;
  }
  if (yaml === '') yaml = parsed.matter;
  const body = parsed.content;
  const prefix = text.slice(0, text.length - body.length);
  const bodyLineOffset = countNewlines(prefix);
  // gray-matter's raw block starts with the rest of the opening fence line, so YAML line 1 is file line 1.
  return { yaml, yamlStartLine: 1, body, bodyLineOffset };
}

function countNewlines(text: string): number {
  let count = 0;
  for (const char of text) if (char === '\n') count += 1;
  return count;
}
