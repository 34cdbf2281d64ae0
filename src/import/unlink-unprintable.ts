import type { Parent, PhrasingContent, Root } from 'mdast';
import { linkProblem } from '../model/blocks/inline-handlers/link.js';
import { excerpt, type ImportNote, type Locator } from './import-notes.js';

/**
 * Links a handout cannot carry (a site's relative links, `javascript:`, `file:`, anchors into
 * the old page) become their text: the words stay, the address goes, and the report says so.
 * The press's own rule decides which links can stay, so the result never fails on a link.
 * @param tree The converted body (changed in place).
 * @param locate Where a node was in the source.
 * @returns One note per link turned into text.
 */
export function unlinkUnprintable(tree: Root, locate: Locator): ImportNote[] {
  const notes: ImportNote[] = [];
  const walk = (parent: Parent) => {
    const children: PhrasingContent[] = [];
    for (const child of parent.children as PhrasingContent[]) {
      if ('children' in child) walk(child as Parent);
      if (child.type === 'link' && (child.url.startsWith('#') || linkProblem(child.url))) {
        notes.push({ where: locate(child), message: `link to "${excerpt(child.url, 60)}" kept as its text only: a printed handout can follow only web, email and phone links` });
        children.push(...child.children);
      } else {
        children.push(child);
      }
    }
    parent.children = children as Parent['children'];
  };
  walk(tree);
  return notes;
}
