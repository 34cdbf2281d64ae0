// `npm run fuzz -- --runs 10000`: property-based fuzzing of the press with generated, valid
// handouts (fast-check). Each must be checked without errors, render, print every generated
// sentence, add no hyphen where it breaks no long word, and end no page with a heading. Prints a summary line for the README; exits 1 on a
// failure with the shrunk counterexample.
//
// Each document goes through the same stages as `handouts build` (read, parse, validate, glyph
// check, lint, render, read back) but without the batch machinery around them (cache,
// manifest, gallery thumbnails), the library (surgeons, brand, dictionary) is loaded once,
// and spelling suggestions are off: a document then costs about half a second instead of seven.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { PDFParse } from 'pdf-parse';
import { loadProject, prepareHandout } from '../../dist/src/build/prepare.js';
import { renderSize } from '../../dist/src/render/render-size.js';
import { bodyOfPages, handoutArbitrary, letters, strayHyphens, toMarkdown } from '../helpers/random-handout.mjs';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '20261125' } } });
const runs = Number(values.runs);
const content = await mkdtemp(join(tmpdir(), 'handouts-fuzz-'));
await mkdir(join(content, 'handouts'));
const source = join(content, 'handouts/fuzz.md');
const project = await loadProject(content, () => {});
const started = performance.now();
let done = 0;

async function check(doc) {
  const { markdown: generated, sentences, questions, size } = toMarkdown(doc);
  // Spelling suggestions for random words cost 2-4 s a document (nspell), more than all the rest;
  // spelling is a warning and cannot change what is printed, so the long run turns it off.
  const markdown = generated.replace('\n---\n', '\nlint:\n  lint/spelling: "off"\n---\n');
  await writeFile(source, markdown);
  const prepared = await prepareHandout({ path: source, fileSlug: 'fuzz' }, project, { today: '2026-11-25' });
  const errors = prepared.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !prepared.document) throw new Error(`errors: ${JSON.stringify(errors)}\n${markdown}`);
  const problems = [];
  // The fuzzed sizes are single pages (a4, letter, a5, large print): rendered, nothing to impose.
  const rendered = await renderSize(prepared.document, size, { bleed: 0 }, (d) => problems.push(d));
  if (!rendered) throw new Error(`render failed: ${JSON.stringify(problems[0])}\n${markdown}`);
  const parser = new PDFParse({ data: rendered.bytes });
  const pages = (await parser.getText()).pages.map((p) => p.text);
  await parser.destroy();
  const text = letters(bodyOfPages(pages));
  const missing = sentences.filter((s) => !text.includes(letters(s)));
  if (missing.length > 0) throw new Error(`sentences missing from the ${size} PDF: ${JSON.stringify(missing)}\n${markdown}`);
  const stray = strayHyphens(pages, markdown);
  if (stray.length > 0) throw new Error(`hyphens the layout added in the ${size} PDF: ${JSON.stringify(stray)}\n${markdown}`);
  for (const page of pages) {
    const body = page.split('All information is general')[0].replace(/\s+/g, ' ').trim();
    const stranded = questions.find((q) => body.endsWith(q));
    if (stranded) throw new Error(`a ${size} page ends with the question "${stranded}"\n${markdown}`);
  }
  done += 1;
  if (done % 100 === 0) console.error(`${done} documents, ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const result = await fc.check(fc.asyncProperty(handoutArbitrary, check), { numRuns: runs, seed: Number(values.seed), endOnFailure: true });
const seconds = ((performance.now() - started) / 1000).toFixed(0);
await rm(content, { recursive: true, force: true });
if (result.failed) {
  console.log(`fuzz: FAILED after ${result.numRuns} documents (seed ${values.seed}, ${seconds} s)`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample)}`);
  console.log(String(result.errorInstance ?? result.error));
  process.exitCode = 1;
} else {
  console.log(`fuzz: ${result.numRuns} documents passed (seed ${values.seed}, ${seconds} s, ${new Date().toISOString().slice(0, 10)})`);
}
