import type { Root as NlcstRoot } from 'nlcst';
import type { Processor } from 'unified';
import { VFile } from 'vfile';
import type { ProseUnit } from './prose.js';

/** A message from a retext plugin, tied to the unit of prose it is about. */
export interface UnitMessage {
  unit: ProseUnit;
  /** Offset in the unit's text where the message points. */
  start: number;
  /** Offset in the unit's text where the flagged words end. */
  end: number;
  message: VFile['messages'][number];
}

/**
 * Run retext plugins over units of prose and collect their warnings. Each unit is its own
 * small file, so a message's offset is an offset in that unit's text.
 * @param processor A frozen unified processor with retext plugins (no parser needed).
 * @param units The units to check.
 * @returns Warnings (not info messages), in unit order.
 */
export function runRetext(processor: Processor<undefined, NlcstRoot, NlcstRoot>, units: readonly ProseUnit[]): UnitMessage[] {
  const found: UnitMessage[] = [];
  for (const unit of units) {
    if (unit.text.trim() === '') continue;
    const file = new VFile({ value: unit.text });
    processor.runSync(unit.tree, file);
    for (const message of file.messages) {
      // `fatal: null` marks an info message (e.g. retext-spell's "no longer suggesting").
      if (message.fatal === null || message.fatal === undefined) continue;
      const start = message.place && 'start' in message.place ? message.place.start.offset : message.place?.offset;
      const end = message.place && 'end' in message.place ? message.place.end.offset : start;
      found.push({ unit, start: start ?? 0, end: end ?? start ?? 0, message });
    }
  }
  return found;
}
