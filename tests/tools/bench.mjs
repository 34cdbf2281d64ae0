// `npm run bench`: how fast is the press, against the alternatives, on this machine?
// Generates a library of realistic handouts (test data) in a temp folder and prints figures.
// It is not a test: nothing here passes or fails; the targets are printed beside the figures.
//
//   npm run bench -- --handouts 100 --sizes a4,letter,a5,large-print,a5-booklet
//   npm run bench -- --handouts 20 --tagging-only      what tagging (PDF/UA) costs, alone
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile, appendFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { makeLibrary as makeLibraryOf } from './bench-library.mjs';
import { parseArgs, promisify } from 'node:util';

// The in-process figures (warm render, tagging, web page) run the same React build as the CLI,
// which sets this in bin/handouts.js: React's development build checks every element it makes.
process.env.NODE_ENV ??= 'production';
const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/handouts.js');
const { values } = parseArgs({
  options: {
    handouts: { type: 'string', default: '100' },
    sizes: { type: 'string', default: 'a4,letter,a5,large-print,a5-booklet' },
    scaling: { type: 'string', default: '20' },
    // Only the tagged-vs-untagged comparison (quick: no CLI batches).
    'tagging-only': { type: 'boolean', default: false },
  },
});
const HANDOUTS = Number(values.handouts);
const SIZES = values.sizes.split(',');
const SCALING_HANDOUTS = Math.min(Number(values.scaling), HANDOUTS);
const makeLibrary = (count) => makeLibraryOf(count, SIZES);

// ── measuring ──────────────────────────────────────────────────────────────
/**
 * Run the CLI as a user would; returns wall seconds and the process's peak memory (MB).
 * `via: 'npx'` runs it as the README tells users to, `npx handouts …` from the press's folder:
 * npm's own start-up and its linking of the press into its npx cache come on top (the memory
 * sampled is then npm's, not the press's).
 */
async function cli(args, via = 'node') {
  const started = performance.now();
  const command = via === 'npx' ? 'npx handouts' : `node ${bin}`;
  const child = spawn('/bin/sh', ['-c', `exec ${command} ${args.map((a) => `'${a}'`).join(' ')} --quiet`], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  let peak = 0;
  const sampler = setInterval(async () => {
    try {
      // VmHWM: the peak resident set of the process (all its worker threads).
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    } catch {}
  }, 50);
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const code = await new Promise((done) => child.on('exit', done));
  clearInterval(sampler);
  if (code !== 0 && code !== null) throw new Error(`handouts ${args.join(' ')} exited ${code}\n${stderr.slice(0, 2000)}`);
  return { seconds: (performance.now() - started) / 1000, peakMB: peak };
}
const fmt = (s) => `${s.toFixed(2)} s`;
const ms = (s) => `${(s * 1000).toFixed(0)} ms`;
const check = (ok) => (ok ? 'meets target' : 'MISSES target');
const lines = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};

