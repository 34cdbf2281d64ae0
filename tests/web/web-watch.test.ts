import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWatch, type Watching } from '../../src/watch/watch-handouts.js';
import { handout, makeContent } from '../helpers/library.js';

/**
 * `handouts watch` serves a handout's web page with its stylesheet and fonts, and tells the
 * preview page when it changed (the page reloads a file whose hash changed, as for PDFs).
 */

let content: string;
let watching: Watching;

interface State {
  handouts: Array<{ slug: string; outputs: Array<{ file: string; name: string; hash: string }> }>;
}

beforeAll(async () => {
  content = await makeContent({ 'handouts/knee.md': handout('## What is it?\n\nA short test handout.\n').replace('sizes: [a4]', 'sizes: [a4, web]') });
  watching = await startWatch({ contentDir: content, outDir: await mkdtemp(join(tmpdir(), 'handouts-web-watch-')), port: 0, settleMs: 50 });
  await watching.idle();
}, 60_000);

afterAll(async () => {
  await watching?.close();
});

async function webOutput(): Promise<{ file: string; name: string; hash: string } | undefined> {
  const state = (await (await fetch(`${watching.url}api/state`)).json()) as State;
  return state.handouts[0]?.outputs.find((o) => o.name === 'web');
}

describe('handouts watch with a web page', () => {
  test('should serve the page, its stylesheet and its fonts', async () => {
    const output = await webOutput();
    expect(output?.file).toBe('knee/index.html');
    const page = await fetch(`${watching.url}files/knee/index.html`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<h2 id="what-is-it_heading">What is it?</h2>');
    const css = await fetch(`${watching.url}files/assets/handouts.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const font = await fetch(`${watching.url}files/assets/fonts/AtkinsonHyperlegible_400Regular.ttf`);
    expect(font.status).toBe(200);
    expect(font.headers.get('content-type')).toBe('font/ttf');
  });

  test('should give the page a new hash when the handout is saved, so the preview reloads it', async () => {
    const before = await webOutput();
    const file = join(content, 'handouts', 'knee.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('A short test handout.', 'A short test handout, changed.'));
    await expect.poll(async () => (await webOutput())?.hash, { timeout: 20_000 }).not.toBe(before?.hash);
    expect(await (await fetch(`${watching.url}files/knee/index.html`)).text()).toContain('A short test handout, changed.');
  });
});
