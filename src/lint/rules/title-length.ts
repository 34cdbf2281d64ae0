import type { LintRule } from '../types.js';

/**
 * The most characters a title may have. Measured on the cover: 70 characters take two lines
 * in A4, Letter and A5 and three in large print and on a DL panel; a 300-character title
 * filled half of page 1 in A4.
 */
export const MAX_TITLE_CHARACTERS = 70;

/**
 * A title over 70 characters. The title is set large on the cover, so a long one pushes the
 * handout's own words off page 1 (or the tri-fold's cover); the detail belongs in `subtitle`,
 * which is set at a reading size.
 */
export const titleLength: LintRule = {
  id: 'lint/title-length',
  check({ document, parsed }) {
    const length = Array.from(document.meta.title).length;
    if (length <= MAX_TITLE_CHARACTERS) return [];
    return [
      {
        place: parsed.placeOfKey(['title']),
        message: `the title has ${length} characters, over ${MAX_TITLE_CHARACTERS}, so it fills the cover and pushes the text off page 1; keep the title short and move the detail into \`subtitle\``,
      },
    ];
  },
};
