import { Text, View } from '@react-pdf/renderer';
import type { Block, TableRow } from '../../../src/model/document.js';
import { useTheme } from '../theme.js';
import { Inlines } from './Inlines.js';

type TableModel = Extract<Block, { type: 'table' }>;

/** A GFM table. Rows never split across pages. */
export function TableBlock({ table }: { table: TableModel }) {
  const { styles } = useTheme();
  return (
    <View style={styles.table}>
      <Row row={table.header} align={table.align} header />
      {table.rows.map((row, index) => (
        <Row key={index} row={row} align={table.align} header={false} />
      ))}
    </View>
  );
}

function Row({ row, align, header }: { row: TableRow; align: TableModel['align']; header: boolean }) {
  const { styles } = useTheme();
  return (
    <View style={header ? [styles.tableRow, styles.tableHeader] : styles.tableRow} wrap={false}>
      {row.cells.map((cell, index) => (
        <Text key={index} style={[styles.tableCell, { textAlign: align[index] ?? 'left' }]}>
          <Inlines inlines={cell} />
        </Text>
      ))}
    </View>
  );
}
