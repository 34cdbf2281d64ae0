import type { InlineHandlers } from '../state.js';
import { lineBreak } from './break.js';
import { footnoteReference } from './footnote-reference.js';
import { inlineHtml } from './html.js';
import { image, imageReference } from './image.js';
import { inlineCode } from './inline-code.js';
import { link, linkReference } from './link.js';
import { emphasis, strikethrough, strong } from './styled.js';
import { text } from './text.js';
import { textDirective } from './text-directive.js';

/** The inline handler for each phrasing node type; any other type is reported as unsupported. */
export const inlineHandlers: InlineHandlers = {
  text,
  strong,
  emphasis,
  delete: strikethrough,
  inlineCode,
  break: lineBreak,
  link,
  linkReference,
  textDirective,
  html: inlineHtml,
  image,
  imageReference,
  footnoteReference,
};
