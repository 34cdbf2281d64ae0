// `npm run fuzz -- --runs 10000`: property-based fuzzing of the whole press with generated,
// valid handouts (fast-check). Each must build without errors, print every generated sentence,
// and end no page with a question. Prints a summary line for the README; exits 1 on a failure
// with the shrunk counterexample.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { PDFParse } from 'pdf-parse';
import { build } from '../../dist/src/pipeline.js';
import { bodyOfPages, handoutArbitrary, letters, toMarkdown } from '../helpers/random-handout.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261125' } } });
const runs = Number(values.runs);
const root = await mkdtemp(join(tmpdir(), 'handouts-fuzz-'));
const started = performance.now();
let done = 0;

async function check(doc) {
  const { markdown, sentences, questions } = toMarkdown(doc);
  const dir = await mkdtemp(join(root, 'doc-'));
  const { writeFile, mkdir } = await import('node:fs/promises');
  await mkdir(join(dir, 'handouts'));
  await writeFile(join(dir, 'handouts/fuzz.md'), markdown);
  const result = await build({ contentDir: dir, outDir: join(dir, 'out'), jobs: 1, today: '2026-11-25' });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`build errors: ${JSON.stringify(errors)}`);
  const parser = new PDFParse({ data: new Uint8Array(await readFile(join(dir, 'out/fuzz/fuzz-a4.pdf'))) });
  const pages = (await parser.getText()).pages.map((p) => p.text);
  await parser.destroy();
  const text = letters(bodyOfPages(pages));
  const missing = sentences.filter((s) => !text.includes(letters(s)));
  if (missing.length > 0) throw new Error(`sentences missing from the PDF (${dir}): ${JSON.stringify(missing)}`);
  for (const page of pages) {
    const body = page.split('All information is general')[0].replace(/\s+/g, ' ').trim();
    const stranded = questions.find((q) => body.endsWith(q));
    if (stranded) throw new Error(`page ends with the question "${stranded}"`);
  }
  await rm(dir, { recursive: true, force: true });
  done += 1;
  if (done % 100 === 0) console.error(`${done} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const result = await fc.check(fc.asyncProperty(handoutArbitrary, check), { numRuns: runs, seed: Number(values.seed), endOnFailure: true });
const seconds = ((performance.now() - started) / 1000).toFixed(0);
if (!result.failed) await rm(root, { recursive: true, force: true });
if (result.failed) {
  console.log(`fuzz: FAILED after ${result.numRuns} documents (seed ${values.seed}, ${seconds} s)`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample)}`);
  console.log(String(result.errorInstance ?? result.error));
  process.exitCode = 1;
} else {
  console.log(`fuzz: ${result.numRuns} documents passed (seed ${values.seed}, ${seconds} s, ${new Date().toISOString().slice(0, 10)})`);
}
