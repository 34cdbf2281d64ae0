import { longWordBreaker } from '../print/break-long-words.js';
import { FONTS } from '../print/font-files.js';
import { keepNumbersTogether } from '../print/keep-numbers-together.js';
import { MM, SIZES, type SizeProfile } from '../print/sizes.js';
import { tableCellMetrics, tableCellTextWidth } from '../print/table-cells.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import { allBlocks } from '../model/all-blocks.js';
import type { Block, HandoutDocument } from '../model/document.js';
import { inlineText } from '../model/markdown-to-blocks.js';

/**
 * Whether each table fits a size at a readable width. Cells share the text column equally,
 * and a word wider than its cell is broken into pieces that fit (`longWordBreaker`); with too
 * many columns those pieces are a letter or two ("C-o-l-1"), which nobody can read. So the
 * check breaks every word as the template will, with the same font, type size and cell width
 * (`tableCellTextWidth`), and a table fits when no piece is shorter than `READABLE_PIECE`
 * characters ("Wal-king" is read; "Wa-lk-ing" is not).
 */

/** The shortest piece of a broken word that is still read as part of a word ("Wal-king"). */
export const READABLE_PIECE = 3;

type Table = Extract<Block, { type: 'table' }>;

/** How a table's words fare in one size. */
interface TableMeasure {
  /** The word broken worst, and its pieces; null when every word is readable. */
  unreadable: { word: string; pieces: string[] } | null;
  /** The room each cell has (points). */
  room: number;
}

/**
 * Find the tables too wide for a size to print readably.
 * @param document The handout.
 * @param size The page profile (for a tri-fold, at the body size it starts from).
 * @returns For each such table, a located error naming a word as it would print and the remedies; empty when every table fits.
 */
export function checkTablesFit(document: HandoutDocument, size: SizeProfile): Diagnostic[] {
  const tables = allBlocks(document).filter((block): block is Table => block.type === 'table');
  const found: Diagnostic[] = [];
  for (const table of tables) {
    const measure = measureTable(document, table, size);
    if (!measure.unreadable) continue;
    const columns = table.header.cells.length;
    const roomy = Object.values(SIZES).filter((other) => !measureTable(document, table, other).unreadable);
    const mostColumns = mostColumnsThatFit(document, table, size);
    const split = mostColumns >= 1 ? `split it into tables of at most ${mostColumns} ${mostColumns === 1 ? 'column' : 'columns'}` : 'shorten its longest words';
    const remedy = roomy.length > 0 ? `${split}, or build a size with room for it (${roomy.map((other) => other.id).join(', ')})` : split;
    const { word, pieces } = measure.unreadable;
    found.push(
      diagnostic(
        document.source,
        table.place,
        `this table's ${columns} columns do not fit the ${size.id} size readably: each column has room for ${mm(measure.room)} of text, so "${word}" would print as "${pieces.join('-')}", one piece to a line; ${remedy}`,
        'size/table-too-wide',
      ),
    );
  }
  return found;
}

/**
 * Break every word of the table as the template would in this size, and find the worst.
 * @param columns The columns to share the width among: the table's own, or fewer to see whether a split would fit.
 */
function measureTable(document: HandoutDocument, table: Table, size: SizeProfile, columns = table.header.cells.length): TableMeasure {
  const faces = FONTS[document.brand.font] ?? Object.values(FONTS)[0]!;
  const fontSize = tableCellMetrics(size.bodySize).fontSize;
  const room = tableCellTextWidth(size, columns);
  let unreadable: TableMeasure['unreadable'] = null;
  let shortest = Infinity;
  const rows = [{ cells: table.header.cells, face: faces.bold }, ...table.rows.map((row) => ({ cells: row.cells, face: faces.regular }))];
  for (const { cells, face } of rows) {
    const breakWord = longWordBreaker(face, fontSize, room);
    for (const cell of cells) {
      // Split as react-pdf does: at plain spaces only (numbers kept together stay one word).
      for (const word of keepNumbersTogether(inlineText(cell)).split(' ')) {
        const pieces = breakWord(word);
        if (pieces.length < 2) continue;
        const piece = Math.min(...pieces.map((p) => Array.from(p).length));
        if (piece < READABLE_PIECE && piece < shortest) {
          shortest = piece;
          unreadable = { word, pieces };
        }
      }
    }
  }
  return { unreadable, room };
}

/** The most columns this size could give the table's words readably (0 when not even one). */
function mostColumnsThatFit(document: HandoutDocument, table: Table, size: SizeProfile): number {
  for (let columns = table.header.cells.length - 1; columns >= 1; columns -= 1) {
    if (!measureTable(document, table, size, columns).unreadable) return columns;
  }
  return 0;
}

/** Points as millimetres, for people. */
function mm(points: number): string {
  return `${Math.max(0, Math.round(points / MM))} mm`;
}
