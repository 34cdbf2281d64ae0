import { describe, expect, test } from 'vitest';
import { englishMessages } from '../../src/content/load-messages.js';
import type { StatBlock } from '../../src/model/document.js';
import type { Messages } from '../../src/model/messages.js';
import { formatCount, naturalFrequency as phraseIn, statDenominator, type StatFigure } from '../../src/model/stat-phrase.js';

/** Stat words in English unless a test gives others. */
const naturalFrequency = (stat: Parameters<typeof phraseIn>[0], messages = englishMessages()) => phraseIn(stat, messages);
import { parseStatValue } from '../../src/model/stat-value.js';

function figure(value: string, extra: Partial<Pick<StatBlock, 'people' | 'timeframe' | 'denominator'>> = {}): StatFigure {
  const parsed = parseStatValue(value, (problem) => {
    throw new Error(problem.message);
  }, 'test.md');
  if (parsed === null) throw new Error('no statistic');
  return { value: parsed, people: 'people', timeframe: null, denominator: null, ...extra };
}

describe('naturalFrequency: percentages', () => {
  test('should put a whole percentage out of 100', () => {
    expect(naturalFrequency(figure('28%'))).toMatchObject({ denominator: 100, headline: 'About 28 in 100 people', filled: 28, span: 0, showArray: true });
  });

  test('should round a decimal to the nearest person', () => {
    expect(naturalFrequency(figure('2.9%'))).toMatchObject({ headline: 'About 3 in 100 people', filled: 3 });
  });

  test('should round a half up', () => {
    expect(naturalFrequency(figure('2.5%'))).toMatchObject({ headline: 'About 3 in 100 people', filled: 3 });
  });

  test('should round down below a half', () => {
    expect(naturalFrequency(figure('28.4%'))).toMatchObject({ headline: 'About 28 in 100 people', filled: 28 });
  });

  test('should key the filled and outline icons', () => {
    expect(naturalFrequency(figure('28%')).legend).toEqual([
      { mark: 'filled', text: 'Filled: 28 in 100' },
      { mark: 'empty', text: 'Outline: 72 in 100' },
    ]);
  });

  test('should state exactly 0% without "About" or filled icons', () => {
    expect(naturalFrequency(figure('0%'))).toMatchObject({ headline: '0 in 100 people', filled: 0, legend: [{ mark: 'empty', text: 'Outline: 100 in 100' }] });
  });

  test('should state exactly 100% without "About" or outline icons', () => {
    expect(naturalFrequency(figure('100%'))).toMatchObject({ headline: '100 in 100 people', filled: 100, legend: [{ mark: 'filled', text: 'Filled: 100 in 100' }] });
  });

  test('should say "More than 99 in 100" for a value that rounds up to everyone', () => {
    expect(naturalFrequency(figure('99.7%'))).toMatchObject({ headline: 'More than 99 in 100 people', filled: 99 });
  });
});

describe('naturalFrequency: never "1 in x"', () => {
  test.each([
    ['33.3%', 'About 33 in 100 people'],
    ['25%', 'About 25 in 100 people'],
    ['50%', 'About 50 in 100 people'],
  ])('should keep %s out of 100, not as "1 in x" (one denominator for every figure)', (value, headline) => {
    expect(naturalFrequency(figure(value)).headline).toBe(headline);
  });
});

describe('naturalFrequency: below 1%', () => {
  test('should use 1,000 as the denominator', () => {
    expect(naturalFrequency(figure('0.5%'))).toMatchObject({ denominator: 1000, headline: 'About 5 in 1,000 people', filled: 5, showArray: true });
  });

  test('should write the denominator with a thousands comma in the key', () => {
    expect(naturalFrequency(figure('0.5%')).legend.map((entry) => entry.text)).toEqual(['Filled: 5 in 1,000', 'Outline: 995 in 1,000']);
  });

  test('should say "Fewer than 1 in 1,000" and draw no array when nobody can be filled', () => {
    expect(naturalFrequency(figure('0.04%'))).toMatchObject({ headline: 'Fewer than 1 in 1,000 people', filled: 0, showArray: false, legend: [] });
  });

  test('should say "Fewer than 1 in 100" when the author forces 100 for a tiny value', () => {
    expect(naturalFrequency(figure('0.3%', { denominator: 100 }))).toMatchObject({ headline: 'Fewer than 1 in 100 people', showArray: false });
  });
});

