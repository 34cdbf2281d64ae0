import { findInProse } from '../text-search.js';
import type { LintRule } from '../types.js';

const PATTERN =
  /(?<![\p{L}])(?:(?:contact|call|phone|ring|e-?mail|write\s+to|visit)\s+(?:us|our\s+(?:clinic|rooms|office|team|practice|surgery|service))|get\s+in\s+touch|(?:make|book)\s+an\s+appointment)(?![\p{L}])/giu;

/**
 * A call to action ("contact us") while the brand gives no phone, email, address or web
 * site: the reader is asked to do something the leaflet gives no way to do.
 */
export const callToAction: LintRule = {
  id: 'lint/call-to-action',
  check({ prose, document }) {
    const { brand } = document;
    const contact = brand.contact;
    if ([contact.phone, contact.email, contact.address, contact.web].some((v) => v !== undefined && v.trim() !== '')) return [];
    // A box titled "Call us straight away" that says "call us" again is one request, not two.
    const boxes = new Set<unknown>();
    const once = findInProse(prose.units, PATTERN).filter(({ unit }) => {
      if (unit.parent.type !== 'containerDirective') return true;
      if (boxes.has(unit.parent)) return false;
      boxes.add(unit.parent);
      return true;
    });
    return once.map(({ match, place }) => ({
      place,
      message: `"${match[0].replace(/\s+/g, ' ')}" asks readers to get in touch, but brand "${brand.id}" has no contact details; add a phone, email, address or web site under \`contact:\` in templates/brands/${brand.id}/brand.yaml`,
    }));
  },
};
