import type { PhrasingContent } from 'mdast';
import { diagnostic } from '../../../diagnostics.js';
import type { Block } from '../../document.js';
import { placeOf, unsupported, type BlockHandler, type State } from '../state.js';

type Image = Extract<PhrasingContent, { type: 'image' }>;

/** A paragraph; one that holds only an image becomes an image block. */
export const paragraph: BlockHandler<'paragraph'> = (node, state) => {
  const image = soleImage(node.children);
  if (image) return toImage(image, state);
  return { type: 'paragraph', place: placeOf(node, state), children: state.inlines(node.children) };
};

/** The image of a paragraph that holds nothing else (white space aside), if that is what it is. */
function soleImage(children: readonly PhrasingContent[]): Image | null {
  const content = children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [only] = content;
  return content.length === 1 && only?.type === 'image' ? only : null;
}

function toImage(node: Image, state: State): Block | null {
  if (!state.resolveImage) {
    unsupported(node, state, 'images are not allowed here; describe it in words');
    return null;
  }
  const resolved = state.resolveImage(node.url, { file: state.file, place: placeOf(node, state), ruleId: 'markdown/image' }, state.report);
  if (!resolved) return null;
  return { type: 'image', place: placeOf(node, state), path: resolved.path, alt: node.alt ?? '', title: node.title ?? null };
}
