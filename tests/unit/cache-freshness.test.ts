import { mkdtemp, rm, writeFile, mkdir, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { CacheEntry } from '../../src/cache/build-cache.js';
import { hasOutput, inputHasher, isFresh, outputKey, renderKey, wantedFiles, type FreshnessCheck } from '../../src/cache/freshness.js';
import type { PrintOptions } from '../../src/print/print-options.js';

const TOOL = 'tool-1';
const SCREEN: PrintOptions = { bleed: 0 };
const PDF = 'leaflet/leaflet-a4.pdf';
const PDF_BYTES = new TextEncoder().encode('%PDF- not really');

let dir: string;
let outDir: string;
let handout: string;
let brand: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cache-freshness-'));
  outDir = join(dir, 'output');
  handout = join(dir, 'leaflet.md');
  brand = join(dir, 'brand.yaml');
  await writeFile(handout, '---\ntitle: Leaflet\n---\nText.\n');
  await writeFile(brand, 'name: Clinic\n');
  await mkdir(join(outDir, 'leaflet'), { recursive: true });
  await writeFile(join(outDir, PDF), PDF_BYTES);
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The entry a build of `leaflet.md` in A4 records, with its one PDF on disk. */
async function builtEntry(print: PrintOptions = SCREEN): Promise<CacheEntry> {
  const inputHash = await inputHasher()(handout, [brand]);
  return {
    inputHash,
    deps: [brand],
    sizes: ['a4'],
    slug: 'leaflet',
    title: 'Leaflet',
    diagnostics: [],
    readability: null,
    recheckFrom: null,
    outputs: { [PDF]: { size: 'a4', file: PDF, pages: 1, bytes: PDF_BYTES.byteLength, sha256: 'x', key: renderKey({ tool: TOOL, inputHash, size: 'a4', print }) } },
  };
}

function check(overrides: Partial<FreshnessCheck> = {}): FreshnessCheck {
  return { path: handout, outDir, print: SCREEN, today: '2026-01-01', tool: TOOL, inputHash: inputHasher(), ...overrides };
}

describe('isFresh', () => {
  test('should be fresh when nothing changed', async () => {
    expect(await isFresh(await builtEntry(), check())).toBe(true);
  });

  test('should be stale when the handout changed', async () => {
    const entry = await builtEntry();
    await writeFile(handout, '---\ntitle: Leaflet\n---\nOther text.\n');
    expect(await isFresh(entry, check())).toBe(false);
  });

  test('should be stale when a dependency changed', async () => {
    const entry = await builtEntry();
    await writeFile(brand, 'name: Another clinic\n');
    expect(await isFresh(entry, check())).toBe(false);
  });

  test('should be stale when a dependency disappeared', async () => {
    const entry = await builtEntry();
    await unlink(brand);
    expect(await isFresh(entry, check())).toBe(false);
  });

  test('should be stale when the handout itself is gone', async () => {
    const entry = await builtEntry();
    await unlink(handout);
    expect(await isFresh(entry, check())).toBe(false);
  });

  test('should be stale when the press changed', async () => {
    expect(await isFresh(await builtEntry(), check({ tool: 'tool-2' }))).toBe(false);
  });

  test('should be stale when another size is asked for', async () => {
    expect(await isFresh(await builtEntry(), check({ print: { bleed: 0, sizes: ['a5'] } }))).toBe(false);
  });

  test('should stay fresh when the size asked for is the one built', async () => {
    expect(await isFresh(await builtEntry(), check({ print: { bleed: 0, sizes: ['a4'] } }))).toBe(true);
  });

  test('should be stale when the bleed changed', async () => {
    expect(await isFresh(await builtEntry(), check({ print: { bleed: 9 } }))).toBe(false);
  });

  test('should be stale when its output file is gone', async () => {
    const entry = await builtEntry();
    await unlink(join(outDir, PDF));
    expect(await isFresh(entry, check())).toBe(false);
  });

  test('should be stale when its output file changed size on disk', async () => {
    const entry = await builtEntry();
    await writeFile(join(outDir, PDF), 'truncated');
    expect(await isFresh(entry, check())).toBe(false);
  });

  test('should be stale from the day its review date asks for a new look', async () => {
    const entry = { ...(await builtEntry()), recheckFrom: '2026-03-01' };
    expect(await isFresh(entry, check({ today: '2026-02-28' }))).toBe(true);
    expect(await isFresh(entry, check({ today: '2026-03-01' }))).toBe(false);
  });
});

describe('renderKey and outputKey', () => {
  const key = { tool: TOOL, inputHash: 'abc', size: 'a4', print: SCREEN };

  test('should change with each thing an output depends on', () => {
    const keys = new Set([
      renderKey(key),
      renderKey({ ...key, tool: 'tool-2' }),
      renderKey({ ...key, inputHash: 'abd' }),
      renderKey({ ...key, size: 'a5' }),
      renderKey({ ...key, print: { bleed: 9 } }),
    ]);
    expect(keys.size).toBe(5);
  });

  test('should not depend on the sizes asked for, only on the size rendered', () => {
    expect(renderKey({ ...key, print: { bleed: 0, sizes: ['a4', 'a5'] } })).toBe(renderKey(key));
  });

  test("should key a web page by the leaflet's languages when it has translations, and as before when it has none", () => {
    const web = { ...key, size: 'web', sizes: ['a4', 'web'] };
    expect(outputKey({ ...web, languages: ['en-AU'] })).toBe(outputKey(web));
    expect(outputKey({ ...web, languages: ['en-AU', 'vi'] })).not.toBe(outputKey(web));
    expect(outputKey({ ...web, languages: ['en-AU', 'vi'] })).not.toBe(outputKey({ ...web, languages: ['en-AU', 'vi', 'el'] }));
    expect(outputKey({ ...key, sizes: ['a4', 'web'], languages: ['en-AU', 'vi'] })).toBe(renderKey(key));
  });

  test('should key a PDF as it is rendered, and the web page by the PDFs it lists', () => {
    expect(outputKey({ ...key, sizes: ['a4', 'web'] })).toBe(renderKey(key));
    const web = { ...key, size: 'web' };
    expect(outputKey({ ...web, sizes: ['a4', 'web'] })).not.toBe(outputKey({ ...web, sizes: ['a4', 'a5', 'web'] }));
  });
});

describe('wantedFiles', () => {
  test('should want the recorded files of a size, and the main file of a size never made', async () => {
    const entry = await builtEntry();
    expect(wantedFiles(entry, { slug: 'leaflet', sizes: ['a4', 'a5'], print: SCREEN })).toEqual([
      { file: PDF, size: 'a4' },
      { file: 'leaflet/leaflet-a5.pdf', size: 'a5' },
    ]);
  });

  test('should want the bleed edition on a bleed build, and no web page', async () => {
    const entry = await builtEntry();
    expect(wantedFiles(entry, { slug: 'leaflet', sizes: ['a4', 'web'], print: { bleed: 9 } })).toEqual([{ file: 'leaflet/leaflet-a4-bleed.pdf', size: 'a4' }]);
  });

  test("should want a handout's web page in its folder, and a translation's in the language's folder beside it", async () => {
    const entry = await builtEntry();
    expect(wantedFiles(entry, { slug: 'leaflet', sizes: ['web'], print: SCREEN })).toEqual([{ file: 'leaflet/index.html', size: 'web' }]);
    expect(wantedFiles({ ...entry, translation: { language: 'vi', of: 'leaflet' } }, { slug: 'leaflet', sizes: ['web'], print: SCREEN })).toEqual([{ file: 'leaflet/vi/index.html', size: 'web' }]);
  });
});

describe('hasOutput', () => {
  test('should not count a web page whose shared stylesheet is gone', async () => {
    const entry = await builtEntry();
    const page = new TextEncoder().encode('<!doctype html>');
    const sizes = ['a4', 'web'];
    const key = outputKey({ tool: TOOL, inputHash: entry.inputHash, size: 'web', print: SCREEN, sizes });
    entry.outputs['leaflet/index.html'] = { size: 'web', file: 'leaflet/index.html', pages: 1, bytes: page.byteLength, sha256: 'x', key };
    await writeFile(join(outDir, 'leaflet/index.html'), page);
    const web = { size: 'web', outDir, print: SCREEN, tool: TOOL, sizes };
    expect(await hasOutput(entry, web)).toBe(false);
    await mkdir(join(outDir, 'assets'));
    await writeFile(join(outDir, 'assets/handouts.css'), 'body {}');
    expect(await hasOutput(entry, web)).toBe(true);
  });

  test("should not count a web page once a translation is added beside its handout: the page must link to it", async () => {
    const entry = { ...(await builtEntry()), sizes: ['a4', 'web'] };
    const page = new TextEncoder().encode('<!doctype html>');
    const sizes = ['a4', 'web'];
    const key = outputKey({ tool: TOOL, inputHash: entry.inputHash, size: 'web', print: SCREEN, sizes, languages: ['en-AU'] });
    entry.outputs['leaflet/index.html'] = { size: 'web', file: 'leaflet/index.html', pages: 1, bytes: page.byteLength, sha256: 'x', key };
    await writeFile(join(outDir, 'leaflet/index.html'), page);
    await mkdir(join(outDir, 'assets'));
    await writeFile(join(outDir, 'assets/handouts.css'), 'body {}');
    expect(await isFresh(entry, check())).toBe(true);
    await writeFile(join(dir, 'leaflet.vi.md'), '---\ntitle: Tờ thông tin\ntranslation_of: leaflet\nlanguage: vi\n---\nVăn bản.\n');
    expect(await isFresh(entry, check())).toBe(false);
  });
});
