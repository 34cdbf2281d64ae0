import type { BlockHandlers } from '../state.js';
import { blockquote } from './blockquote.js';
import { code } from './code.js';
import { containerDirective } from './container-directive.js';
import { definition } from './definition.js';
import { footnoteDefinition } from './footnote-definition.js';
import { heading } from './heading.js';
import { html } from './html.js';
import { leafDirective } from './leaf-directive.js';
import { list } from './list.js';
import { paragraph } from './paragraph.js';
import { table } from './table.js';
import { thematicBreak } from './thematic-break.js';

/** The block handler for each mdast node type; any other type is reported as unsupported. */
export const blockHandlers: BlockHandlers = {
  paragraph,
  heading,
  list,
  table,
  blockquote,
  code,
  thematicBreak,
  definition,
  containerDirective,
  leafDirective,
  html,
  footnoteDefinition,
};
