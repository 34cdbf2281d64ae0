import { cp, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { selectShard } from '../../src/batch/shard.js';
import { main } from '../../src/cli/main.js';
import { toolHash } from '../../src/cache/tool-hash.js';
import { build, type BuildOptions } from '../../src/pipeline.js';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';

/** A small library: three handouts, two surgeons, the press's brand copied so tests can change it. */
async function library() {
  const content = await makeContent({
    'surgeons/test-surgeon.md': TEST_SURGEON,
    'surgeons/other-surgeon.md': TEST_SURGEON.replace('Dr Test Surgeon', 'Dr Other Surgeon'),
    'handouts/alpha.md': handout('Alpha text.\n', 'surgeon: test-surgeon\n'),
    'handouts/beta.md': handout('Beta text.\n', 'surgeon: other-surgeon\n'),
    'handouts/gamma.md': handout('Gamma text.\n'),
  });
  const templates = join(content, 'templates');
  await mkdir(templates);
  await cp('templates/brands', join(templates, 'brands'), { recursive: true });
  const out = join(content, 'out');
  const run = (extra: Partial<BuildOptions> = {}) => build({ contentDir: content, templatesDir: templates, outDir: out, jobs: 1, today: '2026-11-25', ...extra });
  return { content, templates, out, run };
}

const slugsOf = (written: string[]) => written.map((file) => /([a-z]+)\/\1-/.exec(file)?.[1]).sort();

describe('incremental builds', () => {
  test('a rebuild with nothing changed writes nothing and keeps the manifest complete', async () => {
    const { out, run } = await library();
    const first = await run();
    expect(slugsOf(first.written)).toEqual(['alpha', 'beta', 'gamma']);
    const manifest = await readFile(join(out, 'manifest.json'), 'utf8');
    const pdfTime = (await stat(join(out, 'alpha/alpha-a4.pdf'))).mtimeMs;
    const second = await run();
    expect(second.written).toEqual([]);
    expect(second.skipped).toHaveLength(3);
    expect(await readFile(join(out, 'manifest.json'), 'utf8')).toBe(manifest);
    expect((await stat(join(out, 'alpha/alpha-a4.pdf'))).mtimeMs).toBe(pdfTime);
    expect(second.manifest.handouts.map((h) => h.slug)).toEqual(['alpha', 'beta', 'gamma']);
  });

  test('changing one handout rebuilds only its PDFs', async () => {
    const { content, run } = await library();
    await run();
    await writeFile(join(content, 'handouts/beta.md'), handout('Beta text, changed.\n', 'surgeon: other-surgeon\n'));
    expect(slugsOf((await run()).written)).toEqual(['beta']);
  });

  test('changing a surgeon rebuilds only the handouts that name them', async () => {
    const { content, run } = await library();
    await run();
    await writeFile(join(content, 'surgeons/test-surgeon.md'), `${TEST_SURGEON}\nA new line in the bio.\n`);
    expect(slugsOf((await run()).written)).toEqual(['alpha']);
  });

  test('changing the brand rebuilds every handout', async () => {
    const { templates, run } = await library();
    await run();
    const brandFile = join(templates, 'brands/vicoss/brand.yaml');
    await writeFile(brandFile, (await readFile(brandFile, 'utf8')).replace('#1F4E79', '#1F4E7A'));
    expect(slugsOf((await run()).written)).toEqual(['alpha', 'beta', 'gamma']);
  });

  test('a new size renders only that size; --force renders everything', async () => {
    const { run } = await library();
    await run();
    const letter = await run({ sizes: ['a4', 'letter'] });
    expect(letter.written.every((file) => file.endsWith('-letter.pdf'))).toBe(true);
    expect(letter.written).toHaveLength(3);
    expect(letter.manifest.handouts.every((h) => h.outputs.map((o) => o.size).join() === 'a4,letter')).toBe(true);
    expect((await run({ force: true })).written).toHaveLength(3);
  });

  test('a deleted PDF is rebuilt', async () => {
    const { out, run } = await library();
    await run();
    await writeFile(join(out, 'gamma/gamma-a4.pdf'), 'not the pdf');
    expect(slugsOf((await run()).written)).toEqual(['gamma']);
  });

  test('warnings of skipped handouts are still reported', async () => {
    const { run } = await library();
    const first = await run();
    const second = await run();
    expect(second.skipped).toHaveLength(3);
    expect(first.diagnostics.filter((d) => d.ruleId === 'lint/document-control').length).toBeGreaterThan(0);
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second.readability).toEqual(first.readability);
  });

  test('a review date coming due makes the handout checked again', async () => {
    const { content, run } = await library();
    await writeFile(join(content, 'handouts/gamma.md'), handout('Gamma text.\n', 'review_due: 2027-06-01\n'));
    await run({ today: '2026-11-25' });
    expect((await run({ today: '2026-12-01' })).skipped).toHaveLength(3);
    expect((await run({ today: '2027-03-10' })).skipped).toHaveLength(2);
  });

  test('the press hash changes when any template or code file changes', async () => {
    const root = await makeContent({ 'src/a.ts': 'a', 'templates/handout/b.tsx': 'b', 'src/print/c.ts': 'c', 'package-lock.json': '{}' });
    const before = await toolHash(root);
    expect(await toolHash(root)).toBe(before);
    for (const file of ['src/a.ts', 'templates/handout/b.tsx', 'src/print/c.ts', 'package-lock.json']) {
      await writeFile(join(root, file), 'changed');
      expect(await toolHash(root)).not.toBe(before);
    }
  });
});