// ── the run ────────────────────────────────────────────────────────────────
if (!existsSync(join(root, 'dist/src/cli/main.js'))) {
  console.error('Compile first: npm run compile');
  process.exit(2);
}
say(`Handout press benchmark, ${new Date().toISOString().slice(0, 10)}`);
say(`Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
// Other work on the machine slows both sides of each comparison: the ratios are what to read.
say(`Load average at the start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const library = await makeLibrary(HANDOUTS);
const pdfs = HANDOUTS * SIZES.length;
say(`Library: ${HANDOUTS} handouts × ${SIZES.length} sizes (${SIZES.join(', ')}) = ${pdfs} PDFs, in ${library}`);
say();
if (values['tagging-only']) {
  await taggingCost(library, SCALING_HANDOUTS);
  await rm(library, { recursive: true, force: true });
  process.exit(0);
}

const out = join(library, 'out');
const full = await cli(['build', '--content', library, '--out', out]);
say(`Full build (default jobs):     ${fmt(full.seconds)}  ${ms(full.seconds / pdfs)} per PDF, peak memory ${full.peakMB.toFixed(0)} MB`);
say(`  target: peak memory <= 400 MB over a 500-PDF batch: ${pdfs >= 500 ? check(full.peakMB <= 400) : `(batch has ${pdfs} PDFs)`}`);

// Measured as users type it (npx handouts) and straight through node, which scripts can use.
const noopNpx = await cli(['build', '--content', library, '--out', out], 'npx');
const noop = await cli(['build', '--content', library, '--out', out]);
say(`No-op rebuild, npx handouts:   ${fmt(noopNpx.seconds)}  target <= 0.3 s for 100 handouts: ${check(noopNpx.seconds <= 0.3)}`);
say(`  node bin/handouts.js:        ${fmt(noop.seconds)}  (${check(noop.seconds <= 0.3)}; npx adds ${fmt(noopNpx.seconds - noop.seconds)} of npm's own work)`);

await appendFile(join(library, 'handouts/bench-001.md'), '\nOne more sentence for the benchmark.\n');
const one = await cli(['build', '--content', library, '--out', out]);
say(`One handout changed:           ${fmt(one.seconds)}  (${SIZES.length} PDFs)`);

const scaling = await makeLibrary(SCALING_HANDOUTS);
const scalingPdfs = SCALING_HANDOUTS * SIZES.length;
const j1 = await cli(['build', '--content', scaling, '--out', join(scaling, 'j1'), '--jobs', '1']);
const j2 = await cli(['build', '--content', scaling, '--out', join(scaling, 'j2'), '--jobs', '2']);
const scalingRatio = j1.seconds / j2.seconds;
say(`Scaling (${scalingPdfs} PDFs):  1 job ${fmt(j1.seconds)} (${ms(j1.seconds / scalingPdfs)} per PDF), 2 jobs ${fmt(j2.seconds)} (${ms(j2.seconds / scalingPdfs)} per PDF): ${scalingRatio.toFixed(2)}×  target >= 1.6×: ${check(scalingRatio >= 1.6)}`);

const cold = await cli(['build', 'bench-002', '--content', scaling, '--out', join(scaling, 'cold'), '--size', 'a4', '--jobs', '1']);
say(`Cold build, 1 handout, A4:     ${fmt(cold.seconds)}`);
const perPdf = j1.seconds / scalingPdfs;

// The web edition is made in the main thread after each handout's PDFs: its cost is what it adds to a batch.
const a4Only = await cli(['build', '--content', scaling, '--out', join(scaling, 'a4-only'), '--size', 'a4', '--jobs', '1']);
const a4Web = await cli(['build', '--content', scaling, '--out', join(scaling, 'a4-web'), '--size', 'a4,web', '--jobs', '1']);
const webPerHandout = (a4Web.seconds - a4Only.seconds) / SCALING_HANDOUTS;
say(`Web edition (${SCALING_HANDOUTS} handouts): A4 ${fmt(a4Only.seconds)}, A4 + web ${fmt(a4Web.seconds)}: ${ms(webPerHandout)} per handout added to the batch  target <= 50 ms: ${check(webPerHandout <= 0.05)}`);
// The same cost measured in-process, without the noise of two whole runs: making each page from its document.
const webOnly = await webPageCost(scaling);
say(`  in-process: ${ms(webOnly.mean)} per page (${webOnly.count} pages), once per run ${ms(webOnly.first)} for the first  target <= 50 ms: ${check(webOnly.mean <= 0.05)}`);
say();
await taggingCost(scaling, SCALING_HANDOUTS);
say();

// ── the alternatives, when installed ───────────────────────────────────────
const alternatives = await compareAlternatives(scaling, Math.min(SCALING_HANDOUTS, 20));
if (alternatives.chromium) {
  say(`Chromium print-to-PDF (browser kept open): ${ms(alternatives.chromium)} per document; press per PDF in a 1-job batch ${ms(perPdf)} = ${(perPdf / alternatives.chromium).toFixed(2)}× Chromium`);
} else say('Chromium: not installed (apt-get install chromium, and npm install playwright-core) — skipped');
if (alternatives.weasyprint) {
  say(`pandoc + WeasyPrint, cold, one document: ${fmt(alternatives.weasyprint)}; press cold ${fmt(cold.seconds)}  target: no slower: ${check(cold.seconds <= alternatives.weasyprint)}`);
} else say('pandoc + WeasyPrint: not installed (apt-get install pandoc weasyprint) — skipped');

// ── the issue's five figures, both sides measured in this run ──────────────
say();
say(`Against the targets (load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} as these runs start; ratios, not times, are what to read):`);
// 1. The whole command on a batch, lint included, against the DIY toolchain: pandoc to HTML per
//    handout (a command each, as a script would), then one Chromium kept open printing them all.
const batchPress = await cli(['build', '--content', scaling, '--out', join(scaling, 'a4-batch'), '--size', 'a4', '--force']);
const diy = alternatives.chromium ? await diyBatch(scaling, SCALING_HANDOUTS) : null;
const pressPerPdf = batchPress.seconds / SCALING_HANDOUTS;
if (diy) say(`1. batch, whole command, ${SCALING_HANDOUTS} A4 PDFs: press ${ms(pressPerPdf)} per PDF, ${diy.label} ${ms(diy.perPdf)}: ${(pressPerPdf / diy.perPdf).toFixed(2)}×  target <= 1.0× (aim 0.5×): ${check(pressPerPdf / diy.perPdf <= 1)}`);
else say(`1. batch, whole command: press ${ms(pressPerPdf)} per PDF; no Chromium to compare with`);
// 2. A warm render (this process, after warm-up) against Chromium printing the same page.
const warm = await warmRenderCost(scaling, Math.min(SCALING_HANDOUTS, 20));
if (alternatives.chromium) say(`2. warm render per A4 PDF: press ${ms(warm)}, Chromium ${ms(alternatives.chromium)}: ${(warm / alternatives.chromium).toFixed(2)}×  target <= 0.5×: ${check(warm / alternatives.chromium <= 0.5)}`);
else say(`2. warm render per A4 PDF: press ${ms(warm)}; no Chromium to compare with`);
say(`3. 2 jobs vs 1 job, ${scalingPdfs} PDFs: ${scalingRatio.toFixed(2)}×  target >= 1.6×: ${check(scalingRatio >= 1.6)}`);
if (alternatives.weasyprint) say(`4. cold build of one handout in A4: press ${fmt(cold.seconds)}, pandoc + WeasyPrint ${fmt(alternatives.weasyprint)}: ${(cold.seconds / alternatives.weasyprint).toFixed(2)}×  target <= 1.0×: ${check(cold.seconds <= alternatives.weasyprint)}`);
else say(`4. cold build of one handout in A4: press ${fmt(cold.seconds)}; pandoc + WeasyPrint not installed`);
say(`5. no-op rebuild of ${HANDOUTS} handouts ${fmt(noop.seconds)} (target <= 0.3 s for 100: ${check(noop.seconds <= 0.3)}); peak memory ${full.peakMB.toFixed(0)} MB over ${pdfs} PDFs (target <= 400 MB over 500: ${pdfs >= 500 ? check(full.peakMB <= 400) : 'batch too small'})`);

await rm(library, { recursive: true, force: true });
await rm(scaling, { recursive: true, force: true });

/**
 * What tagging (PDF/UA) costs: the same handouts rendered tagged and untagged in A4, in one
 * process, alternating which goes first so warm-up and drift fall on both sides alike.
 */
async function taggingCost(dir, count) {
  const { renderDocument } = await import(join(root, 'dist/src/render/render-document.js'));
  const { SIZES: PROFILES } = await import(join(root, 'dist/src/print/sizes.js'));
  const documents = await benchDocuments(dir, count);
  const render = (document, tagged) => renderDocument(document, PROFILES.a4, { bleed: 0, writingPages: 0, tagged });
  await render(documents[0], true); // warm-up: module loading and JIT
  await render(documents[0], false);
  const total = { true: { seconds: 0, bytes: 0 }, false: { seconds: 0, bytes: 0 } };
  for (const [index, document] of documents.entries()) {
    for (const tagged of index % 2 === 0 ? [true, false] : [false, true]) {
      const started = performance.now();
      const bytes = await render(document, tagged);
      total[tagged].seconds += (performance.now() - started) / 1000;
      total[tagged].bytes += bytes.length;
    }
  }
  const time = total.true.seconds / total.false.seconds;
  const size = total.true.bytes / total.false.bytes;
  say(`Tagging (PDF/UA), ${documents.length} handouts in A4, tagged vs untagged in one run:`);
  say(`  render time ${fmt(total.true.seconds)} vs ${fmt(total.false.seconds)}: ${time.toFixed(3)}×  target <= 1.10×: ${check(time <= 1.1)}`);
  say(`  file size   ${(total.true.bytes / 1024).toFixed(0)} KB vs ${(total.false.bytes / 1024).toFixed(0)} KB: ${size.toFixed(3)}×  target <= 1.15×: ${check(size <= 1.15)}`);
}

/**
 * Seconds per warm A4 render in one process (what a kept render worker does): the mean over
 * the handouts after five warm-up renders, which pay for loading and compiling.
 */
async function warmRenderCost(dir, count) {
  const { renderSize } = await import(join(root, 'dist/src/render/render-size.js'));
  const documents = await benchDocuments(dir, count);
  // A problem (a table too wide) is not what is measured here; the render time is.
  const ignore = () => {};
  for (const document of documents.slice(0, 5)) await renderSize(document, 'a4', { bleed: 0 }, ignore);
  const started = performance.now();
  for (const document of documents) await renderSize(document, 'a4', { bleed: 0 }, ignore);
  return (performance.now() - started) / 1000 / documents.length;
}

/**
 * The DIY toolchain a clinic could script instead, timed whole: pandoc turns each handout into
 * HTML (one command per handout), then one headless Chromium, launched once, prints every page
 * to PDF. Without pandoc the HTML comes from this file's own `toHtml`, which is not timed.
 */
async function diyBatch(dir, count) {
  const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  const playwright = await import('playwright-core');
  const has = await run('/bin/sh', ['-c', 'command -v pandoc']).then(() => true, () => false);
  const work = join(dir, 'diy');
  await mkdir(work, { recursive: true });
  const names = Array.from({ length: count }, (_, i) => `bench-${String(i + 1).padStart(3, '0')}`);
  if (!has) for (const name of names) await writeFile(join(work, `${name}.html`), toHtml(await readFile(join(dir, 'handouts', `${name}.md`), 'utf8')));
  const started = performance.now();
  if (has) for (const name of names) await run('pandoc', [join(dir, 'handouts', `${name}.md`), '-s', '-o', join(work, `${name}.html`)]);
  const browser = await playwright.chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  const page = await browser.newPage();
  for (const name of names) {
    await page.goto(`file://${join(work, `${name}.html`)}`);
    await page.pdf({ path: join(work, `${name}.pdf`), format: 'A4' });
  }
  await browser.close();
  return { perPdf: (performance.now() - started) / 1000 / count, label: has ? 'pandoc → warm Chromium' : 'HTML → warm Chromium (no pandoc: HTML not timed)' };
}

/** Seconds to make a handout's web page from its prepared document (the pages are not written): the mean after warm-up, and the first. */
async function webPageCost(dir) {
  const { webPageFiles } = await import('../../dist/src/web/web-files.js');
  const count = (await readdir(join(dir, 'handouts'))).filter((name) => name.endsWith('.md')).length;
  const documents = await benchDocuments(dir, count);
  const time = async (document) => {
    const started = performance.now();
    await webPageFiles(document, []);
    return (performance.now() - started) / 1000;
  };
  // The first page pays for loading and compiling the web modules once per run.
  const first = documents[0] ? await time(documents[0]) : 0;
  const times = [];
  for (const document of documents) times.push(await time(document));
  return { count: times.length, mean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length), first };
}

