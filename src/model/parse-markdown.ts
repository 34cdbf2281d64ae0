import type { Root } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// A frozen processor is reusable and cheaper than building one per file.
const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).freeze();

/**
 * Parse a markdown body: CommonMark + GFM (tables, strikethrough, task lists) + directives.
 * @param body The markdown after the front matter.
 * @returns The mdast tree; positions are relative to the body.
 */
export function parseMarkdown(body: string): Root {
  return processor.parse(body);
}
