import { readFile } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { naturalFrequency as phraseIn } from '../../src/model/stat-phrase.js';
import { englishMessages } from '../../src/content/load-messages.js';

/** Stat words in English unless a test gives others. */
const naturalFrequency = (stat: Parameters<typeof phraseIn>[0], messages = englishMessages()) => phraseIn(stat, messages);
import { normalizeSpace } from '../helpers/pdf.js';
import { longHandout } from '../helpers/long-handout.js';
import { makeContent } from '../helpers/library.js';
import { seedParagraphs, sentences } from '../helpers/seed.js';
import { axeViolations, launchChromium } from './browser.js';

/**
 * The web edition in a real browser (Debian's Chromium through playwright-core, as the
 * preview test does): accessibility with axe-core, reflow, every sentence, icon-array names,
 * requests that stay in the output folder, and printing.
 */

const FBSS = 'failed-back-surgery-syndrome';
const LONG = 'long';

let browser: Browser;
let outDir: string;
const expected = new Map<string, string[]>();

beforeAll(async () => {
  const long = longHandout();
  const content = await makeContent({ [`handouts/${LONG}.md`]: long.text.replace('sizes: [a4, letter, a5, large-print, a5-booklet]', 'sizes: [a4, web]') });
  outDir = await mkdtemp(join(tmpdir(), 'handouts-web-'));
  const [fbss, own] = await Promise.all([
    build({ contentDir: 'content', outDir, inputs: [FBSS], sizes: ['a4', 'a5-booklet', 'web'] }),
    build({ contentDir: content, outDir: join(outDir, 'long-out'), inputs: [LONG] }),
  ]);
  expect([...fbss.diagnostics, ...own.diagnostics].filter((d) => d.severity === 'error')).toEqual([]);
  expected.set(FBSS, sentences(seedParagraphs()));
  expected.set(LONG, long.sentences);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** The page file of a handout. */
function pageFile(slug: string): string {
  return slug === FBSS ? join(outDir, FBSS, 'index.html') : join(outDir, 'long-out', LONG, 'index.html');
}

/** The output folder the page belongs to. */
function folderOf(slug: string): string {
  return slug === FBSS ? outDir : join(outDir, 'long-out');
}

async function open(slug: string, options: { width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<{ page: Page; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(pageFile(slug)).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  return { page, requests };
}

describe.each([FBSS, LONG])('the web page of %s', (slug) => {
  test.each(['light', 'dark'] as const)('should have no WCAG 2.0/2.1/2.2 A or AA violations that axe-core finds (%s scheme)', async (colorScheme) => {
    const { page } = await open(slug, { colorScheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each([320, 1280])('should reflow with no horizontal scrolling at %i CSS px', async (width) => {
    const { page } = await open(slug, { width });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('should show every sentence of the source', async () => {
    const { page } = await open(slug);
    const text = normalizeSpace(await page.locator('body').innerText());
    const missing = expected.get(slug)!.filter((sentence) => !text.includes(normalizeSpace(sentence)));
    expect(missing).toEqual([]);
    await page.close();
  });

  test('should name each icon array by its headline', async () => {
    const { page } = await open(slug);
    const headlines = await page.locator('.stat-headline').allInnerTexts();
    expect(headlines.length).toBeGreaterThan(0);
    // Two boxes may say the same thing: each headline names as many pictures as it heads.
    for (const headline of new Set(headlines)) {
      const boxes = headlines.filter((h) => h === headline).length;
      await expect(page.getByRole('img', { name: normalizeSpace(headline), exact: true }).count()).resolves.toBe(boxes);
    }
    expect(await page.getByRole('img').count()).toBe(headlines.length);
    await page.close();
  });

  test('should make no request outside its output folder', async () => {
    const { page, requests } = await open(slug);
    const folder = pathToFileURL(folderOf(slug)).href + '/';
    expect(requests.length).toBeGreaterThan(2);
    expect(requests.filter((url) => !url.startsWith(folder))).toEqual([]);
    await page.close();
  });

  test('should keep every sentence when printed', async () => {
    const { page } = await open(slug);
    const pdf = await page.pdf({ format: 'A4' });
    await page.close();
    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    const text = normalizeSpace((await parser.getText()).pages.map((p) => p.text).join(' '));
    await parser.destroy();
    // Printed pages break lines; a word broken at a line end is joined back by normalising space only.
    const missing = expected.get(slug)!.filter((sentence) => !text.includes(normalizeSpace(sentence)));
    expect(missing).toEqual([]);
  });
});

describe('the FBSS web page', () => {
  test('should start with a skip link that shows, with a visible focus ring, when tabbed to', async () => {
    const { page } = await open(FBSS, { width: 375 });
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return { text: element.textContent, href: element.getAttribute('href'), top: box.top, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(focused).toMatchObject({ text: 'Skip to the leaflet', href: '#main', outline: 'solid' });
    expect(focused.top).toBeGreaterThanOrEqual(0);
    expect(focused.width).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  test('should reflow at 200% zoom of a 1280 px window (640 CSS px at twice the pixels)', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    await page.goto(pathToFileURL(pageFile(FBSS)).href);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.close();
  });

  test('should put each statistic’s natural-frequency headline in words and in the picture’s name', async () => {
    const { page } = await open(FBSS);
    const names = await page.locator('svg.icon-array').evaluateAll((svgs) => svgs.map((svg) => document.getElementById(svg.getAttribute('aria-labelledby') ?? '')?.textContent ?? ''));
    const figure28 = naturalFrequency({ value: { kind: 'percent', percent: 28, text: '28%' }, denominator: null, people: 'people', timeframe: null });
    expect(names).toContain(`${figure28.headline} (28%)`);
    await page.close();
  });

  test('should weigh under 150 KB with its stylesheet and the fonts it loads', async () => {
    const { page, requests } = await open(FBSS);
    await page.close();
    const sizes = await Promise.all(requests.map(async (url) => (await readFile(new URL(url))).byteLength));
    expect(requests.some((url) => url.endsWith('.ttf'))).toBe(true);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(150 * 1024);
  });
});
