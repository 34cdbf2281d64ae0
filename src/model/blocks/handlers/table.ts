import type { Table } from 'mdast';
import { diagnostic } from '../../../diagnostics.js';
import type { TableRow } from '../../document.js';
import { placeOf, type BlockHandler, type ConvertContext } from '../state.js';

/** Tables longer than this are refused: a leaflet is not a data appendix, and each row is laid out. */
export const MAX_TABLE_ROWS = 300;

/** A GFM table: its first row is the header. */
export const table: BlockHandler<'table'> = (node, state) => {
  const place = placeOf(node, state);
  if (node.children.length > MAX_TABLE_ROWS) {
    state.report(diagnostic(state.file, place, `this table has ${node.children.length} rows, over the limit of ${MAX_TABLE_ROWS} for a handout; split it or move it to a separate document`, 'markdown/limit'));
    return null;
  }
  const rows = node.children.map((row): TableRow => ({
    place: placeOf(row, state),
    cells: row.children.map((cell) => state.inlines(cell.children)),
  }));
  const [header, ...body] = rows;
  if (!header) return null;
  reportRaggedRows(node, state);
  return { type: 'table', place, align: (node.align ?? []).map((a) => a ?? null), header, rows: body };
};

/**
 * Report each table row with more or fewer cells than the header row. Its cells would not
 * line up under the headings (cells share a row's width), and a reader would take a value
 * for the wrong column. (GFM's own HTML pads a short row and drops a long row's extra cells.)
 */
function reportRaggedRows(node: Table, ctx: ConvertContext): void {
  const [header, ...rows] = node.children;
  const columns = header?.children.length ?? 0;
  for (const row of rows) {
    const cells = row.children.length;
    if (cells === columns) continue;
    // A long row is pointed at its first extra cell, a short one at the row.
    const place = placeOf(row.children[columns] ?? row, ctx);
    const what = cells > columns ? `${cells - columns} more than` : `${columns - cells} fewer than`;
    ctx.report(
      diagnostic(
        ctx.file,
        place,
        `this table row has ${cells} ${cells === 1 ? 'cell' : 'cells'}, ${what} the header's ${columns}, so its cells would not line up under the headings; give every row ${columns} cells (an empty cell is \`| |\`)`,
        'markdown/table-shape',
      ),
    );
  }
}
