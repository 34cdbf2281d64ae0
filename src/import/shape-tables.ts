import type { Element, ElementContent, Root as HastRoot } from 'hast';

/**
 * Tables as a handout holds them: a header row, and one line per cell. Word and web pages
 * allow more; these make the difference fit without losing a word.
 */

/**
 * A table with no header cells (Word's usual table, a page's plain `<table>`) gets its first row
 * as the header: a handout's table always has one, and without this the converter would add
 * an empty header row and push the real one into the body.
 * @param root The article (changed in place).
 */
export function promoteHeaderRows(root: HastRoot | Element): void {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child.tagName !== 'table') {
      promoteHeaderRows(child);
      continue;
    }
    const rows: Element[] = [];
    const collect = (el: Element) => {
      for (const node of el.children) {
        if (node.type !== 'element') continue;
        if (node.tagName === 'tr') rows.push(node);
        else if (node.tagName === 'thead' || node.tagName === 'tbody' || node.tagName === 'tfoot') collect(node);
      }
    };
    collect(child);
    const hasHeader = rows.some((row) => row.children.some((cell) => cell.type === 'element' && cell.tagName === 'th'));
    const first = rows[0];
    if (!hasHeader && first) {
      for (const cell of first.children) if (cell.type === 'element' && cell.tagName === 'td') cell.tagName = 'th';
    }
  }
}

/** Elements that start a new block (a paragraph, a list item, a row) inside a table cell. */
const CELL_BLOCKS = new Set(['p', 'div', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'section', 'br', 'hr']);

/**
 * A markdown table cell holds one line, so a cell with paragraphs, a list or a table inside
 * (common in Word) has its blocks joined by spaces: every word stays, in order, and the table
 * keeps its shape. Without this the converter ran "one.Two" together, or broke the row.
 * @param root The article (changed in place).
 * @returns The tables that had such cells.
 */
export function flattenTableCells(root: HastRoot | Element): Element[] {
  const tables: Element[] = [];
  const flattenInto = (nodes: readonly ElementContent[]): ElementContent[] =>
    nodes.flatMap((node): ElementContent[] => {
      if (node.type !== 'element') return [node];
      if (!CELL_BLOCKS.has(node.tagName)) return [{ ...node, children: flattenInto(node.children) }];
      return [{ type: 'text', value: ' ' }, ...flattenInto(node.children), { type: 'text', value: ' ' }];
    });
  const visitTables = (parent: HastRoot | Element) => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue;
      if (child.tagName !== 'td' && child.tagName !== 'th') {
        visitTables(child);
        continue;
      }
      if (!child.children.some((node) => node.type === 'element' && CELL_BLOCKS.has(node.tagName) && (node.tagName !== 'p' || child.children.filter((n) => n.type === 'element').length > 1))) continue;
      child.children = flattenInto(child.children);
      const table = tables.at(-1);
      const owner = findTable(root, child);
      if (owner && owner !== table) tables.push(owner);
    }
  };
  visitTables(root);
  return tables;
}

function findTable(root: HastRoot | Element, cell: Element, table: Element | null = null): Element | null {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child === cell) return table;
    const found = findTable(child, cell, child.tagName === 'table' ? child : table);
    if (found) return found;
  }
  return null;
}

