import { Text, View } from '@react-pdf/renderer';
import type { Block, TableRow } from '../../../src/model/document.js';
import { longWordBreaker } from '../../shared/break-long-words.js';
import { FONTS } from '../../shared/fonts.js';
import { DL_PANEL } from '../../shared/sizes.js';
import { useTheme } from '../theme.js';
import { Inlines } from './Inlines.js';

type TableModel = Extract<Block, { type: 'table' }>;

/** A GFM table. Rows never split across pages; a word wider than its cell is broken. */
export function TableBlock({ table }: { table: TableModel }) {
  const { styles } = useTheme();
  const breakHeaderWord = useCellWordBreaker(table.header.cells.length, 'bold');
  const breakWord = useCellWordBreaker(table.header.cells.length, 'regular');
  return (
    <View style={styles.table} tag="Table">
      <Row row={table.header} align={table.align} header breakWord={breakHeaderWord} />
      {table.rows.map((row, index) => (
        <Row key={index} row={row} align={table.align} header={false} breakWord={breakWord} />
      ))}
    </View>
  );
}

/**
 * Break words too wide for a cell. The text column is the page's (or the narrower tuck-in
 * panel's) width inside its margins; cells share it equally, less their padding and borders.
 * Words are measured in the row's face; a little room is kept in reserve for a bold word in
 * a body cell and for a table inside a list or quote, which is narrower still.
 */
function useCellWordBreaker(columns: number, face: 'regular' | 'bold'): (word: string) => string[] {
  const { styles, size, brand } = useTheme();
  const pageWidth = size.kind === 'trifold' ? DL_PANEL.tuckInWidth : size.width;
  const column = pageWidth - size.margin.left - size.margin.right;
  const cell = styles.tableCell;
  const inside = column / Math.max(1, columns) - 2 * Number(cell.padding) - Number(cell.borderRightWidth) - 1;
  const faces = FONTS[brand.font] ?? Object.values(FONTS)[0]!;
  return longWordBreaker(faces[face], Number(cell.fontSize), inside * 0.94);
}

function Row({ row, align, header, breakWord }: { row: TableRow; align: TableModel['align']; header: boolean; breakWord: (word: string) => string[] }) {
  const { styles } = useTheme();
  return (
    <View style={header ? [styles.tableRow, styles.tableHeader] : styles.tableRow} wrap={false} tag="TR">
      {row.cells.map((cell, index) => (
        <Text key={index} style={[styles.tableCell, { textAlign: align[index] ?? 'left' }]} hyphenationCallback={breakWord} tag={header ? { role: 'TH', scope: 'Column' } : 'TD'}>
          <Inlines inlines={cell} />
        </Text>
      ))}
    </View>
  );
}
