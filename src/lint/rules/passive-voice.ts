import type { Root as NlcstRoot } from 'nlcst';
import retextPassive from 'retext-passive';
import { unified, type Processor } from 'unified';
import { paragraphs, type ProseUnit } from '../prose.js';
import { runRetext } from '../retext-run.js';
import { findInProse } from '../text-search.js';
import type { Finding, LintRule } from '../types.js';

const processor = unified().use(retextPassive).freeze() as unknown as Processor<undefined, NlcstRoot, NlcstRoot>;

// retext-passive knows irregular participles ("done", "found") right after a form of "be".
// It misses regular ones ("was misdiagnosed", "is stabilised"), and any with an adverb
// between ("has been recently altered"), so those are matched here: "be" + optional -ly + -ed.
const REGULAR_PASSIVE = /\b(?:am|are|is|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?(\p{L}{3,}(?:ed))\b/giu;
// Adjectives that look like participles and read as plain English.
const NOT_PASSIVE = new Set(['interested', 'tired', 'worried', 'concerned', 'scared', 'pleased', 'married', 'need', 'feed', 'speed']);

const BE = new Set(['am', 'are', 'is', 'was', 'were', 'be', 'been', 'being']);

/** A passive verb ("was misdiagnosed", "is done"), which hides who does what. */
export const passiveVoice: LintRule = {
  id: 'lint/passive-voice',
  check({ prose }) {
    const units = paragraphs(prose);
    const seen = new Set<string>();
    const findings: Finding[] = [];
    const add = (unit: ProseUnit, start: number, phrase: string) => {
      const place = unit.placeAt(start);
      const key = `${place.line}:${place.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      findings.push({ place, message: `"${phrase}" is passive voice, which can hide who does what; say who acts, e.g. "your surgeon checks" rather than "it is checked"` });
    };
    for (const { unit, start, end } of runRetext(processor, units)) {
      const before = beVerbBefore(unit, start);
      if (before) add(unit, before.start, unit.text.slice(before.start, end));
    }
    for (const { unit, match } of findInProse(units, REGULAR_PASSIVE)) {
      if (NOT_PASSIVE.has((match[1] ?? '').toLowerCase())) continue;
      add(unit, match.index, match[0].replace(/\s+/g, ' '));
    }
    return findings;
  },
};

// The form of "be" that retext-passive matched before the participle at `start`.
function beVerbBefore(unit: ProseUnit, start: number): { start: number } | undefined {
  const sentence = unit.sentences.find((s) => start >= s.start && start < s.end);
  const index = sentence?.words.findIndex((w) => w.start === start) ?? -1;
  const previous = index > 0 ? sentence?.words[index - 1] : undefined;
  return previous && BE.has(previous.text.toLowerCase()) ? previous : undefined;
}
