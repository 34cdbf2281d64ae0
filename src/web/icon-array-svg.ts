import type { IconMark } from '../model/document.js';
import {
  dot,
  hatchLines,
  iconPath,
  layoutIconArray,
  round,
  swatchCell,
  swatchStroke,
  type Cell,
  type IconArrayProps,
  type IconShape,
} from '../print/icon-array-geometry.js';

/**
 * Icon arrays as inline SVG, drawn from the same geometry as the PDF's
 * (`src/print/icon-array-geometry.ts`): the same icons, fill order and hatching.
 * Colours come from classes (`i-filled`, `i-span`, `i-empty`, `i-hatch`) that the stylesheet
 * fills from the brand's palette, so the dark scheme and printing can change them.
 * A person is drawn once in `<defs>` and placed with `<use>`, which keeps a 100-icon array
 * to a few kilobytes.
 */

/** What the array is called and how its ids start (unique within the page). */
export interface SvgNaming {
  /** Prefix for ids inside the SVG, e.g. `stat_2`. */
  id: string;
  /** The id of the element whose text names the picture (the headline). */
  labelledBy: string;
}

/**
 * An icon array as an accessible image: `role="img"`, named by the headline; the icons
 * themselves are not read out one by one.
 * @param props What to draw (pitch in CSS pixels).
 * @param naming Ids.
 * @returns SVG markup.
 */
export function iconArraySvg(props: Omit<IconArrayProps, 'palette'>, naming: SvgNaming): string {
  const layout = layoutIconArray(props);
  const width = round(layout.width);
  const height = round(layout.height);
  const shapeId = `${naming.id}_icon`;
  const defs: string[] = [];
  if (props.shape === 'person') defs.push(`<path id="${shapeId}" d="${iconPath('person', { x: 0, y: 0, width: props.pitch, height: layout.icons[0]?.cell.height ?? props.pitch })}"/>`);
  // One group per kind of icon, so each icon carries only its place (a 1,000-dot array stays small).
  const drawn = (['filled', 'span', 'empty'] as const)
    .map((mark) => {
      const icons = layout.icons.filter((icon) => icon.mark === mark).map(({ cell }) => placed(props.shape, cell, shapeId));
      return icons.length > 0 ? `<g class="i-${mark}">${icons.join('')}</g>` : '';
    })
    .filter(Boolean);
  const span = layout.icons.filter((icon) => icon.mark === 'span');
  let hatching = '';
  if (span.length > 0) {
    const clipId = `${naming.id}_span`;
    defs.push(`<clipPath id="${clipId}">${span.map(({ cell }) => placed(props.shape, cell, shapeId)).join('')}</clipPath>`);
    hatching = `<g class="i-hatch" clip-path="url(#${clipId})" stroke-width="${round(layout.stroke * 1.2)}">${lines({ width: layout.width, height: layout.height }, props.pitch)}</g>`;
  }
  return (
    `<svg class="icon-array" role="img" aria-labelledby="${naming.labelledBy}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" focusable="false">` +
    (defs.length > 0 ? `<defs>${defs.join('')}</defs>` : '') +
    `<g stroke-width="${layout.stroke}">${drawn.join('')}</g>${hatching}</svg>`
  );
}

/**
 * One icon of the key, decorative (its meaning is the text beside it).
 * @param mark The kind of icon.
 * @param shape Person or dot.
 * @param size Its side in CSS pixels.
 * @param id A page-unique id prefix.
 * @returns SVG markup, hidden from assistive technology.
 */
export function iconSwatchSvg(mark: IconMark, shape: IconShape, size: number, id: string): string {
  const cell = swatchCell(shape, size);
  const stroke = swatchStroke(size);
  const outline = iconPath(shape, cell);
  const icon = `<path class="i-${mark}" stroke-width="${stroke}" d="${outline}"/>`;
  const open = `<svg class="icon-swatch" aria-hidden="true" focusable="false" width="${round(size)}" height="${round(size)}" viewBox="0 0 ${round(size)} ${round(size)}">`;
  if (mark !== 'span') return `${open}${icon}</svg>`;
  const clip = `<defs><clipPath id="${id}"><path d="${outline}"/></clipPath></defs>`;
  const hatching = `<g class="i-hatch" clip-path="url(#${id})" stroke-width="${round(stroke * 1.2)}">${lines({ width: size, height: size }, size * 0.85)}</g>`;
  return `${open}${clip}${icon}${hatching}</svg>`;
}

// One icon at its place: a dot, or a use of the person drawn once in <defs>.
function placed(shape: IconShape, cell: Cell, shapeId: string): string {
  if (shape === 'dot') {
    const { cx, cy, r } = dot(cell);
    return `<circle cx="${cx}" cy="${cy}" r="${r}"/>`;
  }
  return `<use href="#${shapeId}" x="${round(cell.x)}" y="${round(cell.y)}"/>`;
}

function lines(box: { width: number; height: number }, pitch: number): string {
  return hatchLines(box, pitch)
    .map((line) => `<line x1="${line.x1}" y1="${line.y1}" x2="${line.x2}" y2="${line.y2}"/>`)
    .join('');
}
