import { describe, expect, test } from 'vitest';
import { contrastRatio, formatRatio } from '../../src/web/contrast.js';
import { webPalette } from '../../src/web/web-palette.js';

describe('contrastRatio', () => {
  test('should follow WCAG 2: black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1F4E79', '#1F4E79')).toBe(1);
  });

  test('should put #767676 just above 4.5:1 on white and #777777 just below', () => {
    expect(contrastRatio('#767676', '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });

  test('should round a ratio down when writing it, so a failing one never reads as passing', () => {
    expect(formatRatio(contrastRatio('#777777', '#FFFFFF'))).toBe('4.4:1');
  });
});

describe('webPalette', () => {
  // Brand colours that pass on white, from dark blue to a mid teal.
  test.each(['#1F4E79', '#00695C', '#6A1B9A', '#8B0000'])('should keep text at 4.5:1 in the dark scheme for primary %s', (primary) => {
    const { dark } = webPalette({ colors: { primary, accent: '#2E8B8B', text: '#1A1A1A', muted: '#555555', tint: '#EAF1F8' } });
    for (const colour of [dark.text, dark.primary, dark.muted]) {
      expect(contrastRatio(colour, dark.background)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(colour, dark.tint)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