describe('naturalFrequency: ranges', () => {
  test('should say "Between 17 and 28 in 100" for 17%-28%', () => {
    expect(naturalFrequency(figure('17%-28%'))).toMatchObject({ denominator: 100, headline: 'Between 17 and 28 in 100 people', filled: 17, span: 11 });
  });

  test('should key the low end, the span and the rest', () => {
    expect(naturalFrequency(figure('17%-28%')).legend).toEqual([
      { mark: 'filled', text: 'Filled: 17 in 100' },
      { mark: 'span', text: 'Shaded: 11 more, up to 28 in 100' },
      { mark: 'empty', text: 'Outline: 72 in 100' },
    ]);
  });

  test('should leave out the outline key when the range reaches everyone', () => {
    expect(naturalFrequency(figure('85-100%')).legend.map((entry) => entry.mark)).toEqual(['filled', 'span']);
  });

  test.each([
    ['5-15%', 'Between 5 and 15 in 100 people'],
    ['85-90%', 'Between 85 and 90 in 100 people'],
    ['0.2%-0.8%', 'Between 2 and 8 in 1,000 people'],
  ])('should phrase %s as "%s"', (value, headline) => {
    expect(naturalFrequency(figure(value)).headline).toBe(headline);
  });

  test('should say "Up to" when the low end rounds to no one', () => {
    expect(naturalFrequency(figure('0.3%-2%'))).toMatchObject({ headline: 'Up to 2 in 100 people', filled: 0, span: 2 });
  });

  test('should say "About" when both ends round to the same count', () => {
    expect(naturalFrequency(figure('2.6%-2.9%'))).toMatchObject({ headline: 'About 3 in 100 people', filled: 3, span: 0 });
  });
});

describe('naturalFrequency: attributes', () => {
  test('should name the people the author gave', () => {
    expect(naturalFrequency(figure('28%', { people: 'patients' })).headline).toBe('About 28 in 100 patients');
  });

  test('should end with the time frame', () => {
    expect(naturalFrequency(figure('17%-28%', { timeframe: 'after 10 years' })).headline).toBe('Between 17 and 28 in 100 people after 10 years');
  });

  test('should follow the author’s denominator', () => {
    expect(naturalFrequency(figure('28%', { denominator: 1000 }))).toMatchObject({ denominator: 1000, headline: 'About 280 in 1,000 people', filled: 280 });
  });

  test('should give the same result every time', () => {
    expect(naturalFrequency(figure('17%-28%'))).toEqual(naturalFrequency(figure('17%-28%')));
  });
});

describe('naturalFrequency: plural rules from the message catalogue', () => {
  // Test data: the English catalogue with the Italian stat lines, whose "people" agrees with the count.
  const italian: Messages = {
    ...englishMessages(),
    language: 'it',
    texts: {
      ...englishMessages().texts,
      stat_people: { one: 'persona', other: 'persone' },
      stat_about: 'Circa {count} {people} su {denominator}',
      stat_exact: '{count} {people} su {denominator}',
      stat_fewer_than: 'Meno di 1 {people} su {denominator}',
      key_filled: 'Piene: {count} su {denominator}',
      key_outline: 'Vuote: {count} su {denominator}',
    },
  };
  const unnamed = (value: string) => figure(value, { people: null });

  test('should take the singular for a count of one', () => {
    expect(naturalFrequency(unnamed('1%'), italian).headline).toBe('Circa 1 persona su 100');
  });

  test('should take the plural for other counts, zero included', () => {
    expect(naturalFrequency(unnamed('28%'), italian).headline).toBe('Circa 28 persone su 100');
    expect(naturalFrequency(unnamed('0%'), italian).headline).toBe('0 persone su 100');
  });

  test('should agree with the one in "fewer than 1"', () => {
    expect(naturalFrequency(unnamed('0.04%'), italian).headline).toBe('Meno di 1 persona su 1000');
  });

  test('should use the catalogue\'s "people" in English too when the author names none', () => {
    expect(naturalFrequency(unnamed('28%')).headline).toBe('About 28 in 100 people');
  });

  test('should key the icons in the catalogue\'s words', () => {
    expect(naturalFrequency(unnamed('28%'), italian).legend.map((entry) => entry.text)).toEqual(['Piene: 28 su 100', 'Vuote: 72 su 100']);
  });
});

describe('statDenominator', () => {
  test.each([
    ['28%', 100],
    ['1%', 100],
    ['0.99%', 1000],
    ['0%', 100],
    ['0.2%-0.8%', 1000],
    ['0.5%-2%', 100],
  ] as const)('should choose the denominator of %s as %s', (value, expected) => {
    expect(statDenominator(figure(value))).toBe(expected);
  });

  test('should prefer the author’s denominator', () => {
    expect(statDenominator(figure('0.5%', { denominator: 100 }))).toBe(100);
  });
});

describe('formatCount', () => {
  test.each([
    [5, '5'],
    [995, '995'],
    [1000, '1,000'],
    [1234567, '1,234,567'],
  ])('should write %s as %s', (count, text) => {
    expect(formatCount(count)).toBe(text);
  });
});
