import type { Definition, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import { diagnostic, type Place, type Report } from '../../diagnostics.js';
import type { Block, Inline } from '../document.js';
import type { ImageResolver } from '../image-resolver.js';

/** What converting markdown needs: the body text, where it sits in the file, and a sink for problems. */
export interface ConvertContext {
  file: string;
  /** The markdown body (for exact source slices and fence checks). */
  body: string;
  /** File lines before the body's first line. */
  lineOffset: number;
  /** Link reference definitions, by normalised label. */
  definitions: Map<string, Definition>;
  report: Report;
  /** Resolves image links; without one, images are not allowed (surgeon bios). */
  resolveImage?: ImageResolver;
}

/**
 * What a handler receives (mdast-util-to-hast's `state`): the conversion context, and a way to
 * convert child nodes without knowing which handler takes each one. Handlers never import each
 * other, so block conversion has no import circle.
 */
export interface State extends ConvertContext {
  /** Convert block nodes in order, leaving out those that cannot be converted. */
  all(nodes: readonly RootContent[]): Block[];
  /** Convert one block node, or report why not and return null. */
  one(node: RootContent): Block | null;
  /** Convert phrasing nodes to inline runs, adjacent text runs joined. */
  inlines(nodes: readonly PhrasingContent[]): Inline[];
}

/** Converts one kind of block node; reports any problem through the state and returns null for nothing. */
export type BlockHandler<T extends RootContent['type']> = (node: Extract<RootContent, { type: T }>, state: State) => Block | null;

/** Converts one kind of phrasing node; null when it prints nothing. */
export type InlineHandler<T extends PhrasingContent['type']> = (node: Extract<PhrasingContent, { type: T }>, state: State) => Inline | null;

/** A container directive taken apart: where it starts, its `[label]` paragraph and the blocks after it. */
export interface DirectiveParts {
  place: Place;
  label: Paragraph | null;
  children: RootContent[];
}

/** Converts one named container directive (`:::stat`, `:::note`), the way a block handler converts a node type. */
export type DirectiveHandler = (node: ContainerDirective, parts: DirectiveParts, state: State) => Block | null;

/** One block handler per mdast node type the press understands. */
export type BlockHandlers = { [T in RootContent['type']]?: BlockHandler<T> };

/** One inline handler per phrasing node type the press understands. */
export type InlineHandlers = { [T in PhrasingContent['type']]?: InlineHandler<T> };

/**
 * File position of a node (body line + front-matter offset).
 * @param node Any mdast node.
 * @param ctx The conversion context.
 * @returns 1-based line and column in the file.
 */
export function placeOf(node: Nodes, ctx: Pick<ConvertContext, 'lineOffset'>): Place {
  const start = node.position?.start;
  return { line: (start?.line ?? 1) + ctx.lineOffset, column: start?.column ?? 1 };
}

/**
 * Report a node the handouts cannot print, at its place.
 * @param node The node.
 * @param ctx The conversion context.
 * @param message What is not supported and what to write instead.
 */
export function unsupported(node: Nodes, ctx: ConvertContext, message: string): void {
  ctx.report(diagnostic(ctx.file, placeOf(node, ctx), message, 'markdown/unsupported'));
}

/**
 * The exact source text of a node, or its plain text when it has no position.
 * @param node Any mdast node.
 * @param ctx The conversion context.
 * @returns The text as written.
 */
export function sourceOf(node: Nodes, ctx: ConvertContext): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start !== undefined && end !== undefined ? ctx.body.slice(start, end) : toString(node);
}

/** True for a complete HTML comment such as `<!-- handouts-disable-next-line lint/jargon -->`. */
export function isComment(html: string): boolean {
  return /^<!--[\s\S]*-->$/.test(html.trim());
}

/** The container directives the templates can render, and what they are for. */
export const KNOWN_CONTAINERS = ['stat', 'warning', 'note'] as const;

/** The known container directives as a message lists them (`:::stat, :::warning, :::note`). */
export function knownContainersList(): string {
  return KNOWN_CONTAINERS.map((n) => `:::${n}`).join(', ');
}
