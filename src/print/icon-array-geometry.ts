import type { Brand, IconMark } from '../model/document.js';
import type { Denominator } from '../model/stat-value.js';

/**
 * The geometry of an icon array, shared by the PDF template (react-pdf `<Svg>`) and the web
 * edition (inline SVG), so both draw the same icons, fills and hatching from one set of numbers.
 *
 * 100 (or 1,000) icons, one per person, with the affected ones grouped and filled from the
 * bottom row up, left to right, so the filled part reads like a bar (Zikmund-Fisher et al. 2012).
 */

/** A figure with a head and shoulders, or a plain dot (large print and 1,000-icon arrays). */
export type IconShape = 'person' | 'dot';

/** Colours of the three kinds of icon. */
export interface IconPalette {
  /** Solid fill of the counted icons. */
  filled: string;
  /** Light fill of the range span, under its hatching. */
  span: string;
  /** Hatching and outline of the range span, so it reads without colour. */
  hatch: string;
  /** Fill of the other icons. */
  empty: string;
  /** Thin outline of the other icons. */
  emptyStroke: string;
}

/** What to draw and how big. */
export interface IconArrayProps {
  denominator: Denominator;
  /** Icons filled solid, counted from the bottom left. */
  filled: number;
  /** Icons shaded and hatched after the filled ones (a range's span). */
  span: number;
  shape: IconShape;
  /** Distance between neighbouring icons, in points (PDF) or CSS pixels (web). */
  pitch: number;
  /** 1,000 icons come in 10 blocks of 100; how many blocks sit side by side (default 5). */
  blocksAcross?: number;
  palette: IconPalette;
}

/** The box of one icon. */
export interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fill and outline of one kind of icon. */
export interface MarkStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

/** One hatching line, before clipping to the span's icons. */
export interface HatchLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where every icon goes and how it is drawn. */
export interface IconArrayLayout {
  width: number;
  height: number;
  /** Outline width of every icon. */
  stroke: number;
  /** One entry per person, in fill order. */
  icons: Array<{ cell: Cell; mark: IconMark }>;
}

interface Geometry {
  cellWidth: number;
  cellHeight: number;
  /** Extra space splitting a block of 100 into quarters (100-icon arrays only). */
  innerGap: number;
  blockWidth: number;
  blockHeight: number;
  blockGap: number;
  across: number;
  width: number;
  height: number;
}

/**
 * The size an icon array will take, so a layout can place it before drawing it.
 * @param props The array's props.
 * @returns Width and height in the pitch's unit.
 */
export function iconArraySize(props: Pick<IconArrayProps, 'denominator' | 'shape' | 'pitch' | 'blocksAcross'>): { width: number; height: number } {
  const { width, height } = geometry(props);
  return { width, height };
}

/**
 * Lay an icon array out: every icon's box and kind.
 * @param props What to draw.
 * @returns The layout.
 */
export function layoutIconArray(props: Omit<IconArrayProps, 'palette'>): IconArrayLayout {
  const { denominator } = props;
  const g = geometry(props);
  const filled = clamp(props.filled, 0, denominator);
  const span = clamp(props.span, 0, denominator - filled);
  const icons: IconArrayLayout['icons'] = [];
  for (let index = 0; index < denominator; index += 1) {
    const mark: IconMark = index < filled ? 'filled' : index < filled + span ? 'span' : 'empty';
    icons.push({ cell: cellAt(index, g), mark });
  }
  return { width: g.width, height: g.height, stroke: round(Math.max(0.3, props.pitch * 0.06)), icons };
}

/**
 * The box an icon takes in a key swatch `size` high.
 * @param shape The icon's shape.
 * @param size The swatch's side.
 * @returns Its cell.
 */
export function swatchCell(shape: IconShape, size: number): Cell {
  return shape === 'person' ? { x: size * 0.1, y: 0, width: size * 0.8, height: size } : { x: 0, y: 0, width: size, height: size };
}

/** Outline width of a key swatch `size` high. */
export function swatchStroke(size: number): number {
  return round(Math.max(0.4, size * 0.06));
}

/**
 * Fill and outline of one kind of icon.
 * @param mark The kind.
 * @param palette The colours.
 * @param stroke The outline width.
 * @returns The style.
 */
export function markStyle(mark: IconMark, palette: IconPalette, stroke: number): MarkStyle {
  switch (mark) {
    case 'filled':
      // The outline in the same colour keeps filled icons the same size as outlined ones.
      return { fill: palette.filled, stroke: palette.filled, strokeWidth: stroke };
    case 'span':
      return { fill: palette.span, stroke: palette.hatch, strokeWidth: stroke };
    case 'empty':
      return { fill: palette.empty, stroke: palette.emptyStroke, strokeWidth: stroke };
  }
}

/**
 * A dot's centre and radius in its cell.
 * @param cell The icon's box.
 * @returns Centre and radius, rounded.
 */
export function dot(cell: Cell): { cx: number; cy: number; r: number } {
  return { cx: round(cell.x + cell.width / 2), cy: round(cell.y + cell.height / 2), r: round(Math.min(cell.width, cell.height) * 0.38) };
}

/**
 * The icon's outline as SVG path data, used both to draw it and to clip the hatching.
 * @param shape Person or dot.
 * @param cell The icon's box.
 * @returns Path data.
 */
