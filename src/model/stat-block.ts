import type { RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { diagnostic, type Place } from '../diagnostics.js';
import type { StatBlock } from './document.js';
import { toBlocks, type ConvertContext } from './markdown-to-blocks.js';
import { parseStatValue } from './stat-value.js';

const STAT_ATTRIBUTES = new Set(['value', 'source', 'people', 'timeframe']);

/**
 * Build a `:::stat` callout from its directive: validate the attributes and parse the value.
 * @param node The directive.
 * @param place Its file position.
 * @param children Its content after any label (the caption).
 * @param ctx The conversion context.
 * @returns The block, or null after reporting why.
 */
export function toStat(node: ContainerDirective, place: Place, children: RootContent[], ctx: ConvertContext): StatBlock | null {
  const attributes = node.attributes ?? {};
  for (const name of Object.keys(attributes)) {
    if (!STAT_ATTRIBUTES.has(name)) {
      ctx.report(diagnostic(ctx.file, place, `\`:::stat\` has an unknown attribute "${name}" (known: ${[...STAT_ATTRIBUTES].join(', ')})`, 'markdown/stat-attribute'));
    }
  }
  const raw = attributes['value'];
  if (raw == null || raw.trim() === '') {
    ctx.report(diagnostic(ctx.file, place, '`:::stat` needs a value, e.g. `:::stat{value="28%"}`', 'markdown/stat-value'));
    return null;
  }
  const value = parseStatValue(raw);
  if ('error' in value) {
    ctx.report(diagnostic(ctx.file, place, `\`:::stat\` value ${value.error}`, 'markdown/stat-value'));
    return null;
  }
  const caption = toBlocks(children, ctx);
  if (caption.length === 0) {
    ctx.report(diagnostic(ctx.file, place, '`:::stat` has no caption; write what the number means between `:::stat{…}` and `:::`', 'markdown/stat-caption'));
  }
  return {
    type: 'stat',
    place,
    value,
    source: nonBlank(attributes['source']),
    people: nonBlank(attributes['people']) ?? 'people',
    timeframe: nonBlank(attributes['timeframe']),
    caption,
  };
}

function nonBlank(value: string | null | undefined): string | null {
  return value != null && value.trim() !== '' ? value.trim() : null;
}

