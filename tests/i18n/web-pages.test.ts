import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { englishMessages } from '../../src/content/load-messages.js';
import { writeGallery } from '../../src/gallery/write-gallery.js';
import { readManifest } from '../../src/output/manifest.js';
import { build } from '../../src/pipeline.js';
import { axeViolations, launchChromium } from '../web/browser.js';
import { readPdf } from '../helpers/pdf.js';
import { FIXTURES, fixture, sentencesOf, squeeze } from './helpers.js';

/**
 * The web pages of translations: the i18n fixtures built with `web`, each translated page
 * read back in Chromium (its text, `lang`, the links between the languages, the press's words
 * from the language's catalogue, axe-core), and the keywords of a translated PDF.
 */

const SLUG = 'i18n-test';
const TRANSLATIONS = ['el', 'hi', 'pa', 'vi', 'zh-Hans'] as const;
const SOURCE_LANGUAGE = 'en-AU';

let browser: Browser;
let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'handouts-i18n-web-'));
  const result = await build({ contentDir: FIXTURES, outDir, sizes: ['a4', 'web'] });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
});

/** A page of the leaflet: the source's (`null`) or a translation's. */
function pageFile(language: string | null): string {
  return join(outDir, SLUG, ...(language ? [language] : []), 'index.html');
}

async function open(language: string | null): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(pathToFileURL(pageFile(language)).href, { waitUntil: 'load' });
  return page;
}

/** The files a page's links and stylesheet point at, resolved against the page. */
async function linkedFiles(page: Page, selector: string, attribute: string): Promise<string[]> {
  const urls = await page.locator(selector).evaluateAll((elements, name) => elements.map((element) => (element as HTMLAnchorElement)[name as 'href']), attribute);
  return urls.map((url) => fileURLToPath(url));
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isFile() ?? false;
}

describe.each(TRANSLATIONS)('the web page of the %s translation', (language) => {
  test('should be at <slug>/<language>/index.html, in the manifest with its language, in its language', async () => {
    const manifest = await readManifest(outDir);
    const entry = manifest.handouts.find((h) => h.slug === SLUG && h.language === language);
    expect(entry?.outputs.find((o) => o.size === 'web')?.file).toBe(`${SLUG}/${language}/index.html`);
    const page = await open(language);
    expect(await page.locator('html').getAttribute('lang')).toBe(language);
    await page.close();
  });

  test('should show every sentence of the translation', async () => {
    const page = await open(language);
    const text = squeeze(await page.locator('body').innerText());
    const missing = sentencesOf(await fixture(`handouts/${SLUG}.${language}.md`)).filter((sentence) => !text.includes(sentence));
    expect(missing).toEqual([]);
    await page.close();
  });

  test("should link to the leaflet's other languages, each named in its own language, and to its own PDFs", async () => {
    const page = await open(language);
    const links = page.locator('nav.languages a');
    const tags = await links.evaluateAll((elements) => elements.map((a) => [a.getAttribute('hreflang'), a.getAttribute('lang')]));
    expect(tags.map(([hreflang]) => hreflang).sort()).toEqual([SOURCE_LANGUAGE, ...TRANSLATIONS.filter((other) => other !== language)].sort());
    expect(tags.every(([hreflang, lang]) => hreflang === lang)).toBe(true);
    expect(await links.allInnerTexts()).toContain(new Intl.DisplayNames([SOURCE_LANGUAGE], { type: 'language' }).of(SOURCE_LANGUAGE));
    const targets = await linkedFiles(page, 'nav.languages a', 'href');
    for (const target of targets) expect(await exists(target), target).toBe(true);
    const others = [pageFile(null), ...TRANSLATIONS.filter((other) => other !== language).map(pageFile)];
    expect(targets.sort()).toEqual(others.sort());
    const pdfs = await linkedFiles(page, '.downloads a', 'href');
    expect(pdfs).toEqual([join(outDir, SLUG, `${SLUG}.${language}-a4.pdf`)]);
    expect(await exists(pdfs[0]!)).toBe(true);
    const [stylesheet] = await linkedFiles(page, 'link[rel=stylesheet]', 'href');
    expect(stylesheet).toBe(join(outDir, 'assets', 'handouts.css'));
    await page.close();
  });

  test('should have no WCAG 2.0/2.1/2.2 A or AA violations that axe-core finds', async () => {
    const page = await open(language);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

test("should link the source's page to every translation's", async () => {
  const page = await open(null);
  const targets = await linkedFiles(page, 'nav.languages a', 'href');
  expect(targets.sort()).toEqual(TRANSLATIONS.map(pageFile).sort());
  for (const target of targets) expect(await exists(target)).toBe(true);
  expect(dirname(targets[0]!)).not.toBe(join(outDir, SLUG));
  await page.close();
});

test("should leave none of the press's English words on the Vietnamese page", async () => {
  const page = await open('vi');
  // The clinic's own words are not the press's: the brand's name and disclaimer and the
  // surgeon's name, role and bio print as written (README, "Languages").
  await page.evaluate(() => document.querySelectorAll('.clinic, .byline, .bio > p, .bio-details, .site-footer h2, .disclaimer').forEach((element) => element.remove()));
  const visible = await page.locator('body').innerText();
  const named = await page.evaluate(() => [...document.querySelectorAll('[aria-label], [alt], [title]')].map((element) => [element.getAttribute('aria-label'), element.getAttribute('alt'), element.getAttribute('title')].join(' ')).join(' '));
  const text = `${visible} ${named}`;
  // Each English message's own words (its text between placeholders), as whole words.
  const english = Object.values(englishMessages().texts)
    .flatMap((message) => (typeof message === 'string' ? [message] : Object.values(message)))
    .flatMap((message) => message.split(/\{\w+\}/))
    .map((words) => words.trim().replace(/[:.]$/, ''))
    .filter((words) => /[A-Za-z]{3}/.test(words));
  const left = [...new Set(english)].filter((words) => new RegExp(`(^|[^A-Za-z])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^A-Za-z]|$)`).test(text));
  expect(left).toEqual([]);
  await page.close();
});

test("should list each translation's web page on its source's card in the gallery", async () => {
  // A build keeps a gallery up to date once there is one; `handouts gallery` makes the first.
  await writeGallery(outDir);
  const gallery = await readFile(join(outDir, 'index.html'), 'utf8');
  for (const language of TRANSLATIONS) expect(gallery).toContain(`href="${SLUG}/${language}/index.html"`);
});

test("should name a translated PDF's version in its keywords in the language's words", async () => {
  const pdf = await readPdf(await readFile(join(outDir, SLUG, `${SLUG}.vi-a4.pdf`)));
  expect(pdf.info['Keywords']).toBe('TEST-I18N-001-VI, Phiên bản 1.2');
  const source = await readPdf(await readFile(join(outDir, SLUG, `${SLUG}-a4.pdf`)));
  expect(source.info['Keywords']).toBe('TEST-I18N-001, version 1.2');
});
