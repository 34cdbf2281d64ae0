import { AlignmentType, Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type ParagraphChild } from 'docx';
import type { PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Diagnostic } from '../../src/diagnostics.js';
import { parseSource } from '../../src/content/parse-source.js';

/**
 * Export a handout to Word, as a clinic's own leaflet would look: the title in Word's Title
 * style, questions as Heading 1, subheadings as Heading 2, lists as Word lists (bulleted or
 * numbered, nested), tables, bold, italic and links. Boxes become their paragraphs. Used by the
 * round-trip test: export, import, and nothing may be lost.
 * @param text A handout file's text.
 * @returns The .docx bytes.
 */
export async function handoutToDocx(text: string): Promise<Buffer> {
  const unread: Diagnostic[] = [];
  const parsed = parseSource(text, 'handout.md', (d) => unread.push(d));
  if (!parsed) throw new Error(unread.map((d) => d.message).join('\n'));
  const data = parsed.data as Record<string, string>;
  const children: Array<Paragraph | Table> = [new Paragraph({ text: data['title'] ?? 'Untitled', heading: HeadingLevel.TITLE })];
  if (data['subtitle']) children.push(new Paragraph({ text: data['subtitle'], style: 'Subtitle' }));
  for (const node of parsed.tree.children) children.push(...blocks(node, -1, parsed.body));
  const doc = new Document({ numbering: NUMBERING, sections: [{ children }] });
  return Packer.toBuffer(doc);
}

/** Numbered-list levels for Word (bullets use docx's built-in bullet numbering). */
export const NUMBERING = {
  config: [
    {
      reference: 'numbered',
      levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START })),
    },
  ],
};

function blocks(node: RootContent, listLevel: number, body: string): Array<Paragraph | Table> {
  switch (node.type) {
    case 'heading':
      return [new Paragraph({ children: runs(node.children, body), heading: node.depth <= 2 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ children: runs(node.children, body) })];
    case 'list':
      return node.children.flatMap((item) =>
        item.children.flatMap((child, index) => {
          if (index === 0 && child.type === 'paragraph') {
            const level = listLevel + 1;
            return [new Paragraph({ children: runs(child.children, body), ...(node.ordered ? { numbering: { reference: 'numbered', level } } : { bullet: { level } }) })];
          }
          return blocks(child, child.type === 'list' ? listLevel + 1 : listLevel, body);
        }),
      );
    case 'table':
      return [
        new Table({
          rows: node.children.map((row) => new TableRow({ children: row.children.map((cell) => new TableCell({ children: [new Paragraph({ children: runs(cell.children, body) })] })) })),
        }),
      ];
    case 'blockquote':
    case 'containerDirective':
      return node.children.flatMap((child) => blocks(child as RootContent, listLevel, body));
    case 'html':
    case 'definition':
      return [];
    default:
      return [new Paragraph(toString(node))];
  }
}

function runs(nodes: readonly PhrasingContent[], body: string, style: { bold?: boolean; italics?: boolean } = {}): ParagraphChild[] {
  return nodes.flatMap((node): ParagraphChild[] => {
    switch (node.type) {
      case 'text':
        return [new TextRun({ text: node.value.replace(/\s*\n\s*/g, ' '), ...style })];
      case 'strong':
        return runs(node.children, body, { ...style, bold: true });
      case 'emphasis':
        return runs(node.children, body, { ...style, italics: true });
      case 'link':
        return [new ExternalHyperlink({ link: node.url, children: [new TextRun({ text: toString(node), style: 'Hyperlink', ...style })] })];
      case 'break':
        return [new TextRun({ text: '', break: 1 })];
      case 'textDirective': {
        // `7:00` parses as a directive; its text is the source as written.
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? 0;
        return [new TextRun({ text: body.slice(start, end), ...style })];
      }
      case 'html':
        return [];
      default:
        return [new TextRun({ text: toString(node), ...style })];
    }
  });
}
