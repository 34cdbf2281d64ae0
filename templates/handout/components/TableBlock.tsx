import { Text, View } from '@react-pdf/renderer';
import type { Block, TableRow } from '../../../src/model/document.js';
import { longWordBreaker } from '../../../src/print/break-long-words.js';
import { FONTS } from '../../../src/print/font-files.js';
import { tableCellMetrics, tableCellTextWidth } from '../../../src/print/table-cells.js';
import { useTheme } from '../theme.js';
import type { BlockProps } from './block-props.js';
import { Inlines } from './Inlines.js';

type TableModel = Extract<Block, { type: 'table' }>;

/**
 * A GFM table. Rows never split across pages; a word wider than its cell is broken. A table
 * split across pages or panels repeats its header row on each part (`fixed`), and every
 * border belongs to a cell or to the header row, so each part is closed on all four sides:
 * borders on the table itself were cut with it, leaving a part with no top border and a
 * stub of side border under the last row.
 */
export function TableBlock({ block: table }: BlockProps<'table'>) {
  const { styles } = useTheme();
  const breakHeaderWord = useCellWordBreaker(table.header.cells.length, 'bold');
  const breakWord = useCellWordBreaker(table.header.cells.length, 'regular');
  return (
    <View style={styles.table} tag="Table">
      {/* The header row repeats on every page the table continues on; tagged, it is read once
          (the repeats are artifacts). */}
      <Row row={table.header} align={table.align} header breakWord={breakHeaderWord} fixed />
      {table.rows.map((row, index) => (
        <Row key={index} row={row} align={table.align} header={false} breakWord={breakWord} />
      ))}
    </View>
  );
}

/** Break words too wide for a cell, measured in the row's face (see `tableCellTextWidth`). */
function useCellWordBreaker(columns: number, face: 'regular' | 'bold'): (word: string) => string[] {
  const { size, brand } = useTheme();
  const faces = FONTS[brand.font] ?? Object.values(FONTS)[0]!;
  return longWordBreaker(faces[face], tableCellMetrics(size.bodySize).fontSize, tableCellTextWidth(size, columns));
}

interface RowProps {
  row: TableRow;
  align: TableModel['align'];
  header: boolean;
  breakWord: (word: string) => string[];
  /** Repeated at the top of every page or panel the table continues on. */
  fixed?: boolean;
}

function Row({ row, align, header, breakWord, fixed = false }: RowProps) {
  const { styles } = useTheme();
  return (
    <View style={header ? [styles.tableRow, styles.tableHeader] : styles.tableRow} wrap={false} fixed={fixed} tag="TR">
      {row.cells.map((cell, index) => (
        <Text key={index} style={[styles.tableCell, index === 0 ? styles.tableFirstCell : {}, { textAlign: align[index] ?? 'left' }]} hyphenationCallback={breakWord} tag={header ? { role: 'TH', scope: 'Column' } : 'TD'}>
          <Inlines inlines={cell} />
        </Text>
      ))}
    </View>
  );
}
