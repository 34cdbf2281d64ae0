import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { placeOf } from '../../model/blocks/state.js';
import type { Finding, LintRule } from '../types.js';

/**
 * A table without a header row: the first row of a markdown table is its header, and in a
 * tagged PDF its cells are the column headers (TH) a screen reader announces with every cell.
 * An empty header row, or an empty header cell, leaves a column without a name.
 */
export const tableHeader: LintRule = {
  id: 'lint/table-header',
  check({ parsed }) {
    const findings: Finding[] = [];
    visit(parsed.tree, 'table', (table: Table) => {
      const header = table.children[0];
      if (!header) return;
      const empty = header.children.map((cell, index) => ({ cell, index })).filter(({ cell }) => toString(cell).trim() === '');
      if (empty.length === 0) return;
      const place = placeOf(header, { lineOffset: parsed.bodyLineOffset });
      findings.push({
        place,
        message:
          empty.length === header.children.length
            ? 'table has no header row (its first row is empty); write in the first row what each column holds'
            : `table header has an empty cell (column ${empty.map(({ index }) => index + 1).join(', ')}); name what each column holds`,
      });
    });
    return findings;
  },
};
