import type { Nodes, Root } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { closestWord } from './closest-word.js';
import type { Section } from './document.js';
import { placeOf, type ConvertContext } from './blocks/state.js';

/**
 * A `[text](#anchor)` link jumps to a question of the same handout: an internal link in the
 * PDF, an in-page link on the web page. An anchor that names no question would be a link
 * that silently goes nowhere on paper and on screen, so it is a located error that names the
 * anchor and lists the handout's question anchors. It is checked once the section ids are
 * made (they come from the one slug function), from the markdown tree, where links keep
 * their place.
 * @param tree The handout's markdown body.
 * @param sections The handout's questions, with their ids.
 * @param where The file, the lines before the body's first line, and the link reference
 *   definitions by normalised label (`[text][label]` links).
 * @returns One error per link to a missing question.
 */
export function checkAnchors(
  tree: Root,
  sections: readonly Pick<Section, 'id'>[],
  where: Pick<ConvertContext, 'file' | 'lineOffset' | 'definitions'>,
): Diagnostic[] {
  const ids = sections.map((section) => section.id);
  const known = new Set(ids);
  const problems: Diagnostic[] = [];
  const visit = (node: Nodes) => {
    const url = node.type === 'link' ? node.url : node.type === 'linkReference' ? where.definitions.get(node.identifier.toLowerCase())?.url : undefined;
    const anchor = url !== undefined && url.startsWith('#') && url.length > 1 ? url.slice(1) : undefined;
    if (anchor !== undefined && !known.has(anchor)) {
      const end = node.position?.end;
      problems.push({
        ...diagnostic(where.file, placeOf(node, where), missingAnchorMessage(anchor, ids), 'markdown/link-anchor'),
        ...(end && { endLine: end.line + where.lineOffset, endColumn: end.column }),
      });
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return problems;
}

function missingAnchorMessage(anchor: string, ids: readonly string[]): string {
  const meant = closestWord(anchor, ids);
  const guess = meant === undefined ? '.' : `; did you mean "#${meant}"?`;
  const known = ids.length === 0 ? 'This handout has no questions (`##` headings) to link to' : `Its questions' anchors: ${ids.map((id) => `#${id}`).join(', ')}`;
  return `link "#${anchor}" jumps to no question of this handout, so it would lead nowhere in the PDF or on the web page${guess} ${known}. Link to a question, or write the full address of another page`;
}
