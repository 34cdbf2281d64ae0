import type { RootContent } from 'mdast';
import { dirname, resolve } from 'node:path';
import { englishMessages, messagesFor, type MessageLibrary } from '../content/load-messages.js';
import { imageResolver } from '../content/resolve-image.js';
import { diagnostic, type Diagnostic, type Report } from '../diagnostics.js';
import type { Brand, HandoutDocument, Section, Surgeon, Translation } from '../model/document.js';
import type { Messages } from '../model/messages.js';
import { collectDefinitions, inlineText, toBlocks, toInlines } from '../model/markdown-to-blocks.js';
import { placeOf, type ConvertContext } from '../model/blocks/state.js';
import type { ParsedSource } from '../content/parse-source.js';
import { HandoutMetaSchema, HandoutSlugSchema } from '../model/schema.js';
import { validate } from '../model/validate.js';
import { webBaseTemplate, webVersionUrl } from '../model/web-version-url.js';
import { checkAnchors } from '../model/check-anchors.js';
import { uniqueSlug } from '../model/slugify.js';
import { addDisplayFields } from '../model/display-fields.js';

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
  /** Message catalogues; without them only English can be printed. */
  messages?: MessageLibrary;
}

/**
 * Validate a parsed handout and build its document model.
 * @param parsed The parsed source file.
 * @param library Surgeons, brands and sizes it may refer to.
 * @param fallbackSlug The slug from the file name, used when front matter gives none.
 * @param reportTo Where every problem found in it is reported.
 * @returns The document, or null when it has problems (each reported).
 */
export function buildDocument(parsed: ParsedSource, library: Library, fallbackSlug: string, reportTo: Report): HandoutDocument | null {
  const { file } = parsed;
  let failed = false;
  const report: Report = (d) => {
    if (d.severity === 'error') failed = true;
    reportTo(d);
  };

  const meta = validate(HandoutMetaSchema, parsed.data, file, parsed.placeOfKey, 'front matter', report);
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
  for (const problem of checkAnchors(parsed.tree, sections, ctx)) report(problem);
  if (!meta) return null;

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
  const translation = translationOf(parsed, meta, fallbackSlug, report);
  const messages = brand ? documentMessages(library, brand.id, meta.language, parsed, report) : null;
  if (translation) {
    // A translation's slug is its source's: its PDFs go in the source's folder.
  } else if (meta.slug === undefined && !HandoutSlugSchema.safeParse(fallbackSlug).success) {
    report(diagnostic(file, { line: 1, column: 1 }, `the file name "${fallbackSlug}.md" does not make a safe slug (lower-case letters, digits and hyphens, not a reserved name such as "con" or "consult"); rename the file or add \`slug: …\` to the front matter`, 'reference/slug'));
  }
  if (meta.reviewed && meta.review_due && meta.review_due < meta.reviewed) {
    report(diagnostic(file, parsed.placeOfKey(['review_due']), `\`review_due\` (${meta.review_due}) is before \`reviewed\` (${meta.reviewed})`, 'schema/invalid'));
  }
  if (failed || !brand || !messages) return null;
  const slug = translation?.of ?? meta.slug ?? fallbackSlug;

  return addDisplayFields({
    source: file,
    slug,
    meta,
    sizes: [...new Set(sizes)],
    intro,
    sections,
    surgeon,
    brand,
    disclaimer: meta.disclaimer ?? brand.disclaimer,
    // A `web_url` (the handout's, then the brand's) wins; else the page the press builds, once published under `web_base`.
    webUrl: webVersionUrl(meta.web_url ?? brand.web_url ?? webBaseTemplate(brand.web_base), slug, meta.version),
    personal: null,
    messages,
    translation,
  });
}

/**
 * The press's words for the document's language, or a located error at its \`language:\`.
 */
