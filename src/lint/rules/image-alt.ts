import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { placeOf } from '../../model/markdown-to-blocks.js';
import type { Finding, LintRule } from '../types.js';

/** An image with no alt text: screen-reader users (PDF/UA, WCAG) learn nothing from it. */
export const imageAlt: LintRule = {
  id: 'lint/image-alt',
  description: 'image without alt text',
  defaultSeverity: 'warning',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return;
      const image = node as Image | ImageReference;
      if ((image.alt ?? '').trim() !== '') return;
      const name = image.type === 'image' ? image.url : image.identifier;
      findings.push({
        place: placeOf(image, { lineOffset: parsed.bodyLineOffset }),
        message: `image "${name}" has no alt text; describe what it shows in the brackets, e.g. ![What the picture shows](${name})`,
      });
    });
    return findings;
  },
};
