import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout } from '../helpers/library.js';
import { textBoxes } from '../helpers/pdf-layout.js';
import { buildOne, run } from '../helpers/run-cli.js';

/** The type size of a run of body text on the imposed sheet. */
async function sizeOf(pdf: Uint8Array, text: string): Promise<number | undefined> {
  return (await textBoxes(pdf)).find((box) => box.text.includes(text))?.fontSize;
}

describe('a short handout in a DL tri-fold', () => {
  test('should be set in larger type to fill the leaflet, and warn of the panels still blank', async () => {
    const body = 'A short test introduction.\n\n## What is this?\n\nA short test answer.\n';
    // --verbose: a build counts warnings by rule; this one's text is what the test reads.
    const { code, stderr, out, content } = await buildOne({ 'handouts/short.md': handout(body).replace('sizes: [a4]', 'sizes: [dl-trifold]') }, ['--verbose']);
    expect(code, stderr).toBe(0);
    const pdf = new Uint8Array(await readFile(join(out, 'short', 'short-dl-trifold.pdf')));
    // The ceiling (12 pt), not the 10 pt start, since it all fits in a panel or two at 12 pt.
    expect(await sizeOf(pdf, 'A short test answer.')).toBeCloseTo(12, 1);
    expect(stderr).toContain(
      "handouts/short.md:1:1 warning the DL tri-fold's text fills 1 of its 5 panels at 12 pt (short text is set larger, up to 12 pt, to fill the leaflet), so the tuck-in flap and the whole inside of the leaflet (three panels) are printed blank; add to the handout, or build a size that fits its length (a4, letter, a5, large-print, a5-booklet)  size/trifold-blank-panels",
    );
    // A rebuild that skips the handout says it again.
    const again = await run(['build', '--content', content, '--out', out, '--jobs', '1']);
    expect(again.code).toBe(0);
    expect(again.stderr + again.stdout).toContain('size/trifold-blank-panels');
  }, 60_000);

  test('should leave a handout that fills the leaflet at 10 pt as it was, with no warning', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'handouts-fill-'));
    const result = await build({ contentDir: 'content', outDir, inputs: ['failed-back-surgery-syndrome'], sizes: ['dl-trifold'] });
    expect(result.diagnostics.filter((d) => d.ruleId === 'size/trifold-blank-panels')).toEqual([]);
    const [file] = result.written;
    const pdf = new Uint8Array(await readFile(file!));
    expect(await sizeOf(pdf, 'Failed back surgery syndrome')).toBeCloseTo(10, 1);
  }, 120_000);
});
