import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { readTagged, type TaggedReadback } from '../helpers/tagged-pdf.js';
import { fixture, fixtureContent, sentencesOf, squeeze } from './helpers.js';

// The Hindi and Punjabi test translations (test data) with a web address, so their back page
// has a QR code: built tagged, as the pipeline builds every screen edition, and read back
// through the structure tree, as a screen reader reads them.
const SLUG = 'i18n-test';
const WEB_URL = 'https://example.org/handouts/i18n-test';
/** Each language's own `read_online` words (templates/messages/<lang>.yaml). */
const READ_ONLINE: Record<string, string> = { hi: 'यह पर्चा ऑनलाइन पढ़ें', pa: 'ਇਹ ਪਰਚਾ ਔਨਲਾਈਨ ਪੜ੍ਹੋ' };

const readbacks = new Map<string, TaggedReadback>();

beforeAll(async () => {
  const change: Record<string, string> = {};
  for (const language of Object.keys(READ_ONLINE)) {
    const path = `handouts/${SLUG}.${language}.md`;
    change[path] = (await fixture(path)).replace('\ntranslation_of:', `\nweb_url: "${WEB_URL}"\ntranslation_of:`);
  }
  const out = await mkdtemp(join(tmpdir(), 'handouts-i18n-tagged-'));
  const result = await build({ contentDir: await fixtureContent(change), outDir: out, inputs: Object.keys(READ_ONLINE).map((l) => `${SLUG}.${l}`), sizes: ['a4'], jobs: 1, today: '2026-06-01' });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  for (const language of Object.keys(READ_ONLINE)) {
    readbacks.set(language, await readTagged(new Uint8Array(await readFile(join(out, SLUG, `${SLUG}.${language}-a4.pdf`)))));
  }
}, 300_000);

describe.each(Object.keys(READ_ONLINE))('%s, tagged', (language) => {
  test('the structure tree reads every sentence as written', async () => {
    const text = squeeze(readbacks.get(language)!.text);
    for (const sentence of sentencesOf(await fixture(`handouts/${SLUG}.${language}.md`))) expect(text).toContain(sentence);
  });

  test('every piece of text is in a structure element or an artifact (the /ActualText spans sit inside their element)', () => {
    for (const page of readbacks.get(language)!.pages) {
      expect(page.untagged).toEqual([]);
      expect(page.dangling).toEqual([]);
    }
  });

  test("the QR code's alt text is in the language, from its catalogue", () => {
    const alts = readbacks.get(language)!.elements.filter((e) => e.role === 'Figure' && e.alt?.includes(WEB_URL)).map((e) => e.alt);
    expect(alts).toEqual([`${READ_ONLINE[language]}: ${WEB_URL}?v=1.2`]);
  });
});
