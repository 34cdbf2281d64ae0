// Renders page 1 of the FBSS leaflet in every size to docs/previews/<size>.png for the README,
// and screenshots its web page at 375 and 1280 CSS px (docs/previews/web-375.png, web-1280.png)
// in Debian's Chromium.
// Run with `npm run previews` (after `npm run compile`). Uses pdf-parse's renderer, so it
// needs no poppler; it is a development tool and the press itself never renders images.
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PDFParse } from 'pdf-parse';
import { chromium } from 'playwright-core';
import { build } from '../../dist/src/pipeline.js';

const SLUG = 'failed-back-surgery-syndrome';
const SIZES = [
  ['a4', ''],
  ['letter', ''],
  ['a5', ''],
  ['large-print', ''],
  ['dl-trifold', ''],
  ['a5-booklet', ''],
];

const out = await mkdtemp(join(tmpdir(), 'handouts-previews-'));
await build({ contentDir: 'content', outDir: out, inputs: [SLUG], sizes: [...SIZES.map(([size]) => size), 'web'] });
await mkdir('docs/previews', { recursive: true });
for (const [size, edition] of SIZES) {
  const file = join(out, SLUG, `${SLUG}-${size}${edition ? `-${edition}` : ''}.pdf`);
  const parser = new PDFParse({ data: new Uint8Array(await readFile(file)) });
  // Imposed sheets are landscape A4: a smaller scale keeps every picture about the same width.
  const scale = size === 'dl-trifold' || size === 'a5-booklet' ? 0.45 : size === 'a5' ? 0.6 : 0.45;
  const shot = await parser.getScreenshot({ scale, partial: [1] });
  await parser.destroy();
  const png = shot.pages[0]?.data;
  if (!png) throw new Error(`no picture for ${size}`);
  await writeFile(`docs/previews/${size}.png`, png);
  console.log(`docs/previews/${size}.png`);
}

// The web page as it opens, at a phone's width and a desktop's.
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width === 375 ? 1334 : 1000 }, colorScheme: 'light' });
  await page.goto(pathToFileURL(join(out, SLUG, 'index.html')).href);
  await page.evaluate(() => document.fonts.ready);
  const file = `docs/previews/web-${width}.png`;
  await page.screenshot({ path: file, scale: 'css' });
  await page.close();
  console.log(file);
}
await browser.close();

// One page per script, from the translation fixtures (test data, not the clinic's text):
// docs/previews/lang-<language>.png for the README's Languages section.
const LANGUAGES = ['vi', 'zh-Hans', 'el', 'hi', 'pa'];
const langOut = await mkdtemp(join(tmpdir(), 'handouts-previews-lang-'));
await build({ contentDir: 'tests/fixtures/i18n', outDir: langOut, inputs: LANGUAGES.map((language) => `i18n-test.${language}`), sizes: ['a5'] });
for (const language of LANGUAGES) {
  const parser = new PDFParse({ data: new Uint8Array(await readFile(join(langOut, 'i18n-test', `i18n-test.${language}-a5.pdf`))) });
  const shot = await parser.getScreenshot({ scale: 0.6, partial: [1] });
  await parser.destroy();
  const png = shot.pages[0]?.data;
  if (!png) throw new Error(`no picture for ${language}`);
  await writeFile(`docs/previews/lang-${language}.png`, png);
  console.log(`docs/previews/lang-${language}.png`);
}
