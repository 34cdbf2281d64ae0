import type { Root } from 'mdast';
import type { Diagnostic, Place } from '../diagnostics.js';
import { parseYaml } from '../content/parse-yaml.js';
import { splitFrontMatter } from '../content/split-front-matter.js';
import { parseMarkdown } from './parse-markdown.js';

/** A markdown file after parsing, before validation. */
export interface ParsedSource {
  file: string;
  /** Front matter as plain data (strings, lists and maps only). */
  data: unknown;
  /** Where a front-matter value (or, asked for, its key) was written. */
  placeOfKey: (path: readonly PropertyKey[], part?: 'key' | 'value') => Place;
  body: string;
  bodyLineOffset: number;
  tree: Root;
}

/**
 * Parse a markdown file with front matter: split, YAML, markdown. Runs nothing.
 * @param text The file's text.
 * @param file Path used in diagnostics.
 * @returns The parsed source, or located diagnostics.
 */
export function parseSource(text: string, file: string): ParsedSource | Diagnostic[] {
  const split = splitFrontMatter(text, file);
  if ('ruleId' in split) return [split];
  const yaml = parseYaml(split.yaml, split.yamlStartLine, file);
  if (Array.isArray(yaml)) return yaml;
  return {
    file,
    data: yaml.data,
    placeOfKey: yaml.placeOf,
    body: split.body,
    bodyLineOffset: split.bodyLineOffset,
    tree: parseMarkdown(split.body),
  };
}