/** The same handouts through Chromium and pandoc+WeasyPrint, each as its users would run it. */
async function compareAlternatives(dir, count) {
  const result = {};
  const files = Array.from({ length: count }, (_, i) => join(dir, 'handouts', `bench-${String(i + 1).padStart(3, '0')}.md`));
  const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
  let playwright = null;
  try {
    playwright = await import('playwright-core');
  } catch {}
  if (chromiumPath && playwright) {
    const browser = await playwright.chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
    const page = await browser.newPage();
    const htmls = await Promise.all(files.map(async (file) => toHtml(await readFile(file, 'utf8'))));
    await page.setContent(htmls[0]);
    await page.pdf({ format: 'A4' });
    const started = performance.now();
    for (const html of htmls) {
      await page.setContent(html);
      await page.pdf({ format: 'A4' });
    }
    result.chromium = (performance.now() - started) / 1000 / htmls.length;
    await browser.close();
  }
  const has = async (cmd) => run('/bin/sh', ['-c', `command -v ${cmd}`]).then(() => true, () => false);
  if ((await has('pandoc')) && (await has('weasyprint'))) {
    const started = performance.now();
    await run('pandoc', [files[0], '-o', join(dir, 'weasy.pdf'), '--pdf-engine=weasyprint']);
    result.weasyprint = (performance.now() - started) / 1000;
  }
  return result;
}

