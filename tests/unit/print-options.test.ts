import { describe, expect, test } from 'vitest';
import { UsageError } from '../../src/diagnostics.js';
import { printEdition, resolvePrintOptions, sizesFor } from '../../src/print/print-options.js';

describe('resolvePrintOptions', () => {
  test('should make the screen edition in each handout\'s own sizes when nothing is asked', () => {
    const print = resolvePrintOptions({});
    expect(print).toEqual({ bleed: 0 });
    expect(sizesFor(print, ['a4', 'web'])).toEqual(['a4', 'web']);
    expect(printEdition(print)).toBe('');
  });

  test('should list each size asked for once, the web page included', () => {
    const print = resolvePrintOptions({ bleed: 9, sizes: ['a4', 'web', 'a4'] });
    expect(sizesFor(print, ['letter'])).toEqual(['a4', 'web']);
    expect(printEdition(print)).toBe('bleed');
  });

  test('should refuse an unknown size as a usage error naming the known ones', () => {
    expect(() => resolvePrintOptions({ sizes: ['a3'] })).toThrow(UsageError);
    expect(() => resolvePrintOptions({ sizes: ['a3'] })).toThrow(/--size "a3" is not a known size \(supported: .*a4.*web\)/);
  });
});
