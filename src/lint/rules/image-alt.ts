import type { Image, ImageReference } from 'mdast';
import { visit } from 'unist-util-visit';
import { placeOf } from '../../model/blocks/state.js';
import type { Finding, LintRule } from '../types.js';

/**
 * An image with no alt text, in the handout or the surgeon's photo: screen-reader users (PDF/UA,
 * WCAG) learn nothing from it, and a tagged PDF's Figure needs it.
 */
export const imageAlt: LintRule = {
  id: 'lint/image-alt',
  check({ document, parsed }) {
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
    // The surgeon's photo is printed with the bio; its alt text lives in the surgeon's file.
    const surgeon = document.surgeon;
    if (surgeon?.photoPath && !surgeon.photo_alt) {
      findings.push({
        place: parsed.placeOfKey(['surgeon']),
        message: `the photo of surgeon "${surgeon.id}" has no alt text; add \`photo_alt: "…"\` (what the photo shows) to content/surgeons/${surgeon.id}.md`,
      });
    }
    return findings;
  },
};
