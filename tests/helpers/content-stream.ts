import { decodePDFRawStream, PDFArray, PDFDocument, PDFRawStream, type PDFStream } from '@cantoo/pdf-lib';

/** What the marked-content scan found on one page. */
export interface MarkedContentReport {
  page: number;
  /** Painting operators (text, paths, images, shadings) outside any BDC/BMC … EMC. */
  unmarked: number;
  /** BDC/BMC left open at the end of the page, or EMC with nothing open. */
  unbalanced: number;
  /** EMC closing a sequence opened at another q/Q depth (marked content crossing q/Q). */
  crossing: number;
  /** Painting operators seen, to prove the scan read something. */
  painted: number;
}

// Operators that put marks on the page (ISO 32000-1, tables 59, 60, 107, 77).
const PAINT = new Set(['f', 'F', 'f*', 'S', 's', 'B', 'B*', 'b', 'b*', 'Do', 'TJ', 'Tj', "'", '"', 'sh']);

/**
 * Scan every page's content stream: every painting operator inside marked content (a tagged
 * MCID or an Artifact), BDC/EMC balanced, and never crossing q/Q (ISO 32000-1, 14.6).
 * @param bytes The PDF.
 * @returns One report per page.
 */
export async function scanMarkedContent(bytes: Uint8Array): Promise<MarkedContentReport[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page, index) => {
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray().map((ref) => pdf.context.lookup(ref) as PDFStream) : contents ? [contents] : [];
    const text = streams.map((stream) => Buffer.from(decode(stream)).toString('latin1')).join('\n');
    return { page: index + 1, ...scan(text) };
  });
}

function decode(stream: PDFStream): Uint8Array {
  return stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
}

function scan(content: string): Omit<MarkedContentReport, 'page'> {
  // Strings, hex strings and dictionaries cannot hold operators; drop them before splitting.
  const body = content
    .replace(/\((?:\\.|[^\\)])*\)/gs, '()')
    .replace(/<[0-9A-Fa-f\s]*>/g, '<>');
  const tokens = body.match(/<<|>>|\[|\]|\/[^\s/[\]<>()]+|[^\s/[\]<>()]+/g) ?? [];
  const open: number[] = [];
  let depth = 0;
  let unmarked = 0;
  let unbalanced = 0;
  let crossing = 0;
  let painted = 0;
  for (const token of tokens) {
    if (token === 'BDC' || token === 'BMC') open.push(depth);
    else if (token === 'EMC') {
      const openedAt = open.pop();
      if (openedAt === undefined) unbalanced += 1;
      else if (openedAt !== depth) crossing += 1;
    } else if (token === 'q') depth += 1;
    else if (token === 'Q') depth -= 1;
    else if (PAINT.has(token)) {
      painted += 1;
      if (open.length === 0) unmarked += 1;
    }
  }
  return { unmarked, unbalanced: unbalanced + open.length, crossing, painted };
}
