import { describe, expect, test } from 'vitest';
import { keepNumbersTogether } from '../../src/print/keep-numbers-together.js';

/** Shows each no-break space as "~" so the expectations are readable. */
const marked = (text: string) => keepNumbersTogether(text).replaceAll('\u00a0', '~');

describe('keeping numbers together on a line', () => {
  test.each([
    ['Call 03 9000 0000 today.', 'Call 03~9000~0000 today.'],
    ['Call +61 3 9000 0000.', 'Call +61~3~9000~0000.'],
    ['Call (03) 9000 0000.', 'Call (03)~9000~0000.'],
    ['Call 1300 000 000.', 'Call 1300~000~000.'],
    ['Come at 7:00 am or 7 pm.', 'Come at 7:00~am or 7~pm.'],
    ['From 10.30 a.m. on.', 'From 10.30~a.m. on.'],
    ['About 1 in 3 people, 1 in 1,000 at most.', 'About 1~in~3 people, 1~in~1,000 at most.'],
    ['Take 10 mg with 5 mL of water; over 38 °C call.', 'Take 10~mg with 5~mL of water; over 38~°C call.'],
  ])('%s', (text, expected) => {
    expect(marked(text)).toBe(expected);
  });

  test.each([
    'Walk in the morning.',
    'Between 17 and 28 in 100 people.',
    'Day 3 is mine.',
    'In 3 amazing weeks.',
    'Wait 2 months.',
  ])('should leave ordinary spaces alone: %s', (text) => {
    expect(marked(text)).toBe(text.replace('28 in 100', '28~in~100'));
  });

  test('should leave a run of numbers longer than a word react-pdf sets whole with its plain spaces', () => {
    // Glued, "43:43 … 58:58." was one 41-character word, cut with a hyphen inside "46:46" (fuzz, seed 20261202).
    const list = 'Times 43:43 17:17 56:56 97:37 64:04 46:46 58:58.';
    expect(marked(list)).toBe(list);
    expect(marked('Call +61 3 9000 0000 or 03 9000 0000.')).toBe('Call +61~3~9000~0000 or 03~9000~0000.');
  });
});