/** A plain HTML rendering of a benchmark handout (headings, paragraphs, lists, tables). */
function toHtml(markdown) {
  const body = markdown.replace(/^---[\s\S]*?---\n/, '');
  const html = body
    .split(/\n{2,}/)
    .map((block) => {
      if (block.startsWith('## ')) return `<h2>${block.slice(3)}</h2>`;
      if (block.startsWith('- ')) return `<ul>${block.split('\n').map((l) => `<li>${l.replace(/^\s*- /, '')}</li>`).join('')}</ul>`;
      if (block.startsWith('|')) return `<table>${block.split('\n').filter((l) => !l.includes('---')).map((l) => `<tr>${l.split('|').slice(1, -1).map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`;
      if (block.startsWith(':::')) return `<aside>${block.split('\n').slice(1, -1).join(' ')}</aside>`;
      return `<p>${block}</p>`;
    })
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><style>body{font:11.5pt sans-serif;margin:20mm}h2{color:#1F4E79}aside{background:#EAF1F8;padding:8pt}</style></head><body>${html}</body></html>`;
}

/** The first `count` generated handouts of a bench library (bench-001.md…), read and checked as a build would. */
async function benchDocuments(dir, count) {
  const { loadProject, prepareHandout } = await import(join(root, 'dist/src/build/prepare.js'));
  const project = await loadProject(dir, () => {});
  const documents = [];
  for (let n = 1; n <= count; n += 1) {
    const path = join(dir, 'handouts', `bench-${String(n).padStart(3, '0')}.md`);
    const prepared = await prepareHandout({ path, fileSlug: `bench-${n}` }, project, { today: '2026-11-25' });
    if (prepared.document) documents.push(prepared.document);
  }
  return documents;
}
