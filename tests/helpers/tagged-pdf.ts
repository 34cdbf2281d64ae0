import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A structure element as pdf.js sees it on one page, with the text of its own marked content. */
export interface StructElement {
  role: string;
  alt: string | undefined;
  lang: string | undefined;
  /** Text of its marked content on this page (not its children's). */
  text: string;
  /** Its text and its children's, in structure order, on this page. */
  flow: string;
  /** Annotations (OBJR) it holds on this page. */
  annotations: number;
  children: StructElement[];
}

/** A tagged PDF read back with pdf.js: per page, its structure tree and where each text item went. */
export interface TaggedReadback {
  pages: Array<{
    /** The page's part of the structure tree, in structure (reading) order. */
    roots: StructElement[];
    /** Text items inside an Artifact. */
    artifacts: string[];
    /** Text items in neither a structure element nor an Artifact. */
    untagged: string[];
    /** Marked-content ids the tree points at that the page does not have. */
    dangling: string[];
  }>;
  /** Every element of every page, depth first, page by page (an element split over pages appears once per page). */
  elements: StructElement[];
  /** The text of the structure tree in reading order, page by page. */
  text: string;
}

interface RawNode {
  role?: string;
  alt?: string;
  lang?: string;
  type?: string;
  id?: string;
  children?: RawNode[];
}

/**
 * Read a tagged PDF's structure with pdf.js (`getStructTree` and marked-content text).
 * @param bytes The PDF.
 * @returns The structure per page and the structure's text in reading order.
 */
export async function readTagged(bytes: Uint8Array): Promise<TaggedReadback> {
  const pdf = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: TaggedReadback['pages'] = [];
    const elements: StructElement[] = [];
    let text = '';
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent({ includeMarkedContent: true });
      const byId = new Map<string, string>();
      const stack: Array<{ tag: string; id: string | undefined }> = [];
      const artifacts: string[] = [];
      const loose: Array<{ id: string | undefined; str: string }> = [];
      for (const item of content.items) {
        if ('type' in item) {
          if (item.type === 'beginMarkedContent' || item.type === 'beginMarkedContentProps') stack.push({ tag: item.tag ?? '', id: item.id ?? undefined });
          else if (item.type === 'endMarkedContent') stack.pop();
          continue;
        }
        if (item.str.trim() === '') continue;
        if (stack.some((mark) => mark.tag === 'Artifact')) {
          artifacts.push(item.str);
          continue;
        }
        const id = [...stack].reverse().find((mark) => mark.id)?.id;
        if (id) byId.set(id, (byId.get(id) ?? '') + item.str);
        loose.push({ id, str: item.str });
      }
      const tree = (await page.getStructTree()) as RawNode | null;
      const referenced = new Set<string>();
      const convert = (node: RawNode): StructElement => {
        const own: string[] = [];
        let flow = '';
        let annotations = 0;
        const children: StructElement[] = [];
        for (const child of node.children ?? []) {
          if (child.type === 'content' && child.id) {
            referenced.add(child.id);
            own.push(byId.get(child.id) ?? '');
            flow += byId.get(child.id) ?? '';
          } else if (child.type === 'annotation' || child.type === 'object') annotations += 1;
          else if (child.role) {
            const element = convert(child);
            children.push(element);
            flow += element.flow;
          }
        }
        return { role: node.role ?? '', alt: node.alt, lang: node.lang, text: own.join(''), flow, annotations, children };
      };
      const roots = (tree?.children ?? []).filter((child) => child.role).map(convert);
      const walk = (element: StructElement) => {
        elements.push(element);
        element.children.forEach(walk);
      };
      roots.forEach(walk);
      text += roots.map((root) => root.flow).join('');
      const seen = new Set(content.items.flatMap((item) => ('id' in item && item.id ? [item.id] : [])));
      pages.push({
        roots,
        artifacts,
        untagged: loose.filter((item) => !item.id || !referenced.has(item.id)).map((item) => item.str),
        dangling: [...referenced].filter((id) => !seen.has(id)),
      });
    }
    return { pages, elements, text };
  } finally {
    await pdf.destroy();
  }
}

/** Letters and digits only: text extraction splits and joins runs at spaces unpredictably. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
