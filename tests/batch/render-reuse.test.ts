import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { loadProject, prepareHandout } from '../../src/build/prepare.js';
import { printSize } from '../../src/output/print-size.js';
import type { HandoutDocument } from '../../src/model/document.js';
import { handout, makeContent } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';

// A render reuses what earlier renders in the same process loaded: fonts, their glyph caches,
// compiled code. fontkit once cached "O" with no characters after drawing "Ö" (see
// tests/unit/glyph-code-points.test.ts), and the next handout lost its capital O. These
// handouts (test data) put accented capitals first and the same letters plain after, in the
// brand font and in the fallback font (Ő, Ș), and the second must come out as it does alone.
const ACCENTED = 'Österreich, Éclair and Ölberg. Ådalen, Ção Ñandú. Őrség and Ștefan.';
const PLAIN = 'Oslo, Eagle and Oberon. Overview: Every Adult. Canal, Night, Serene.';
const run = promisify(execFile);

async function library(): Promise<string> {
  return makeContent({
    'handouts/a-accented.md': handout(`## Which letters?\n\n${ACCENTED}\n\n${PLAIN}\n`),
    'handouts/b-plain.md': handout(`## Which letters?\n\n${PLAIN}\n\n${ACCENTED}\n`),
  });
}

/** Build handouts through the CLI in a new process; the A4 PDFs by slug. */
async function buildWithCli(content: string, inputs: string[], jobs: number): Promise<Map<string, Buffer>> {
  const out = await mkdtemp(join(tmpdir(), 'handouts-reuse-'));
  await run(process.execPath, ['bin/handouts.js', 'build', ...inputs, '--content', content, '--out', out, '--quiet', '--jobs', String(jobs)]);
  const pdfs = new Map<string, Buffer>();
  for (const slug of ['a-accented', 'b-plain']) {
    const bytes = await readFile(join(out, slug, `${slug}-a4.pdf`)).catch(() => null);
    if (bytes) pdfs.set(slug, bytes);
  }
  return pdfs;
}

async function documentOf(content: string, slug: string): Promise<HandoutDocument> {
  const project = await loadProject(content);
  const prepared = await prepareHandout({ path: join(content, 'handouts', `${slug}.md`), fileSlug: slug }, project, { today: '2026-06-01' });
  if (!prepared.document) throw new Error(JSON.stringify(prepared.diagnostics));
  return prepared.document;
}

async function renderA4(document: HandoutDocument): Promise<Uint8Array> {
  const result = await printSize(document, 'a4', { bleed: 0 }, (d) => {
    throw new Error(d.message);
  });
  if (!result) throw new Error('not rendered');
  return result[0]!.bytes;
}

async function expectEveryLetter(bytes: Uint8Array): Promise<void> {
  const text = normalizeSpace((await readPdf(bytes)).pages.join(' '));
  expect(text).toContain(ACCENTED);
  expect(text).toContain(PLAIN);
}

describe('a render after another, in one process or one worker', () => {
  test('has every letter and the same bytes as the same handout rendered alone', async () => {
    const content = await library();
    // Alone: each handout in a process of its own (one handout, one job: rendered in that process).
    const alone = new Map([...(await buildWithCli(content, ['a-accented'], 1)), ...(await buildWithCli(content, ['b-plain'], 1))]);
    expect([...alone.keys()]).toEqual(['a-accented', 'b-plain']);
    for (const bytes of alone.values()) await expectEveryLetter(bytes);

    // One after the other in this process, the accented one first, then again in the other order.
    const [accented, plain] = await Promise.all([documentOf(content, 'a-accented'), documentOf(content, 'b-plain')]);
    for (const order of [[accented, plain], [plain, accented], [accented, plain]]) {
      for (const document of order) {
        const bytes = await renderA4(document);
        await expectEveryLetter(bytes);
        expect(Buffer.compare(Buffer.from(bytes), alone.get(document.slug)!), document.slug).toBe(0);
      }
    }

    // A batch: with one job both handouts go to the same render worker, which is kept between them.
    for (const jobs of [1, 2]) {
      const batch = await buildWithCli(content, [], jobs);
      for (const [slug, bytes] of alone) expect(Buffer.compare(batch.get(slug)!, bytes), `${slug}, --jobs ${jobs}`).toBe(0);
    }
  }, 180_000);
});
