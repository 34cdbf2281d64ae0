import { Circle, ClipPath, Defs, G, Line, Path, Svg } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import { describe, expect, test } from 'vitest';
import { IconArray, iconArraySize, IconSwatch, type IconArrayProps, type IconPalette } from '../../templates/handout/components/IconArray.js';
import { walkElements } from './helpers.js';

const PALETTE: IconPalette = { filled: '#1F4E79', span: '#BCCAD7', hatch: '#1F4E79', empty: '#FFFFFF', emptyStroke: '#AAAAAA' };

function draw(props: Partial<IconArrayProps>): ReactElement {
  return IconArray({ denominator: 100, filled: 0, span: 0, shape: 'person', pitch: 8, palette: PALETTE, ...props });
}

// The icons: Path or Circle elements drawn in the picture, not those defining the clip.
function icons(tree: ReactElement) {
  return walkElements(tree)
    .filter(({ element, ancestors }) => (element.type === Path || element.type === Circle) && !ancestors.includes(ClipPath))
    .map(({ element }) => element.props);
}

function countByFill(tree: ReactElement): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const props of icons(tree)) {
    const fill = String(props['fill']);
    counts[fill] = (counts[fill] ?? 0) + 1;
  }
  return counts;
}

// Where an icon sits: a circle's centre, or the start of a person's path (its head).
function position(props: Record<string, unknown>): { x: number; y: number } {
  if ('cx' in props) return { x: Number(props['cx']), y: Number(props['cy']) };
  const [x, y] = String(props['d']).slice(1).split(/[ A-Z]/).map(Number);
  return { x: x ?? NaN, y: y ?? NaN };
}

describe('IconArray', () => {
  test('should draw 28 filled and 72 outlined icons for 28 in 100', () => {
    expect(countByFill(draw({ filled: 28 }))).toEqual({ [PALETTE.filled]: 28, [PALETTE.empty]: 72 });
  });

  test('should draw a range as 17 filled, 11 shaded and 72 outlined icons', () => {
    expect(countByFill(draw({ filled: 17, span: 11 }))).toEqual({ [PALETTE.filled]: 17, [PALETTE.span]: 11, [PALETTE.empty]: 72 });
  });

  test('should draw 1,000 icons, 5 of them filled, for 5 in 1,000', () => {
    expect(countByFill(draw({ denominator: 1000, filled: 5, shape: 'dot', pitch: 3 }))).toEqual({ [PALETTE.filled]: 5, [PALETTE.empty]: 995 });
  });

  test('should draw dots as circles and people as paths', () => {
    const dots = walkElements(draw({ filled: 3, shape: 'dot' })).filter(({ element }) => element.type === Circle);
    const people = walkElements(draw({ filled: 3, shape: 'person' })).filter(({ element }) => element.type === Circle);
    expect([dots.length, people.length]).toEqual([100, 0]);
  });

  test('should hatch the span: one clip path over the shaded icons and lines clipped to it', () => {
    const elements = walkElements(draw({ filled: 17, span: 11 }));
    const clipShapes = elements.filter(({ element, ancestors }) => element.type === Path && ancestors.includes(ClipPath));
    const hatched = elements.filter(({ element }) => element.type === G && element.props['clipPath'] === 'url(#span-icons)');
    const hatchLines = elements.filter(({ element, ancestors }) => element.type === Line && ancestors.includes(G));
    expect([clipShapes.length, hatched.length, hatchLines.length > 10]).toEqual([1, 1, true]);
  });

  test('should draw no hatching when there is no span', () => {
    const types = walkElements(draw({ filled: 28 })).map(({ element }) => element.type);
    expect(types.filter((type) => type === Defs || type === G || type === Line)).toEqual([]);
  });

  test('should fill from the bottom row up: every filled icon sits below every outlined one in its column', () => {
    const all = icons(draw({ filled: 28 }));
    const filled = all.filter((p) => p['fill'] === PALETTE.filled).map(position);
    const empty = all.filter((p) => p['fill'] === PALETTE.empty).map(position);
    for (const f of filled) {
      for (const e of empty.filter((e) => Math.abs(e.x - f.x) < 0.01)) expect(f.y).toBeGreaterThan(e.y);
    }
  });

  test('should fill a partial row from the left', () => {
    const all = icons(draw({ filled: 28 }));
    const rowOf = (p: Record<string, unknown>) => Math.round(position(p).y);
    const topFilledRow = Math.min(...all.filter((p) => p['fill'] === PALETTE.filled).map(rowOf));
    const row = all.filter((p) => rowOf(p) === topFilledRow).sort((a, b) => position(a).x - position(b).x);
    expect(row.map((p) => (p['fill'] === PALETTE.filled ? 'F' : 'o')).join('')).toBe('FFFFFFFFoo');
  });

  test('should keep every icon inside the drawing', () => {
    const tree = draw({ filled: 28 }) as ReactElement<Record<string, unknown>>;
    const { width, height } = iconArraySize({ denominator: 100, shape: 'person', pitch: 8 });
    expect([tree.type, tree.props['width'], tree.props['height']]).toEqual([Svg, width, height]);
    for (const p of icons(tree).map(position)) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(width);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(height);
    }
  });

  test('should lay 1,000 icons out as 5 blocks across and 2 down by default', () => {
    const size = iconArraySize({ denominator: 1000, shape: 'dot', pitch: 3 });
    expect(size.width / size.height).toBeCloseTo((5 * 30 + 4 * 3.6) / (2 * 30 + 3.6), 5);
  });

  test('should draw the same tree every time', () => {
    expect(JSON.stringify(draw({ filled: 17, span: 11 }))).toBe(JSON.stringify(draw({ filled: 17, span: 11 })));
  });
});

describe('IconSwatch', () => {
  test('should draw one icon of the asked kind', () => {
    const swatch = IconSwatch({ mark: 'filled', shape: 'person', size: 10, palette: PALETTE });
    expect(icons(swatch).map((p) => p['fill'])).toEqual([PALETTE.filled]);
  });

  test('should hatch a span swatch so it reads without colour', () => {
    const swatch = IconSwatch({ mark: 'span', shape: 'dot', size: 10, palette: PALETTE });
    expect(walkElements(swatch).some(({ element }) => element.type === Line)).toBe(true);
  });
});
