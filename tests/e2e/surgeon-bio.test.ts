import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { handout, TEST_SURGEON } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { textBoxes } from '../helpers/pdf-layout.js';
import { buildOne } from '../helpers/run-cli.js';

/** A fictional surgeon whose file has a name and a role but no bio (test data). */
const SURGEON_WITHOUT_BIO = `---
name: Dr Test Nobio
role: Test role
---
`;

async function printedText(surgeon: string, size: string): Promise<string> {
  const files = {
    'surgeons/test-surgeon.md': surgeon,
    'handouts/bio.md': handout('An introduction.\n\n## What is this?\n\nA test answer.\n', `surgeon: test-surgeon\nsizes: [${size}]\n`).replace('sizes: [a4]\n', ''),
  };
  const result = await buildOne(files);
  expect(result.code, result.stderr).toBe(0);
  const pdf = await readPdf(new Uint8Array(await readFile(join(result.out, 'bio', `bio-${size}.pdf`))));
  return normalizeSpace(pdf.pages.join(' '));
}

describe('the surgeon section', () => {
  test.each(['a4', 'dl-trifold'])('should print no "About Dr …" heading in %s when the surgeon has no bio', async (size) => {
    const text = await printedText(SURGEON_WITHOUT_BIO, size);
    expect(text).toContain('Dr Test Nobio · Test role');
    expect(text).not.toContain('About Dr Test Nobio');
  }, 60_000);

  test.each(['a4', 'dl-trifold'])('should print the heading and the bio in %s when there is one', async (size) => {
    const text = await printedText(TEST_SURGEON, size);
    expect(text).toContain('About Dr Test Surgeon');
    expect(text).toContain('A fictional surgeon used only in tests.');
  }, 60_000);
});

describe('the "About Dr …" heading at a page foot', () => {
  test('should stay on the page of the role and bio under it', async () => {
    // Handouts of growing length, so the bio starts at many heights of a large-print page.
    const files: Record<string, string> = { 'surgeons/test-surgeon.md': TEST_SURGEON };
    for (let i = 0; i < 12; i += 1) {
      const answer = 'Rest and walk a little each day. '.repeat(4 + 3 * i).trim();
      files[`handouts/bio-${i}.md`] = handout(`An introduction.\n\n## What is this?\n\n${answer}\n`, 'surgeon: test-surgeon\n').replace('sizes: [a4]', 'sizes: [large-print]');
    }
    const { code, stderr, out } = await buildOne(files, ['--quiet']);
    expect(code, stderr).toBe(0);
    const split: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      const boxes = await textBoxes(new Uint8Array(await readFile(join(out, `bio-${i}`, `bio-${i}-large-print.pdf`))));
      const heading = boxes.find((box) => box.text.startsWith('About'));
      // The role under the heading (the byline under the title has the name before it).
      const role = boxes.find((box) => box.text === 'Test role');
      if (heading?.page !== role?.page) split.push(`bio-${i}: heading on page ${heading?.page}, role on page ${role?.page}`);
    }
    expect(split).toEqual([]);
  }, 120_000);
});
