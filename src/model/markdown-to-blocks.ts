import type { Nodes, Parent, PhrasingContent, RootContent, Definition } from 'mdast';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Block, Inline } from './document.js';
import { blockHandlers } from './blocks/handlers/index.js';
import { inlineHandlers } from './blocks/inline-handlers/index.js';
import { placeOf, unsupported, type BlockHandler, type ConvertContext, type InlineHandler, type State } from './blocks/state.js';
import { MAX_NESTING_DEPTH } from './limits.js';

/** Block nodes that indent what they hold, and how a limit message names them. */
const NESTING: Partial<Record<Nodes['type'], string>> = { list: 'list', blockquote: 'quote', containerDirective: 'box' };

/** Block nodes whose children may hold more blocks (inline content cannot nest lists or quotes). */
const BLOCK_PARENTS = new Set<Nodes['type']>(['list', 'listItem', 'blockquote', 'containerDirective', 'footnoteDefinition']);

/**
 * Do lists, quotes and boxes nest deeper than `room` levels below this node? Recursion stops as
 * soon as the room runs out, so a pathological file (thousands of `>` in a row) cannot overflow the stack.
 */
function nestsDeeperThan(node: Nodes, room: number): boolean {
  const left = NESTING[node.type] ? room - 1 : room;
  if (left < 0) return true;
  if (!BLOCK_PARENTS.has(node.type) || !('children' in node)) return false;
  return (node.children as Nodes[]).some((child) => nestsDeeperThan(child, left));
}

/** A located error when a list, quote or box holds more than {@link MAX_NESTING_DEPTH} levels, else null. */
function nestingProblem(node: RootContent, ctx: ConvertContext): Diagnostic | null {
  const name = NESTING[node.type];
  if (!name || !nestsDeeperThan(node, MAX_NESTING_DEPTH)) return null;
  return diagnostic(
    ctx.file,
    placeOf(node, ctx),
    `this ${name} is nested more than ${MAX_NESTING_DEPTH} levels deep (lists, quotes and boxes inside each other), which no reader can follow and no page can fit; flatten it`,
    'markdown/limit',
  );
}

/**
 * The state handlers receive: the context, plus `all`/`one`/`inlines`, which look up the
 * handler for each child node (mdast-util-to-hast's pattern).
 * @param ctx The conversion context.
 * @returns A state over that context.
 */
export function createState(ctx: ConvertContext): State {
  const state: State = {
    ...ctx,
    all(nodes) {
      const blocks: Block[] = [];
      for (const node of nodes) {
        const block = state.one(node);
        if (block) blocks.push(block);
      }
      return blocks;
    },
    one(node) {
      const tooDeep = nestingProblem(node, state);
      if (tooDeep) {
        state.report(tooDeep);
        return null;
      }
      const handler = blockHandlers[node.type] as BlockHandler<typeof node.type> | undefined;
      if (handler) return handler(node, state);
      unsupported(node, state, `${node.type} is not supported in handouts`);
      return null;
    },
    inlines(nodes) {
      const out: Inline[] = [];
      for (const node of nodes) {
        const inline = toInline(node, state);
        if (!inline) continue;
        const last = out.at(-1);
        if (inline.type === 'text' && last?.type === 'text') last.value += inline.value;
        else out.push(inline);
      }
      return out;
    },
  };
  return state;
}

function toInline(node: PhrasingContent, state: State): Inline | null {
  const handler = inlineHandlers[node.type] as InlineHandler<typeof node.type> | undefined;
  if (handler) return handler(node, state);
  unsupported(node as Nodes, state, `${(node as Nodes).type} is not supported in handouts`);
  return null;
}

/**
 * Convert block-level mdast nodes into document blocks. Anything the templates cannot
 * render is reported with its place, never dropped without a word.
 * @param nodes Block nodes in order.
 * @param ctx The conversion context.
 * @returns The blocks that could be converted.
 */
export function toBlocks(nodes: readonly RootContent[], ctx: ConvertContext): Block[] {
  return createState(ctx).all(nodes);
}

/**
 * Convert phrasing content to inlines. Text directives (`7:00`, `3:1`) are prose that
 * happens to contain a colon, so they are put back as the exact source text.
 * @param nodes Phrasing nodes.
 * @param ctx The conversion context.
 * @returns Inline runs.
 */
export function toInlines(nodes: readonly PhrasingContent[], ctx: ConvertContext): Inline[] {
  return createState(ctx).inlines(nodes);
}

/**
 * Plain text of inlines (bookmarks, glyph checks, lint).
 * @param inlines Inline runs.
 * @returns Their text, markup removed.
 */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines
    .map((inline) => {
      switch (inline.type) {
        case 'text':
        case 'code':
          return inline.value;
        case 'break':
          return ' ';
        default:
          return inlineText(inline.children);
      }
    })
    .join('');
}

/** Collect link reference definitions of a tree. */
export function collectDefinitions(tree: Parent): Map<string, Definition> {
  const map = new Map<string, Definition>();
  const walk = (node: Parent) => {
    for (const child of node.children) {
      if (child.type === 'definition') map.set(child.identifier.toLowerCase(), child);
      else if ('children' in child) walk(child as Parent);
    }
  };
  walk(tree);
  return map;
}
