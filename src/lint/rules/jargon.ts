import type { Root as NlcstRoot } from 'nlcst';
import retextSimplify from 'retext-simplify';
import { unified, type Processor } from 'unified';
import type { ProseUnit } from '../prose.js';
import { runRetext } from '../retext-run.js';
import { escapeRegExp, findInProse } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

// retext-simplify's list is written for business prose; these entries give wrong advice in a
// patient leaflet ("address" a cause is not "discuss" it; "it is fair to say" cannot lose "it is").
const SIMPLIFY_IGNORE = ['address', 'it is'];

const processor = unified().use(retextSimplify, { ignore: SIMPLIFY_IGNORE }).freeze() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>;

/**
 * A hard word that has a plainer alternative: the clinic's medical list
 * (`content/dictionary/jargon.txt`) plus retext-simplify's list of wordy English.
 */
export const jargon: LintRule = {
  id: 'lint/jargon',
  check({ prose, words }) {
    const units = prose.units.filter((unit) => unit.kind !== 'label');
    const findings = new Map<string, Finding>();
    const add = (unit: ProseUnit, start: number, message: string) => {
      const place = unit.placeAt(start);
      const key = `${place.line}:${place.column}`;
      if (!findings.has(key)) findings.set(key, { place, message });
    };
    for (const [term, plain] of words.jargon) {
      const pattern = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(term).replace(/\s+/g, String.raw`\s+`)}(?:s|es)?(?![\p{L}\p{N}])`, 'giu');
      for (const { unit, match } of findInProse(units, pattern)) {
        add(unit, match.index, `"${match[0]}" is medical jargon; say "${plain}" instead, or explain it`);
      }
    }
    for (const { unit, start, end, message } of runRetext(processor, units)) {
      const actual = unit.text.slice(start, end);
      const expected = (message.expected ?? []).map((word) => `"${word}"`);
      const instead = expected.length > 0 ? `use ${expected.join(' or ')} instead` : 'leave it out';
      add(unit, start, `"${actual}" is harder than it needs to be; ${instead}`);
    }
    return [...findings.values()];
  },
};