export function iconPath(shape: IconShape, cell: Cell): string {
  if (shape === 'dot') {
    const { cx, cy, r } = dot(cell);
    return circlePath(cx, cy, r);
  }
  const width = cell.width * 0.72;
  const left = cell.x + (cell.width - width) / 2;
  const right = left + width;
  const headRadius = width * 0.24;
  const headY = cell.y + cell.height * 0.06 + headRadius;
  const top = headY + headRadius + cell.height * 0.06;
  const bottom = cell.y + cell.height * 0.96;
  const shoulder = width * 0.32;
  const body = [
    `M${round(left)} ${round(bottom)}`,
    `L${round(left)} ${round(top + shoulder)}`,
    `Q${round(left)} ${round(top)} ${round(left + shoulder)} ${round(top)}`,
    `L${round(right - shoulder)} ${round(top)}`,
    `Q${round(right)} ${round(top)} ${round(right)} ${round(top + shoulder)}`,
    `L${round(right)} ${round(bottom)}Z`,
  ].join(' ');
  return `${circlePath(round(left + width / 2), round(headY), round(headRadius))} ${body}`;
}

/**
 * Diagonal lines over the whole box; the caller clips them to the span's icons.
 * @param box The area to cover.
 * @param pitch The icon pitch (the lines' spacing follows it).
 * @returns The lines, rounded.
 */
export function hatchLines(box: { width: number; height: number }, pitch: number): HatchLine[] {
  const spacing = Math.max(1.2, pitch * 0.3);
  const lines: HatchLine[] = [];
  for (let offset = -box.height; offset < box.width; offset += spacing) {
    lines.push({ x1: round(offset), y1: round(box.height), x2: round(offset + box.height), y2: 0 });
  }
  return lines;
}

/**
 * The icon colours for a brand: solid primary, a light tint of it under primary hatching, and
 * white with a grey outline: three steps that stay apart in greyscale. The outline keeps about
 * 3:1 against the callout tint.
 * @param brand The brand.
 * @returns The palette.
 */
export function iconPalette(brand: Pick<Brand, 'colors'>): IconPalette {
  const c = brand.colors;
  return { filled: c.primary, span: mixColours(c.primary, '#FFFFFF', 0.3), hatch: c.primary, empty: '#FFFFFF', emptyStroke: mixColours(c.muted, '#FFFFFF', 0.7) };
}

/**
 * Mix two #RRGGBB colours channel by channel (brand colours are validated as #RRGGBB).
 * @param colour The first colour.
 * @param other The second.
 * @param weight The first colour's share, 0 to 1.
 * @returns The mix as upper-case #RRGGBB.
 */
export function mixColours(colour: string, other: string, weight: number): string {
  const channel = (hex: string, at: number) => parseInt(hex.slice(at, at + 2), 16);
  const parts = [1, 3, 5].map((at) => Math.round(channel(colour, at) * weight + channel(other, at) * (1 - weight)));
  return `#${parts.map((part) => part.toString(16).padStart(2, '0')).join('')}`.toUpperCase();
}

/** Two decimals keep the output small and identical from run to run. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function geometry(props: Pick<IconArrayProps, 'denominator' | 'shape' | 'pitch' | 'blocksAcross'>): Geometry {
  const { pitch, shape, denominator } = props;
  const cellWidth = pitch;
  // People are taller than wide; dots sit on a square grid.
  const cellHeight = shape === 'person' ? pitch * 1.3 : pitch;
  // A 100-icon array is split into quarters of 25 to help counting; a 1,000-icon array is
  // already split into blocks of 100, and more gaps would only add noise.
  const innerGap = denominator === 100 ? pitch * 0.4 : 0;
  const blockWidth = cellWidth * 10 + innerGap;
  const blockHeight = cellHeight * 10 + innerGap;
  const blocks = denominator / 100;
  const across = Math.max(1, Math.min(blocks, props.blocksAcross ?? 5));
  const down = Math.ceil(blocks / across);
  const blockGap = pitch * 1.2;
  return {
    cellWidth,
    cellHeight,
    innerGap,
    blockWidth,
    blockHeight,
    blockGap,
    across,
    width: across * blockWidth + (across - 1) * blockGap,
    height: down * blockHeight + (down - 1) * blockGap,
  };
}

// Fill order: block by block (bottom row of blocks first), and inside a block from the bottom
// row up, left to right, so the counted icons form one group that grows upwards.
function cellAt(index: number, g: Geometry): Cell {
  const block = Math.floor(index / 100);
  const within = index % 100;
  const row = Math.floor(within / 10);
  const column = within % 10;
  const blockLeft = (block % g.across) * (g.blockWidth + g.blockGap);
  const blockBottom = g.height - Math.floor(block / g.across) * (g.blockHeight + g.blockGap);
  const x = blockLeft + column * g.cellWidth + (column >= 5 ? g.innerGap : 0);
  const y = blockBottom - (row + 1) * g.cellHeight - (row >= 5 ? g.innerGap : 0);
  return { x, y, width: g.cellWidth, height: g.cellHeight };
}

function circlePath(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)} ${cy} A${r} ${r} 0 1 0 ${round(cx + r)} ${cy} A${r} ${r} 0 1 0 ${round(cx - r)} ${cy}Z`;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.round(value)));
}
