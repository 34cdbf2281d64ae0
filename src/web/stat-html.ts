import type { StatBlock } from '../model/document.js';
import { escapeHtml } from './escape-html.js';
import { say } from '../model/messages.js';
import type { IconArrayProps } from '../print/icon-array-geometry.js';
import { iconArraySvg, iconSwatchSvg } from './icon-array-svg.js';
import type { WebContext } from './web-context.js';

/** Icon pitch in CSS pixels: people big enough to see as people on a phone. */
const PERSON_PITCH = 14;
/** 1,000 dots in five blocks of 100 across stay under 300 px wide. */
const DOT_PITCH = 5.2;
/** Height of a key swatch in CSS pixels. */
const SWATCH = 16;

/**
 * A statistics box: the natural-frequency headline and the exact figure, the clinic's caption,
 * the icon array named by the headline, its key as text, and the source. The words are the
 * PDF's (the stat's `phrase`, worded with the document); the picture uses the PDF's geometry.
 * @param stat The stat block.
 * @param context The page.
 * @param blocks Renders the caption's blocks.
 * @returns HTML.
 */
export function statHtml(stat: StatBlock, context: WebContext, blocks: (list: StatBlock['caption']) => string): string {
  const frequency = stat.phrase;
  if (!frequency) throw new Error(`statHtml: the stat at line ${stat.place.line} has no phrase; documents get theirs from buildDocument`);
  const id = context.nextId('stat');
  const headlineId = `${id}_headline`;
  const headline = `<p class="stat-headline" id="${headlineId}">${escapeHtml(frequency.headline)} <span class="stat-figure">(${escapeHtml(stat.value.text)})</span></p>`;
  let picture = '';
  if (frequency.showArray) {
    const array: Omit<IconArrayProps, 'palette'> =
      frequency.denominator === 100
        ? { denominator: 100, filled: frequency.filled, span: frequency.span, shape: 'person', pitch: PERSON_PITCH }
        : { denominator: 1000, filled: frequency.filled, span: frequency.span, shape: 'dot', pitch: DOT_PITCH, blocksAcross: 5 };
    const key = frequency.legend
      .map((entry) => `<li>${iconSwatchSvg(entry.mark, array.shape, SWATCH, `${id}_key_${entry.mark}`)}<span>${escapeHtml(entry.text)}</span></li>`)
      .join('');
    picture = `<div class="stat-picture">${iconArraySvg(array, { id, labelledBy: headlineId })}<ul class="stat-key">${key}</ul></div>`;
  }
  const source = stat.source ? `<p class="stat-source">${escapeHtml(say(context.messages, 'stat_source', { source: stat.source }))}</p>` : '';
  return `<div class="stat"><div class="stat-words">${headline}${blocks(stat.caption)}</div>${picture}${source}</div>`;
}
