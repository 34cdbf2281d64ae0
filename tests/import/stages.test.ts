import type { Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { cleanCharacters } from '../../src/import/clean-characters.js';
import { detectSourceKind } from '../../src/import/detect-source-kind.js';
import { extractArticle } from '../../src/import/extract-article.js';
import { folderImageLookup } from '../../src/import/folder-image-lookup.js';
import type { ImageLookup } from '../../src/import/place-images.js';
import { lineLocator } from '../../src/import/import-notes.js';
import { mapHeadings } from '../../src/import/map-headings.js';
import { parseHtml } from '../../src/import/read-article.js';
import { openZip } from '../../src/import/read-zip.js';
import { stringifyMarkdown } from '../../src/import/convert-html.js';
import { suggestBoxes } from '../../src/import/suggest-boxes.js';
import { parseMarkdown } from '../../src/model/parse-markdown.js';
import { makeContent } from '../helpers/library.js';
import { makeZip } from './make-zip.js';
import { DiagnosticSink } from '../../src/diagnostics.js';
import type { ImportReport } from '../../src/import/refuse-import.js';

// A 2 × 2 PNG, generated for these tests.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==', 'base64');

const locate = lineLocator('test.md');

function tree(markdown: string): Root {
  return parseMarkdown(markdown);
}

/** Run one import stage on `leaflet.docx`: its result, and the refusals it reported. */
function refusals<T>(stage: (to: ImportReport) => T): { result: T; reported: ReturnType<DiagnosticSink['sorted']> } {
  const sink = new DiagnosticSink();
  const result = stage({ file: 'leaflets/leaflet.docx', report: sink.report });
  return { result, reported: sink.sorted() };
}

/** A picture lookup's result, and the phrase it reported when it gave none. */
function picture(lookup: ImageLookup, src: string): Buffer | string {
  let phrase = '';
  return lookup(src, (why) => (phrase = why)) ?? phrase;
}

describe('openZip', () => {
  test('should read an archive whose sizes are true', () => {
    const { result: zip, reported } = refusals((to) => openZip(makeZip([{ name: 'word/document.xml', data: Buffer.from('<w:document/>') }]), to));
    expect(reported).toEqual([]);
    expect(zip?.read('word/document.xml')?.toString()).toBe('<w:document/>');
  });

  test('should refuse an archive whose stated sizes add up past the limit, before unpacking', () => {
    const zip = makeZip(Array.from({ length: 3 }, (_, i) => ({ name: `part${i}.xml`, data: Buffer.from('x'), statedSize: 20_000_000 })));
    const { result, reported } = refusals((to) => openZip(zip, to));
    expect(result).toBeNull();
    expect(reported).toEqual([expect.objectContaining({ file: 'leaflets/leaflet.docx', line: 1, column: 1, severity: 'error', ruleId: 'import/docx', message: expect.stringContaining('the file would unpack to more than 50 MB') })]);
    expect(reported[0]?.message).toContain('looks like a zip bomb');
  });

  test('should refuse an entry that unpacks to more than it states', () => {
    const zip = makeZip([{ name: 'word/document.xml', data: Buffer.alloc(100_000), statedSize: 10 }]);
    const { result, reported } = refusals((to) => openZip(zip, to));
    expect(result).toBeNull();
    expect(reported.map((d) => [d.ruleId, d.message])).toEqual([['import/docx', expect.stringContaining('lies about its sizes')]]);
  });
});

describe('folderImageLookup', () => {
  test('should read pictures in the folder and inline PNGs, and refuse the network, other inline kinds and escapes', async () => {
    const folder = await makeContent({ 'pic.png': PNG, 'sub/pic.png': PNG });
    const lookup = folderImageLookup(folder);
    expect(picture(lookup, 'pic.png')).toEqual(PNG);
    expect(picture(lookup, 'sub/pic.png?v=2')).toEqual(PNG);
    expect(picture(lookup, `data:image/png;base64,${PNG.toString('base64')}`)).toEqual(PNG);
    expect(picture(lookup, 'https://example.org/pic.png')).toEqual(expect.stringContaining('is on the network'));
    expect(picture(lookup, 'data:image/gif;base64,R0lGOD')).toEqual(expect.stringContaining('inline picture that is not a PNG or JPEG'));
    expect(picture(lookup, '../outside.png')).toEqual(expect.stringMatching(/does not exist|outside the page's folder/));
    expect(picture(lookup, '/etc/hostname')).toEqual(expect.stringContaining("outside the page's folder"));
  });
});

describe('detectSourceKind', () => {
  test('should go by the bytes before the name', () => {
    const pdf = refusals((to) => detectSourceKind(Buffer.from('%PDF-1.7'), 'leaflet.html', to));
    expect(pdf.result).toBeNull();
    expect(pdf.reported).toEqual([expect.objectContaining({ file: 'leaflets/leaflet.docx', line: 1, column: 1, severity: 'error', ruleId: 'import/kind', message: expect.stringContaining('the file is a PDF') })]);
    const zip = refusals((to) => detectSourceKind(makeZip([{ name: 'a', data: Buffer.from('a') }]), 'leaflet.html', to));
    expect(zip.result).toBeNull();
    expect(zip.reported.map((d) => d.message)).toEqual([expect.stringContaining('zip archive but not named .docx')]);
    expect(refusals((to) => detectSourceKind(Buffer.from('<h1>x</h1>'), 'page.HTM', to))).toEqual({ result: 'html', reported: [] });
    // Three bytes: shorter than a zip signature.
    expect(refusals((to) => detectSourceKind(Buffer.from('# x'), 'x.md', to))).toEqual({ result: 'markdown', reported: [] });
  });
});

describe('mapHeadings', () => {
  test('should take the one top heading as the title and make the next level the questions', () => {
    const body = tree('# Title\n\nIntro.\n\n### Question one?\n\n#### Part\n\n### Question two?\n');
    const mapped = mapHeadings(body, { declared: null, property: null }, locate);
    expect(mapped?.title).toBe('Title');
    expect(mapped?.questions).toEqual(['Question one?', 'Question two?']);
    expect(stringifyMarkdown(body)).toBe('Intro.\n\n## Question one?\n\n### Part\n\n## Question two?\n');
  });

  test('should use the title property when several headings share the top level, and drop one that repeats it', () => {
    const body = tree('# The title\n\n# First?\n\nText.\n\n# Second?\n');
    const mapped = mapHeadings(body, { declared: null, property: 'The Title' }, locate);
    expect(mapped?.title).toBe('The Title');
    expect(mapped?.questions).toEqual(['First?', 'Second?']);
    expect(mapped?.left).toEqual([{ where: 'test.md:1:1', message: 'heading "The title" only repeats the title' }]);
  });

  test('should clean the title it takes from a heading as the body is cleaned', () => {
    const body = tree('# Spinal\u00ad fusion\u200b guide\n\n## Why?\n');
    expect(mapHeadings(body, { declared: null, property: null }, locate)?.title).toBe('Spinal fusion guide');
  });

  test('should find no title in a document with neither headings nor a title property', () => {
    expect(mapHeadings(tree('Just text.\n'), { declared: null, property: null }, locate)).toBeNull();
  });
});

describe('suggestBoxes', () => {
  test('should suggest only a single figure, written exactly as the source has it', () => {
    const body = tree('About 28 % of people.\n\nFrom 17%-28%.\n\nBetween 5% and 9%.\n\nNo figure here.\n');
    const notes = suggestBoxes(body, false, locate);
    expect(notes.map((note) => note.message)).toEqual(['could be a statistic box: 28 %: "About 28 % of people."', 'could be a statistic box: 17%-28%: "From 17%-28%."']);
    expect(stringifyMarkdown(body)).toContain('<!-- import: could be a statistic box: 28 % -->\n\nAbout 28 % of people.');
  });

  test('should suggest a warning box for "Warning", "Important" and "Call us", not for a word that only starts so', () => {
    const body = tree('Important: fast from midnight.\n\nCall us if you bleed.\n\nImportantly, rest.\n');
    expect(suggestBoxes(body, true, locate)).toHaveLength(2);
    expect(stringifyMarkdown(body)).toBe(':::warning\nImportant: fast from midnight.\n:::\n\n:::warning\nCall us if you bleed.\n:::\n\nImportantly, rest.\n');
  });
});

describe('cleanCharacters', () => {
  test('should make no-break spaces plain and drop soft hyphens, leaving smart quotes and dashes', () => {
    const body = tree('It\u2019s a\u00a0long open\u00ading \u2013 \u201cquoted\u201d.\n');
    expect(cleanCharacters(body)).toEqual(['1 non-breaking space(s) made plain spaces', '1 soft hyphen(s) removed']);
    expect(stringifyMarkdown(body)).toBe('It\u2019s a long opening \u2013 \u201cquoted\u201d.\n');
  });
});

describe('extractArticle', () => {
  test('should keep the article and list what was around it, with element paths', () => {
    const page = parseHtml('<body><nav>Menu</nav><main><h1>T</h1><p>Text.</p><aside class="note">Clinic box.</aside></main><footer>Foot</footer></body>', false);
    const { article, leftOut } = extractArticle(page);
    expect(leftOut.map((item) => `${item.path}: ${item.reason}: ${item.text}`)).toEqual(['body > nav: site navigation: Menu', 'body > footer: page footer: Foot']);
    expect(JSON.stringify(article)).toContain('Clinic box.');
  });

  test('should take whole class names for furniture, so a clinic’s own sections with similar names stay', () => {
    const page = parseHtml('<article><h1>T</h1><div class="social-support">Social workers can help.</div><div class="related-conditions">Related conditions.</div><div class="ad-hoc">Ad hoc.</div><div class="share-bar">Share</div><div id="main-menu">Menu</div></article>', false);
    const { article, leftOut } = extractArticle(page);
    expect(leftOut.map((item) => item.reason)).toEqual(['"share this" links', 'site navigation']);
    expect(JSON.stringify(article)).toContain('Social workers can help.');
    expect(JSON.stringify(article)).toContain('Related conditions.');
    expect(JSON.stringify(article)).toContain('Ad hoc.');
  });
});
