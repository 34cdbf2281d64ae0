import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { displayPath } from '../content/display-path.js';
import { listFiles } from '../content/list-files.js';
import { compareText, diagnostic, type Report } from '../diagnostics.js';
import type { Brand, Surgeon } from '../model/document.js';
import { collectDefinitions, toBlocks } from '../model/markdown-to-blocks.js';
import { parseSource, type ParsedSource } from '../content/parse-source.js';
import { BrandSchema, SurgeonMetaSchema } from '../model/schema.js';
import { validate } from '../model/validate.js';
import { parseYaml } from '../content/parse-yaml.js';
import { readText } from '../content/read-text.js';
import { imageResolver } from '../content/resolve-image.js';
import { FONTS } from '../print/font-files.js';
import { checkDataGlyphs, glyphChecker } from '../render/glyph-coverage.js';
import { brandContrastProblems } from '../web/brand-contrast.js';

/**
 * Load every surgeon in `<content>/surgeons/*.md`; a surgeon whose file has errors is left out.
 * @param contentDir The content folder.
 * @param report Where the problems in their files are reported.
 * @returns Surgeons by id, and their parsed files (for glyph checks).
 */
export async function loadSurgeons(contentDir: string, report: Report): Promise<{ surgeons: Map<string, Surgeon>; sources: Map<string, ParsedSource> }> {
  const surgeons = new Map<string, Surgeon>();
  const sources = new Map<string, ParsedSource>();
  const dir = join(contentDir, 'surgeons');
  for (const name of await listFiles(dir, (n) => n.endsWith('.md'))) {
    const path = join(dir, name);
    const file = displayPath(path);
    const text = await readText(path, file, report);
    if (text === null) continue;
    const parsed = parseSource(text, file, report);
    if (!parsed) continue;
    const meta = validate(SurgeonMetaSchema, parsed.data, file, parsed.placeOfKey, 'surgeon front matter', report);
    if (!meta) continue;
    const resolveImage = imageResolver(contentDir, dir);
    let photoPath: string | null = null;
    if (meta.photo) {
      photoPath = resolveImage(meta.photo, { file, place: parsed.placeOfKey(['photo']), ruleId: 'reference/photo', key: 'photo' }, report)?.path ?? null;
    }
    const bio = toBlocks(parsed.tree.children, {
      file,
      body: parsed.body,
      lineOffset: parsed.bodyLineOffset,
      definitions: collectDefinitions(parsed.tree),
      report,
    });
    const id = basename(name, '.md');
    surgeons.set(id, { id, ...meta, bio, photoPath });
    sources.set(id, parsed);
  }
  return { surgeons, sources };
}

/**
 * Load every brand in `<templates>/brands/<id>/brand.yaml`; a brand whose file has errors is left out.
 * @param templatesDir The templates folder.
 * @param report Where the problems in their files are reported.
 * @returns Brands by id.
 */
export async function loadBrands(templatesDir: string, report: Report): Promise<Map<string, Brand>> {
  const brands = new Map<string, Brand>();
  const dir = join(templatesDir, 'brands');
  for (const id of await listDirs(dir)) {
    const path = join(dir, id, 'brand.yaml');
    const file = displayPath(path);
    const text = await readText(path, file, report).catch(() => {
      report(diagnostic(file, undefined, 'brand folder has no brand.yaml', 'brand/missing'));
      return null;
    });
    if (text === null) continue;
    const yaml = parseYaml(text, 1, file, report, 'brand file');
    if (!yaml) continue;
    const brand = validate(BrandSchema, yaml.data, file, yaml.placeOf, 'brand', report);
    if (!brand) continue;
    const { font } = brand;
    if (!FONTS[font]) {
      report(diagnostic(file, yaml.placeOf(['font']), `unknown font "${font}" (known: ${Object.keys(FONTS).join(', ')}); a brand can use only a font the press ships`, 'brand/font'));
      continue;
    }
    // Every page and PDF of the brand prints its text in these colours.
    const contrast = brandContrastProblems(brand.colors, (path) => yaml.placeOf(path), file);
    if (contrast.length > 0) {
      contrast.forEach(report);
      continue;
    }
    // The brand's name, disclaimer and contact details are printed on every handout of it.
    const missing = checkDataGlyphs(yaml.data, yaml.placeOf, file, glyphChecker(font), yaml.sourceOf);
    if (missing.length > 0) {
      missing.forEach(report);
      continue;
    }
    let logoPath: string | undefined;
    if (brand.logo) {
      // Relative to the brand's folder, and never outside the templates folder.
      const logo = imageResolver(templatesDir, join(dir, id), 'templates folder')(brand.logo, { file, place: yaml.placeOf(['logo']), ruleId: 'brand/logo', key: 'logo' }, report);
      if (!logo) continue;
      logoPath = logo.path;
    }
    brands.set(id, { id, ...brand, ...(logoPath && { logoPath }) });
  }
  return brands;
}

async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(compareText);
}

