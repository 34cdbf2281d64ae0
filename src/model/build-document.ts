import type { RootContent } from 'mdast';
import { dirname, resolve } from 'node:path';
import { imageResolver } from '../content/resolve-image.js';
import { diagnostic, type Diagnostic } from '../diagnostics.js';
import type { Brand, HandoutDocument, Section, Surgeon } from './document.js';
import { collectDefinitions, inlineText, placeOf, toBlocks, toInlines, type ConvertContext } from './markdown-to-blocks.js';
import type { ParsedSource } from './parse-source.js';
import { HandoutMetaSchema, HandoutSlugSchema } from './schema.js';
import { validate } from './validate.js';
import { webBaseTemplate, webVersionUrl } from './web-version-url.js';

/** What a handout may refer to: the surgeons, brands and sizes that exist. */
export interface Library {
  surgeons: ReadonlyMap<string, Surgeon>;
  brands: ReadonlyMap<string, Brand>;
  /** Ids of sizes that can be built. */
  sizes: readonly string[];
  /** Ids of sizes that are planned but not built yet (for a clearer error). */
  plannedSizes: readonly string[];
  /** Brand used when a handout names none. */
  defaultBrand: string;
  /** Sizes used when neither handout nor brand lists any. */
  defaultSizes: readonly string[];
  /** The content folder: images must be inside it (no images without it). */
  contentDir?: string;
}

/**
 * Validate a parsed handout and build its document model.
 * @param parsed The parsed source file.
 * @param library Surgeons, brands and sizes it may refer to.
 * @param fallbackSlug The slug from the file name, used when front matter gives none.
 * @returns The document, or every problem found in it.
 */
export function buildDocument(parsed: ParsedSource, library: Library, fallbackSlug: string): HandoutDocument | Diagnostic[] {
  const { file } = parsed;
  const problems: Diagnostic[] = [];
  const report = (d: Diagnostic) => problems.push(d);

  const validated = validate(HandoutMetaSchema, parsed.data, file, parsed.placeOfKey, 'front matter');
  const ctx: ConvertContext = {
    file,
    body: parsed.body,
    lineOffset: parsed.bodyLineOffset,
    definitions: collectDefinitions(parsed.tree),
    report,
    ...(library.contentDir && { resolveImage: imageResolver(library.contentDir, dirname(resolve(parsed.file))) }),
  };
  // The body is checked even when the front matter is wrong, so one run reports everything.
  const { intro, sections } = splitSections(parsed.tree.children, ctx);
  if ('diagnostics' in validated) return [...validated.diagnostics, ...problems];
  const meta = validated.value;

  const brandId = meta.brand ?? library.defaultBrand;
  const brand = library.brands.get(brandId);
  if (!brand) {
    report(diagnostic(file, parsed.placeOfKey(['brand']), `unknown brand "${brandId}" (known: ${[...library.brands.keys()].join(', ') || 'none'}); each brand is a folder in templates/brands/`, 'reference/brand'));
  }
  let surgeon: Surgeon | null = null;
  if (meta.surgeon !== undefined) {
    surgeon = library.surgeons.get(meta.surgeon) ?? null;
    if (!surgeon) {
      report(diagnostic(file, parsed.placeOfKey(['surgeon']), `unknown surgeon "${meta.surgeon}" (known: ${[...library.surgeons.keys()].join(', ') || 'none'}); each surgeon is a file in content/surgeons/`, 'reference/surgeon'));
    }
  }
  const sizes = meta.sizes ?? brand?.sizes ?? [...library.defaultSizes];
  sizes.forEach((size, index) => {
    if (library.sizes.includes(size)) return;
    const planned = library.plannedSizes.includes(size) ? ' is not supported yet' : ' is not a known size';
    report(diagnostic(file, parsed.placeOfKey(meta.sizes ? ['sizes', index] : ['sizes']), `size "${size}"${planned} (supported: ${library.sizes.join(', ')})`, 'reference/size'));
  });
  if (meta.slug === undefined && !HandoutSlugSchema.safeParse(fallbackSlug).success) {
    report(diagnostic(file, { line: 1, column: 1 }, `the file name "${fallbackSlug}.md" does not make a safe slug (lower-case letters, digits and hyphens, not a reserved name such as "con" or "consult"); rename the file or add \`slug: …\` to the front matter`, 'reference/slug'));
  }
  if (meta.reviewed && meta.review_due && meta.review_due < meta.reviewed) {
    report(diagnostic(file, parsed.placeOfKey(['review_due']), `\`review_due\` (${meta.review_due}) is before \`reviewed\` (${meta.reviewed})`, 'schema/invalid'));
  }
  if (problems.length > 0 || !brand) return problems;

  return {
    source: file,
    slug: meta.slug ?? fallbackSlug,
    meta,
    sizes: [...new Set(sizes)],
    intro,
    sections,
    surgeon,
    brand,
    disclaimer: meta.disclaimer ?? brand.disclaimer,
    // A `web_url` (the handout's, then the brand's) wins; else the page the press builds, once published under `web_base`.
    webUrl: webVersionUrl(meta.web_url ?? brand.web_url ?? webBaseTemplate(brand.web_base), meta.slug ?? fallbackSlug, meta.version),
    personal: null,
  };
}

/**
 * Cut the body into an introduction and question sections at each `##` heading.
 * @param nodes Top-level mdast nodes.
 * @param ctx Conversion context.
 * @returns The introduction blocks and the sections.
 */
function splitSections(nodes: readonly RootContent[], ctx: ConvertContext): Pick<HandoutDocument, 'intro' | 'sections'> {
  const introNodes: RootContent[] = [];
  const sections: Array<{ node: Extract<RootContent, { type: 'heading' }>; nodes: RootContent[] }> = [];
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth === 1) {
      ctx.report(diagnostic(ctx.file, placeOf(node, ctx), 'a `#` heading is not used: the title comes from `title:` in the front matter, and questions use `##`', 'markdown/heading-level'));
      continue;
    }
    if (node.type === 'heading' && node.depth === 2) sections.push({ node, nodes: [] });
    else (sections.at(-1)?.nodes ?? introNodes).push(node);
  }
  const ids = new Set<string>();
  return {
    intro: toBlocks(introNodes, ctx),
    sections: sections.map(({ node, nodes: children }): Section => {
      const heading = toInlines(node.children, ctx);
      const title = inlineText(heading).trim();
      return { id: uniqueId(title, ids), place: placeOf(node, ctx), heading, title, blocks: toBlocks(children, ctx) };
    }),
  };
}

function uniqueId(title: string, taken: Set<string>): string {
  const base =
    title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'section';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