describe('sharding', () => {
  test('shards partition a list exactly, in sizes that differ by at most one', () => {
    const items = Array.from({ length: 11 }, (_, i) => i);
    for (const count of [1, 2, 3, 4, 11, 12]) {
      const shards = Array.from({ length: count }, (_, i) => selectShard(items, { index: i + 1, count }));
      expect(shards.flat().sort((a, b) => a - b)).toEqual(items);
      const sizes = shards.map((s) => s.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });

  test('two shards and a merge give the manifest of a full build', async () => {
    const { content, templates, run } = await library();
    const full = await run();
    const dirs = [join(content, 'shard1'), join(content, 'shard2')];
    await build({ contentDir: content, templatesDir: templates, outDir: dirs[0], jobs: 1, shard: { index: 1, count: 2 } });
    await build({ contentDir: content, templatesDir: templates, outDir: dirs[1], jobs: 1, shard: { index: 2, count: 2 } });
    const merged = join(content, 'merged');
    const io = { stdout: () => {}, stderr: () => {} };
    expect(await main(['merge-manifests', ...dirs.map((d) => join(d!, 'manifest.json')), '--out', merged], io)).toBe(0);
    expect(JSON.parse(await readFile(join(merged, 'manifest.json'), 'utf8'))).toEqual(full.manifest);
  });
});

describe('parallel builds', () => {
  test('two workers write the same bytes as one, and a failing handout fails with its path while the others are written', async () => {
    const { content, templates, run } = await library();
    const long = Array.from({ length: 400 }, (_, i) => `Sentence ${i} of a handout far too long for a folded leaflet.`).join(' ');
    await writeFile(join(content, 'handouts/delta.md'), handout(`## Why so long?\n\n${long}\n`));
    const serial = await run({ sizes: ['a4', 'dl-trifold'], outDir: join(content, 'serial') });
    const parallel = await build({ contentDir: content, templatesDir: templates, outDir: join(content, 'parallel'), sizes: ['a4', 'dl-trifold'], jobs: 2, today: '2026-11-25' });
    expect(parallel.failed).toEqual([expect.stringMatching(/handouts\/delta\.md$/)]);
    expect(parallel.diagnostics.filter((d) => d.severity === 'error').map((d) => d.ruleId)).toEqual(['size/trifold-overflow']);
    // delta's A4 edition rendered, but a handout's files are written only when all its sizes are.
    expect(slugsOf(parallel.written)).toEqual(['alpha', 'alpha', 'beta', 'beta', 'gamma', 'gamma']);
    expect(parallel.manifest).toEqual(serial.manifest);
  }, 120_000);
});

describe('slugs', () => {
  test('two handouts with one slug: the second is an error and does not overwrite the first', async () => {
    const { content, out, run } = await library();
    await writeFile(join(content, 'handouts/zeta.md'), handout('Zeta text.\n', 'slug: alpha\n'));
    const result = await run();
    expect(result.diagnostics.filter((d) => d.ruleId === 'reference/duplicate-slug')).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/handouts\/zeta\.md$/), message: expect.stringMatching(/^slug "alpha" is already used by .*handouts\/alpha\.md/) }),
    ]);
    expect(result.failed).toEqual([expect.stringMatching(/handouts\/zeta\.md$/)]);
    const { readPdf, bodyText } = await import('../helpers/pdf.js');
    expect(bodyText(await readPdf(await readFile(join(out, 'alpha/alpha-a4.pdf'))), [])).toContain('Alpha text.');
  });
});
