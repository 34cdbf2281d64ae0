import { beforeAll, describe, expect, test } from 'vitest';
import type { Brand, StatBlock } from '../../src/model/document.js';
import { naturalFrequency as phraseIn } from '../../src/model/stat-phrase.js';
import { englishMessages } from '../../src/content/load-messages.js';

/** Stat words in English unless a test gives others. */
const naturalFrequency = (stat: Parameters<typeof phraseIn>[0], messages = englishMessages()) => phraseIn(stat, messages);
import { parseStatValue } from '../../src/model/stat-value.js';
import { glyphChecker } from '../../src/render/glyph-coverage.js';
import { renderDocument } from '../../src/render/render-document.js';
import { SIZES } from '../../src/print/sizes.js';
import { textRuns } from '../helpers/pdf-layout.js';
import { clinicBrand, collectStats, fbssDocument, pageTexts, renderStats, squash } from './helpers.js';

// The clinic's own captions in the FBSS leaflet: they must print word for word.
const FBSS_CAPTIONS = [
  'Nearly a third of patients (28%) still have some back or leg pain after a discectomy.',
  'There’s a substantial likelihood of reoperation during the decade after lumbar spine surgery. Anywhere from a quarter to a third (17%-28%) of patients need revision surgery.',
];

function stat(value: string, caption: string, extra: Partial<StatBlock> = {}): StatBlock {
  const parsed = parseStatValue(value, (problem) => {
    throw new Error(problem.message);
  }, 'test.md');
  if (parsed === null) throw new Error('no statistic');
  const place = { line: 1, column: 1 };
  return {
    type: 'stat',
    place,
    value: parsed,
    source: null,
    people: 'people',
    timeframe: null,
    denominator: null,
    caption: [{ type: 'paragraph', place, children: [{ type: 'text', value: caption }] }],
    ...extra,
  };
}

let brand: Brand;
beforeAll(async () => {
  brand = await clinicBrand();
});

describe('the FBSS leaflet', () => {
  test('should hold two stats, 28% and 17%-28%', async () => {
    const stats = collectStats(await fbssDocument());
    expect(stats.map((s) => s.value.text)).toEqual(['28%', '17%-28%']);
  });

  describe.each(['a4', 'letter'])('in %s', (sizeId) => {
    let text: string;
    beforeAll(async () => {
      const bytes = await renderDocument(await fbssDocument(), SIZES[sizeId]!, { bleed: 0, writingPages: 0 });
      text = squash((await pageTexts(bytes)).join(' '));
    });

    test('should print "About 28 in 100 people (28%)"', () => {
      expect(text).toContain('About 28 in 100 people (28%)');
    });

    test('should print "Between 17 and 28 in 100 people (17%-28%)"', () => {
      expect(text).toContain('Between 17 and 28 in 100 people (17%-28%)');
    });

    test('should print the clinic’s captions word for word', () => {
      for (const caption of FBSS_CAPTIONS) expect(text).toContain(caption);
    });

    test('should print the keys of both arrays', () => {
      expect(text).toContain('Filled: 28 in 100 Outline: 72 in 100');
      expect(text).toContain('Filled: 17 in 100 Shaded: 11 more, up to 28 in 100 Outline: 72 in 100');
    });
  });
});

describe.each(Object.keys(SIZES))('a stat callout in %s', (sizeId) => {
  test('should read back as headline, caption, key and source, with nothing from the drawing', async () => {
    const one = stat('17%-28%', 'A caption from the clinic.', { source: 'A registry, 2020', timeframe: 'after 10 years' });
    const pages = await pageTexts(await renderStats([one], brand, SIZES[sizeId]!));
    expect(pages.map(squash)).toEqual([
      'Between 17 and 28 in 100 people after 10 years (17%-28%) A caption from the clinic. ' +
        'Filled: 17 in 100 Shaded: 11 more, up to 28 in 100 Outline: 72 in 100 Source: A registry, 2020',
    ]);
  });

  test('should keep a callout with a 1,000-icon array on one page', async () => {
    const pages = await pageTexts(await renderStats([stat('0.5%', 'A rare outcome.')], brand, SIZES[sizeId]!));
    expect(pages.map(squash)).toEqual(['About 5 in 1,000 people (0.5%) A rare outcome. Filled: 5 in 1,000 Outline: 995 in 1,000']);
  });
});

describe('a stat callout', () => {
  test('should print words alone for a value too small to draw', async () => {
    const pages = await pageTexts(await renderStats([stat('0.04%', 'Very rare.')], brand, SIZES['a4']!));
    expect(pages.map(squash)).toEqual(['Fewer than 1 in 1,000 people (0.04%) Very rare.']);
  });

  test('should wrap the exact figure whole, never with an inserted hyphen', async () => {
    // On A4 this headline fills its line, so the figure has to move down whole.
    const pages = await pageTexts(await renderStats([stat('0.2%-0.8%', 'A caption.')], brand, SIZES['a4']!));
    expect(squash(pages.join(' '))).toContain('Between 2 and 8 in 1,000 people (0.2%-0.8%) A caption.');
  });

  test('should use only characters the brand font has', () => {
    const checker = glyphChecker(brand.font);
    const values = ['28%', '2.9%', '0.5%', '0.04%', '99.7%', '0%', '100%', '17%-28%', '0.3%-2%', '0.2%-0.8%'];
    const words = values.flatMap((value) => {
      const frequency = naturalFrequency(stat(value, ''));
      return [frequency.headline, ...frequency.legend.map((entry) => entry.text)];
    });
    const missing = [...new Set(words.join('') + ' ()Source:')].filter((char) => char !== ' ' && !checker.has(char.codePointAt(0) ?? 0));
    expect(missing).toEqual([]);
  });

  test('should render the same bytes twice', async () => {
    const stats = [stat('17%-28%', 'A caption.'), stat('0.5%', 'Another.')];
    expect(await renderStats(stats, brand, SIZES['a4']!)).toEqual(await renderStats(stats, brand, SIZES['a4']!));
  });
});

// The README says where each size puts the picture; this checks it on the page.
describe('where a stat callout puts its picture', () => {
  const placement = async (sizeId: string) => {
    const [runs = []] = await textRuns(await renderStats([stat('28%', 'Nearly a third of patients still have some pain.')], brand, SIZES[sizeId]!));
    const headline = runs.find((run) => run.text.startsWith('About 28'));
    const key = runs.find((run) => run.text.startsWith('Filled'));
    if (!headline || !key) throw new Error(`no headline or key in ${sizeId}`);
    // PDF y grows upwards. The key sits under the icons, so it stands for the picture.
    if (key.y > headline.y) return 'above the words';
    return key.x < headline.x - 20 ? 'beside the words' : 'below the words';
  };

  test.each([
    ['a4', 'beside the words'],
    ['letter', 'beside the words'],
    ['a5', 'beside the words'],
    ['a5-booklet', 'beside the words'],
    ['dl-trifold', 'above the words'],
    ['large-print', 'below the words'],
  ])('%s: %s', async (sizeId, where) => {
    expect(await placement(sizeId)).toBe(where);
  });
});
