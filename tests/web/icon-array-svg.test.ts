import { Circle, ClipPath, Line } from '@react-pdf/renderer';
import { describe, expect, test } from 'vitest';
import { IconArray, type IconPalette } from '../../templates/handout/components/IconArray.js';
import type { IconArrayProps } from '../../src/print/icon-array-geometry.js';
import { iconArraySvg } from '../../src/web/icon-array-svg.js';
import { walkElements } from '../stats/helpers.js';

/** The web page's icon arrays are the PDF's: the same geometry, so the same places, kinds and hatching. */

const PALETTE: IconPalette = { filled: '#1F4E79', span: '#BCCAD7', hatch: '#1F4E79', empty: '#FFFFFF', emptyStroke: '#AAAAAA' };
const NAMING = { id: 'stat_1', labelledBy: 'stat_1_headline' };

/** The dots of each kind in the web SVG, as "cx cy" strings. */
function svgDots(svg: string): Record<string, string[]> {
  const kinds: Record<string, string[]> = {};
  for (const group of svg.matchAll(/<g class="i-(filled|span|empty)">(.*?)<\/g>/g)) {
    kinds[group[1]!] = [...group[2]!.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)"/g)].map((m) => `${m[1]} ${m[2]}`);
  }
  return kinds;
}

/** The dots of each kind in the PDF's array, told apart by fill. */
function pdfDots(props: Omit<IconArrayProps, 'palette'>): Record<string, string[]> {
  const kind: Record<string, string> = { [PALETTE.filled]: 'filled', [PALETTE.span]: 'span', [PALETTE.empty]: 'empty' };
  const kinds: Record<string, string[]> = {};
  for (const { element, ancestors } of walkElements(IconArray({ ...props, palette: PALETTE }))) {
    if (element.type !== Circle || ancestors.includes(ClipPath)) continue;
    const p = element.props as Record<string, unknown>;
    (kinds[kind[String(p['fill'])]!] ??= []).push(`${p['cx']} ${p['cy']}`);
  }
  return kinds;
}

describe('iconArraySvg', () => {
  test.each([
    { denominator: 1000, filled: 4, span: 5, shape: 'dot', pitch: 5.2, blocksAcross: 5 },
    { denominator: 100, filled: 17, span: 11, shape: 'dot', pitch: 9 },
  ] as const)('should put every icon where the PDF puts it, of the same kind ($denominator, $filled + $span)', (props) => {
    const dots = svgDots(iconArraySvg(props, NAMING));
    expect(Object.values(dots).flat()).toHaveLength(props.denominator);
    expect(dots['span']).toHaveLength(props.span);
    expect(dots).toEqual(pdfDots(props));
  });

  test('should draw 100 people, filled from the bottom row, with the span hatched by as many lines as the PDF', () => {
    const props = { denominator: 100, filled: 17, span: 11, shape: 'person', pitch: 14 } as const;
    const svg = iconArraySvg(props, NAMING);
    const uses = (kind: string) => (new RegExp(`<g class="i-${kind}">(.*?)</g>`).exec(svg)?.[1]?.match(/<use /g) ?? []).length;
    expect([uses('filled'), uses('span'), uses('empty')]).toEqual([17, 11, 72]);
    const pdfLines = walkElements(IconArray({ ...props, palette: PALETTE })).filter(({ element }) => element.type === Line).length;
    expect(svg.match(/<line /g)).toHaveLength(pdfLines);
  });

  test('should be one image named by the headline, its icons not read out', () => {
    const svg = iconArraySvg({ denominator: 100, filled: 28, span: 0, shape: 'person', pitch: 14 }, NAMING);
    expect(svg).toMatch(/^<svg class="icon-array" role="img" aria-labelledby="stat_1_headline" /);
    expect(svg).not.toMatch(/<title|aria-label=/);
  });
});
