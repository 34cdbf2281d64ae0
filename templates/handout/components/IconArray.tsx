import { Circle, ClipPath, Defs, G, Line, Path, Svg } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { IconMark } from '../../../src/model/document.js';
import {
  dot,
  hatchLines,
  iconPath,
  layoutIconArray,
  markStyle,
  round,
  swatchCell,
  swatchStroke,
  type Cell,
  type IconArrayProps,
  type IconPalette,
  type IconShape,
  type MarkStyle,
} from '../../../src/print/icon-array-geometry.js';

/**
 * An icon array in the PDF, drawn from the shared geometry (`src/print/icon-array-geometry.ts`,
 * which the web edition draws from too). Drawn as vectors; it holds no text, so nothing from
 * the drawing ends up in the extracted text.
 *
 * This component uses no hooks: it is a pure function of its props, so tests can call it and
 * count the icons in the returned element tree.
 */

export { iconArraySize, type IconArrayProps, type IconPalette, type IconShape } from '../../../src/print/icon-array-geometry.js';

/**
 * Draw an icon array.
 * @param props What to draw (see `IconArrayProps`).
 * @returns A react-pdf `<Svg>` with one Path or Circle per icon, plus the span's hatching.
 */
export function IconArray(props: IconArrayProps & {
  /**
   * Tagged PDFs: the array is one Figure with this as its alternate text (the natural-frequency
   * sentence), instead of a hundred shapes a screen reader cannot read.
   */
  alt?: string;
}): ReactElement {
  const { shape, palette } = props;
  const layout = layoutIconArray(props);
  const icons: ReactElement[] = [];
  const spanOutlines: string[] = [];
  layout.icons.forEach(({ cell, mark }, index) => {
    if (mark === 'span') spanOutlines.push(iconPath(shape, cell));
    icons.push(icon(shape, cell, markStyle(mark, palette, layout.stroke), index));
  });
  return (
    <Svg width={layout.width} height={layout.height} viewBox={`0 0 ${round(layout.width)} ${round(layout.height)}`} {...(props.alt ? { tag: { role: 'Figure', alt: props.alt } as const } : {})}>
      {spanOutlines.length > 0 ? (
        <Defs>
          <ClipPath id="span-icons">
            <Path d={spanOutlines.join(' ')} />
          </ClipPath>
        </Defs>
      ) : null}
      {icons}
      {spanOutlines.length > 0 ? <G clipPath="url(#span-icons)">{hatch(layout, props.pitch, palette.hatch, layout.stroke * 1.2)}</G> : null}
    </Svg>
  );
}

/**
 * One icon on its own, for the key under the array.
 * @param props The kind of icon, its shape, its height in points and the palette.
 * @returns A small react-pdf `<Svg>`.
 */
export function IconSwatch({ mark, shape, size, palette }: { mark: IconMark; shape: IconShape; size: number; palette: IconPalette }): ReactElement {
  const cell = swatchCell(shape, size);
  const stroke = swatchStroke(size);
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
      {mark === 'span' ? <G clipPath={`url(#${clipId})`}>{hatch({ width: size, height: size }, size * 0.85, palette.hatch, stroke * 1.2)}</G> : null}
    </Svg>
  );
}

// A plain function, not a component, so the returned tree holds the drawing primitives themselves.
function icon(shape: IconShape, cell: Cell, style: MarkStyle, key?: number): ReactElement {
  if (shape === 'dot') {
    const { cx, cy, r } = dot(cell);
    return <Circle key={key} cx={cx} cy={cy} r={r} {...style} />;
  }
  return <Path key={key} d={iconPath(shape, cell)} {...style} />;
}

function hatch(box: { width: number; height: number }, pitch: number, colour: string, strokeWidth: number): ReactElement[] {
  return hatchLines(box, pitch).map((line, index) => <Line key={index} {...line} stroke={colour} strokeWidth={round(strokeWidth)} />);
}
