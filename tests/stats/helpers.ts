import { englishMessages } from '../../src/content/load-messages.js';
import { readFile } from 'node:fs/promises';
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { PDFParse } from 'pdf-parse';
import { createElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { loadBrands, loadSurgeons } from '../../src/library/load-library.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import type { Block, Brand, HandoutDocument, StatBlock } from '../../src/model/document.js';
import { buildDocument } from '../../src/library/build-document.js';
import { parseSource } from '../../src/content/parse-source.js';
import { Blocks } from '../../templates/handout/components/Blocks.js';
import { phraseStats } from '../../src/model/display-fields.js';
import { createStyles, ThemeContext } from '../../templates/handout/theme.js';
import { registerFont } from '../../src/print/react-pdf-fonts.js';
import { SIZES, type SizeProfile } from '../../src/print/sizes.js';

/**
 * Build a handout from markdown text, with the real brands and no surgeon.
 * @param markdown The whole file, front matter included.
 * @returns The document, or the diagnostics it produced.
 */
export async function buildFromMarkdown(markdown: string): Promise<HandoutDocument | Diagnostic[]> {
  const unread: Diagnostic[] = [];
  const parsed = parseSource(markdown, 'content/handouts/test.md', (d) => unread.push(d));
  if (!parsed) return unread;
  const brands = await loadBrands('templates', () => {});
  const document = buildDocument(
    parsed,
    { surgeons: new Map(), brands, sizes: Object.keys(SIZES), plannedSizes: [], defaultBrand: 'vicoss', defaultSizes: ['a4'] },
    'test',
    (d) => unread.push(d),
  );
  return document ?? unread;
}

/**
 * The stat blocks parsed from one `:::stat` directive (diagnostics included), for model tests.
 * @param directive E.g. `:::stat{value="28%"}\nCaption.\n:::`.
 * @returns The stat blocks found and every diagnostic.
 */
export async function parseStats(directive: string): Promise<{ stats: StatBlock[]; diagnostics: Diagnostic[] }> {
  const result = await buildFromMarkdown(`---\ntitle: "Test"\n---\n\n## Question?\n\n${directive}\n`);
  if (Array.isArray(result)) return { stats: [], diagnostics: result };
  return { stats: collectStats(result), diagnostics: [] };
}

/** The real FBSS leaflet, built. */
export async function fbssDocument(): Promise<HandoutDocument> {
  const text = await readFile('content/handouts/failed-back-surgery-syndrome.md', 'utf8');
  const unread: Diagnostic[] = [];
  const parsed = parseSource(text, 'content/handouts/failed-back-surgery-syndrome.md', (d) => unread.push(d));
  if (!parsed) throw new Error(unread.map((d) => d.message).join('\n'));
  const brands = await loadBrands('templates', () => {});
  const { surgeons } = await loadSurgeons('content', () => {});
  const doc = buildDocument(
    parsed,
    { surgeons, brands, sizes: Object.keys(SIZES), plannedSizes: [], defaultBrand: 'vicoss', defaultSizes: ['a4'] },
    'fbss',
    (d) => unread.push(d),
  );
  if (!doc) throw new Error(unread.map((d) => d.message).join('\n'));
  return doc;
}

/**
 * Every stat block in a handout, in reading order, however deeply nested (the FBSS ones sit in a list).
 * @param doc The handout.
 * @returns The stat blocks.
 */
export function collectStats(doc: HandoutDocument): StatBlock[] {
  const visit = (blocks: readonly Block[]): StatBlock[] =>
    blocks.flatMap((block) => {
      if (block.type === 'stat') return [block];
      if (block.type === 'list') return block.items.flatMap((item) => visit(item.children));
      if (block.type === 'quote' || block.type === 'callout') return visit(block.children);
      return [];
    });
  return visit([...doc.intro, ...doc.sections.flatMap((section) => section.blocks)]);
}

/**
 * The text of each page of a PDF, as pdf-parse extracts it.
 * @param bytes The PDF.
 * @returns One string per page.
 */
export async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

/** Collapse white space, so line breaks in the PDF don't matter. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The real clinic brand. */
export async function clinicBrand(): Promise<Brand> {
  const brands = await loadBrands('templates', () => {});
  const brand = brands.get('vicoss');
  if (!brand) throw new Error('brand vicoss missing');
  return brand;
}

/**
 * Render stat callouts alone on pages of a given size, inside the handout theme.
 * @param stats The callouts.
 * @param brand The brand.
 * @param size The page size.
 * @returns The PDF bytes.
 */
export async function renderStats(stats: readonly StatBlock[], brand: Brand, size: SizeProfile): Promise<Uint8Array> {
  // The fonts the callouts' text needs (their strings; the English key words are in the brand font).
  const family = registerFont(brand.font, 'en', new Set(Array.from(JSON.stringify(stats), (char) => char.codePointAt(0)!)));
  const styles = createStyles(brand, size, family);
  const page = createElement(Page, { size: [size.width, size.height], style: styles.page, wrap: true }, createElement(Blocks, { blocks: phraseStats(stats, englishMessages()) }));
  const doc = createElement(Document, { creationDate: new Date('2000-01-01T00:00:00Z'), modificationDate: new Date('2000-01-01T00:00:00Z') }, page);
  const element = createElement(ThemeContext.Provider, { value: { styles, size, brand, bleed: 0, messages: englishMessages() } }, doc) as unknown as Parameters<typeof renderToBuffer>[0];
  const buffer = await renderToBuffer(element);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * Every element in a React element tree, depth first (function components are not called).
 * @param node The root.
 * @returns The elements, each with the chain of element types above it.
 */
export function walkElements(node: ReactNode, ancestors: unknown[] = []): Array<{ element: ReactElement<Record<string, unknown>>; ancestors: unknown[] }> {
  if (Array.isArray(node)) return node.flatMap((child: ReactNode) => walkElements(child, ancestors));
  if (!isValidElement(node)) return [];
  const element = node as ReactElement<Record<string, unknown>>;
  return [{ element, ancestors }, ...walkElements(element.props['children'] as ReactNode, [...ancestors, element.type])];
}
