import type { Flag } from './command.js';

/**
 * Flags several commands take with one meaning, described once so their help reads the same
 * everywhere.
 */

/** `--content <dir>`: the content folder. */
export const CONTENT_FLAG = { type: 'string', value: '<dir>', description: 'content folder with handouts/ and surgeons/', defaultText: 'content' } as const satisfies Flag;

/** `--out <dir>`: the output folder. */
export const OUT_FLAG = { type: 'string', value: '<dir>', description: 'output folder', defaultText: 'output' } as const satisfies Flag;

/** `--quiet`: problems only. */
export const QUIET_FLAG = { type: 'boolean', default: false, description: 'print only problems' } as const satisfies Flag;

/** `--strict`: warnings fail the run. */
export const STRICT_FLAG = { type: 'boolean', default: false, description: 'warnings fail the run too' } as const satisfies Flag;

/** `--size <ids>`: which sizes to build. */
export const SIZE_FLAG = {
  type: 'string',
  value: '<ids>',
  description:
    "comma-separated sizes instead of each handout's own: a4, letter, a5, large-print (A4, 18 pt), dl-trifold (DL roll fold on A4 landscape), a5-booklet (2-up saddle stitch, plus reading-order pages), web (<slug>/index.html, an accessible web page)",
  defaultText: "the handout's sizes, else a4,letter",
} as const satisfies Flag;
