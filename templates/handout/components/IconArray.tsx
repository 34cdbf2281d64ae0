import { Circle, ClipPath, Defs, G, Line, Path, Svg } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { IconMark } from '../../../src/model/stat-phrase.js';
import type { Denominator } from '../../../src/model/stat-value.js';

/**
 * An icon array: 100 (or 1,000) icons, one per person, with the affected ones grouped and
 * filled from the bottom row up, left to right, so the filled part reads like a bar
 * (Zikmund-Fisher et al. 2012). Drawn as vectors; it holds no text, so nothing from the
 * drawing ends up in the extracted text.
 *
 * This component uses no hooks: it is a pure function of its props, so tests can call it and
 * count the icons in the returned element tree.
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
  /** Distance between neighbouring icons, in points. */
  pitch: number;
  /** 1,000 icons come in 10 blocks of 100; how many blocks sit side by side (default 5). */
  blocksAcross?: number;
  /**
   * Tagged PDFs: the array is one Figure with this as its alternate text (the natural-frequency
   * sentence), instead of a hundred shapes a screen reader cannot read.
   */
  alt?: string;
  palette: IconPalette;
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
 * The size an icon array will take, so the callout can lay itself out before drawing it.
 * @param props The array's props.
 * @returns Width and height in points.
 */
export function iconArraySize(props: Pick<IconArrayProps, 'denominator' | 'shape' | 'pitch' | 'blocksAcross'>): { width: number; height: number } {
  const { width, height } = geometry(props);
  return { width, height };
}

/**
 * Draw an icon array.
 * @param props What to draw (see `IconArrayProps`).
 * @returns A react-pdf `<Svg>` with one Path or Circle per icon, plus the span's hatching.
 */
export function IconArray(props: IconArrayProps): ReactElement {
  const { denominator, shape, palette } = props;
  const g = geometry(props);
  const filled = clamp(props.filled, 0, denominator);
  const span = clamp(props.span, 0, denominator - filled);
  const stroke = round(Math.max(0.3, props.pitch * 0.06));
  const icons: ReactElement[] = [];
  const spanOutlines: string[] = [];
  for (let index = 0; index < denominator; index += 1) {
    const cell = cellAt(index, g);
    const mark: IconMark = index < filled ? 'filled' : index < filled + span ? 'span' : 'empty';
    if (mark === 'span') spanOutlines.push(iconPath(shape, cell));
    icons.push(icon(shape, cell, markStyle(mark, palette, stroke), index));
  }
  return (
    <Svg width={g.width} height={g.height} viewBox={`0 0 ${round(g.width)} ${round(g.height)}`} {...(props.alt ? { tag: { role: 'Figure', alt: props.alt } as const } : {})}>
      {spanOutlines.length > 0 ? (
        <Defs>
          <ClipPath id="span-icons">
            <Path d={spanOutlines.join(' ')} />
          </ClipPath>
        </Defs>
      ) : null}
      {icons}
      {spanOutlines.length > 0 ? (
        <G clipPath="url(#span-icons)">{hatchLines(g, props.pitch, palette.hatch, stroke * 1.2)}</G>
      ) : null}
    </Svg>
  );
}

/**
 * One icon on its own, for the key under the array.
 * @param props The kind of icon, its shape, its height in points and the palette.
 * @returns A small react-pdf `<Svg>`.
 */
export function IconSwatch({ mark, shape, size, palette }: { mark: IconMark; shape: IconShape; size: number; palette: IconPalette }): ReactElement {
  const cell = shape === 'person' ? { x: size * 0.1, y: 0, width: size * 0.8, height: size } : { x: 0, y: 0, width: size, height: size };
  const stroke = round(Math.max(0.4, size * 0.06));
  const clipId = `swatch-${mark}`;
  return (
    <Svg width={size} height={size} viewBox={`0 0 ${round(size)} ${round(size)}`}>
      {mark === 'span' ? (
        <Defs>
          <ClipPath id={clipId}>
            <Path d={iconPath(shape, cell)} />
          </ClipPath>
        </Defs>
      ) : null}
      {icon(shape, cell, markStyle(mark, palette, stroke))}
      {mark === 'span' ? (
        <G clipPath={`url(#${clipId})`}>{hatchLines({ width: size, height: size }, size * 0.85, palette.hatch, stroke * 1.2)}</G>
      ) : null}
    </Svg>
  );
}

interface Cell {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MarkStyle {
  fill: string;
  stroke: string;
  strokeWidth: number;
}

// A plain function, not a component, so the returned tree holds the drawing primitives themselves.
function icon(shape: IconShape, cell: Cell, style: MarkStyle, key?: number): ReactElement {
  if (shape === 'dot') {
    const { cx, cy, r } = dot(cell);
    return <Circle key={key} cx={cx} cy={cy} r={r} {...style} />;
  }
  return <Path key={key} d={iconPath(shape, cell)} {...style} />;
}

function markStyle(mark: IconMark, palette: IconPalette, stroke: number): MarkStyle {
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

function dot(cell: Cell): { cx: number; cy: number; r: number } {
  return { cx: round(cell.x + cell.width / 2), cy: round(cell.y + cell.height / 2), r: round(Math.min(cell.width, cell.height) * 0.38) };
}

// The icon's outline as path data, used both to draw it and to clip the hatching.
function iconPath(shape: IconShape, cell: Cell): string {
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

function circlePath(cx: number, cy: number, r: number): string {
  return `M${round(cx - r)} ${cy} A${r} ${r} 0 1 0 ${round(cx + r)} ${cy} A${r} ${r} 0 1 0 ${round(cx - r)} ${cy}Z`;
}

// Diagonal lines over the whole box; the caller clips them to the span's icons.
function hatchLines(box: { width: number; height: number }, pitch: number, colour: string, strokeWidth: number): ReactElement[] {
  const spacing = Math.max(1.2, pitch * 0.3);
  const lines: ReactElement[] = [];
  for (let offset = -box.height, index = 0; offset < box.width; offset += spacing, index += 1) {
    lines.push(
      <Line key={index} x1={round(offset)} y1={round(box.height)} x2={round(offset + box.height)} y2={0} stroke={colour} strokeWidth={round(strokeWidth)} />,
    );
  }
  return lines;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, Math.round(value)));
}

// Two decimals keep the PDF small and the output identical from run to run.
function round(value: number): number {
  return Math.round(value * 100) / 100;
}