function documentMessages(library: Library, brandId: string, language: string, parsed: ParsedSource, report: Report): Messages | null {
  const place = parsed.placeOfKey(['language']);
  const catalogues = library.messages ?? { press: new Map([['en', { file: 'templates/messages/en.yaml', language: 'en', months: [...englishMessages().months], checkedBy: '', texts: { ...englishMessages().texts } }]]), brands: new Map() };
  return messagesFor(catalogues, brandId, language, place, parsed.file, report);
}

/**
 * What a translation's front matter says about its source, checked as far as this file
 * alone allows (the source itself is checked in \`checkTranslation\`). A file named
 * \`<slug>.<language>.md\` is a translation and must say of what; one with
 * \`translation_of\` must be named so, and record the version, translator and date.
 * @returns The translation's record, or null for a handout in its own language (or on errors, reported).
 */
function translationOf(parsed: ParsedSource, meta: HandoutDocument['meta'], fileSlug: string, report: Report): Translation | null {
  const { file } = parsed;
  const dot = fileSlug.indexOf('.');
  const fileLanguage = dot >= 0 ? fileSlug.slice(dot + 1) : null;
  if (meta.translation_of === undefined) {
    if (fileLanguage !== null && (meta.source_version !== undefined || meta.translator !== undefined)) {
      report(diagnostic(file, { line: 1, column: 1 }, `this file looks like a translation (${fileSlug}.md) but has no \`translation_of:\`; add the slug of the handout it translates`, 'translation/source'));
    }
    for (const key of ['source_version', 'translator', 'translated'] as const) {
      if (meta[key] !== undefined) report(diagnostic(file, parsed.placeOfKey([key], 'key'), `\`${key}\` belongs to a translation, and this handout has no \`translation_of:\``, 'translation/source'));
    }
    return null;
  }
  const of = meta.translation_of;
  const ofPlace = parsed.placeOfKey(['translation_of']);
  let ok = true;
  if (of.includes('.')) {
    report(diagnostic(file, ofPlace, `translation_of "${of}" names a translation; a translation is made from the source handout: name its slug ("${of.slice(0, of.indexOf('.'))}")`, 'translation/of-translation'));
    ok = false;
  } else if (!HandoutSlugSchema.safeParse(of).success) {
    report(diagnostic(file, ofPlace, `translation_of "${of}" is not a handout slug (lower-case letters, digits and hyphens)`, 'translation/source'));
    ok = false;
  }
  if (meta.slug !== undefined) {
    report(diagnostic(file, parsed.placeOfKey(['slug'], 'key'), 'a translation has no `slug:` of its own: its PDFs go in the folder of its source, named by its language', 'translation/source'));
    ok = false;
  }
  const expected = `${of}.${meta.language}`;
  if (fileSlug.toLowerCase() !== expected.toLowerCase()) {
    report(diagnostic(file, { line: 1, column: 1 }, `a translation of "${of}" into ${meta.language} must be named ${expected}.md, so its source and language show in the folder`, 'translation/file-name'));
    ok = false;
  }
  for (const key of ['source_version', 'translator', 'translated'] as const) {
    if (meta[key] === undefined) {
      const why = key === 'source_version' ? 'the source\'s `version` it was translated from, so the press can tell when it goes stale' : key === 'translator' ? 'who translated it, for document control' : 'when it was translated (YYYY-MM-DD), for document control';
      report(diagnostic(file, parsed.placeOfKey(['translation_of'], 'key'), `a translation needs \`${key}:\`: ${why}`, 'translation/document-control'));
      ok = false;
    }
  }
  if (!ok || meta.source_version === undefined || meta.translator === undefined || meta.translated === undefined) return null;
  return { of, sourceVersion: meta.source_version, translator: meta.translator, translated: meta.translated, staleAgainst: null };
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
      return { id: uniqueSlug(title, ids, 'section'), place: placeOf(node, ctx), heading, title, blocks: toBlocks(children, ctx) };
    }),
  };
}
