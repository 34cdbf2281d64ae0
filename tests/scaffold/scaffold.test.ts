import { describe, expect, test } from 'vitest';
import { slugify } from '../../src/model/slugify.js';
import { addMonths, localToday } from '../../src/scaffold/add-months.js';
import { PLACEHOLDER, scaffoldHandout, SKELETON_QUESTIONS } from '../../src/scaffold/scaffold-handout.js';

const OPTIONS = { title: 'Lumbar fusion: what to expect', slug: 'lumbar-fusion-what-to-expect', surgeon: null, knownSurgeons: ['dr-a'], brand: null, today: '2026-01-31', reviewMonths: 12 };

describe('slugify', () => {
  test('should make an ASCII, lower-case, hyphenated slug from a title', () => {
    expect(slugify('Lumbar fusion: what to expect')).toBe('lumbar-fusion-what-to-expect');
  });

  test('should drop accents and apostrophes', () => {
    expect(slugify('Débridement — what’s next?')).toBe('debridement-whats-next');
  });

  test('should leave nothing for a title without Latin letters or digits', () => {
    expect(slugify('脊柱')).toBe('');
  });
});

describe('addMonths', () => {
  test('should add a year', () => {
    expect(addMonths('2026-03-05', 12)).toBe('2027-03-05');
  });

  test('should clamp to the last day of a shorter month', () => {
    expect([addMonths('2026-01-31', 1), addMonths('2027-12-31', 2)]).toEqual(['2026-02-28', '2028-02-29']);
  });
});

describe('localToday', () => {
  test('should give the local calendar day', () => {
    expect(localToday(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
  });
});

describe('scaffoldHandout', () => {
  test('should date the review today and the next one the review period later', () => {
    const text = scaffoldHandout(OPTIONS);
    expect(text).toContain('\nreviewed: 2026-01-31\n');
    expect(text).toContain('\nreview_due: 2027-01-31\n');
  });

  test('should quote the title as YAML', () => {
    expect(scaffoldHandout({ ...OPTIONS, title: 'Say "no": a \\ test' })).toContain('\ntitle: "Say \\"no\\": a \\\\ test"\n');
  });

  test('should ask every skeleton question, each answered by the placeholder', () => {
    const text = scaffoldHandout(OPTIONS);
    for (const question of SKELETON_QUESTIONS) expect(text).toContain(`## ${question}\n\n${PLACEHOLDER}\n`);
    expect(PLACEHOLDER).toMatch(/^Replace this/);
  });

  test('should name the surgeon when given, else list the known ones in a comment', () => {
    expect(scaffoldHandout({ ...OPTIONS, surgeon: 'dr-a' })).toContain('\nsurgeon: dr-a\n');
    expect(scaffoldHandout(OPTIONS)).toContain('\n# surgeon: dr-a');
  });
});

describe('slugify with a length limit', () => {
  test('should cut a long slug at a hyphen', () => {
    expect(slugify('What happens after a lumbar fusion operation', 20)).toBe('what-happens-after-a');
  });
});
