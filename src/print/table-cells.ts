import { DL_PANEL, type SizeProfile } from './sizes.js';

/**
 * How wide a table cell's text can be. One place for the numbers the template draws with
 * and the build checks with, so a table the check passes is the table that prints.
 */

/** A table cell's type and spacing in points, for a size's body size. */
export function tableCellMetrics(bodySize: number) {
  return { fontSize: bodySize * 0.95, padding: bodySize * 0.35, border: 0.75 };
}

/**
 * The room for text in one cell when a table of `columns` columns shares the text column
 * equally. The text column is the page's (or the narrower tuck-in panel's) width inside its
 * margins; each cell loses its padding and border, and a little room is kept in reserve for a
 * bold word in a body cell and for a table inside a list or quote, which is narrower still.
 * @param size The page profile.
 * @param columns The table's number of columns.
 * @returns Points.
 */
export function tableCellTextWidth(size: SizeProfile, columns: number): number {
  const pageWidth = size.kind === 'trifold' ? DL_PANEL.tuckInWidth : size.width;
  const column = pageWidth - size.margin.left - size.margin.right;
  const { padding, border } = tableCellMetrics(size.bodySize);
  const inside = column / Math.max(1, columns) - 2 * padding - border - 1;
  return inside * 0.94;
}
