import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startWatch, type Watching } from '../../src/watch/watch-handouts.js';
import { handout, makeContent } from '../helpers/library.js';

/** Debian's Chromium; .ci/run installs it when it is missing. */
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

let content: string;
let watching: Watching;
let browser: Browser;

beforeAll(async () => {
  content = await makeContent({ 'handouts/knee.md': handout('## What is it?\n\nA short test handout.\n').replace('Test handout', 'Knee care') });
  const out = await mkdtemp(join(tmpdir(), 'handouts-watch-'));
  [watching, browser] = await Promise.all([
    startWatch({ contentDir: content, outDir: out, port: 0, settleMs: 50 }),
    chromium.launch({ executablePath: CHROMIUM, args: ARGS }),
  ]);
  await watching.idle();
});

afterAll(async () => {
  await browser?.close();
  await watching?.close();
});

describe('handouts watch, in a real browser', () => {
  test('should list the handouts, show the PDF, and reload it when the handout is saved', async () => {
    const page = await browser.newPage();
    await page.goto(watching.url);
    await expect.poll(() => page.locator('#list li.handout > a').allTextContents(), { timeout: 10_000 }).toEqual(['Knee care']);
    const frame = page.locator('iframe#pdf');
    const firstSrc = await frame.getAttribute('src');
    expect(firstSrc).toMatch(/^\/files\/knee\/knee-a4\.pdf\?v=[0-9a-f]{12}$/);
    const served = await page.evaluate(async (src) => new TextDecoder().decode((await (await fetch(src!)).arrayBuffer()).slice(0, 5)), firstSrc);
    expect(served).toBe('%PDF-');

    // Save a change, as an editor would: the page hears of the rebuild and shows the new PDF.
    const file = join(content, 'handouts', 'knee.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Knee care', 'Knee care after surgery'));
    await expect.poll(() => page.locator('#list li.handout > a').allTextContents(), { timeout: 15_000 }).toEqual(['Knee care after surgery']);
    const newSrc = await frame.getAttribute('src');
    expect(newSrc).toMatch(/^\/files\/knee\/knee-a4\.pdf\?v=[0-9a-f]{12}$/);
    expect(newSrc).not.toBe(firstSrc);
  });
});

describe('the preview server', () => {
  test('should listen on 127.0.0.1 only', () => {
    expect(watching.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  test('should refuse a request for another host name (DNS rebinding)', async () => {
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(`${watching.url}api/state`, { headers: { host: 'attacker.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  test('should serve no file the library does not list (the manifest, consult editions)', async () => {
    for (const path of ['files/manifest.json', 'files/.handouts-cache.json', 'files/consult/x-a4-2026-12-03.pdf', 'files/../package.json']) {
      expect((await fetch(`${watching.url}${path}`)).status).toBe(404);
    }
  });
});
