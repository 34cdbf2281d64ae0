import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { makeContent, TEST_SURGEON } from '../helpers/library.js';
import { overlappingText } from '../helpers/pdf-layout.js';
import { run } from '../helpers/run-cli.js';

/**
 * No text drawn over other text, in every size and edition, for a handout as `handouts new`
 * starts it: document control in the front matter, with the long draft id `handouts new` writes
 * (which puts a second line in the footer, and fills it on A5),
 * a table, lists, links and a statistic box. Test data, fictional.
 */
const HANDOUT = `---
title: "Test handout: what to expect after a test operation"
doc_id: "DRAFT-test-handout-what-to-expect-after-a-test-operation"
version: "0.1"
reviewed: 2026-12-01
review_due: 2027-12-01
surgeon: test-surgeon
sizes: [a4, letter, a5, large-print, dl-trifold, a5-booklet]
---

This is a test handout. Read more on [the example website](https://example.org/test-handout).

## What happens in the first weeks?

| Week | What you can do | Who to ask |
| --- | --- | --- |
| 1 | Walk short distances around the house | The ward nurse |
| 2 | Walk outside for ten minutes twice a day | Your physiotherapist |
| 6 | Go back to light work if your surgeon agrees | Your surgeon |

## What should I remember?

- Keep the wound dry for a week.
- Take your tablets with food.
  - Not on an empty stomach.

1. Rest on the first day.
2. Walk a little more each day.

:::stat{value="28%" source="Test data, not a real study"}
About 28 in 100 test patients still have some pain.
:::

## When should I call?

:::warning[Call us straight away]
If the wound is red, hot or weeping.
:::
`;

let out: string;
const files: string[] = [];

beforeAll(async () => {
  const content = await makeContent({ 'surgeons/test-surgeon.md': TEST_SURGEON, 'handouts/test-handout.md': HANDOUT });
  out = join(content, 'out');
  const plain = await run(['build', '--content', content, '--out', out, '--jobs', '1', '--quiet']);
  const bleed = await run(['build', '--content', content, '--out', out, '--jobs', '1', '--quiet', '--bleed']);
  const consult = await run(['build', 'test-handout', '--content', content, '--out', out, '--prepared-for', 'Test Patient', '--consult', '2026-12-03']);
  for (const result of [plain, bleed, consult]) expect(result.code, result.stderr).toBe(0);
  for (const dir of [join(out, 'test-handout'), join(out, 'consult')]) {
    files.push(...(await readdir(dir)).filter((name) => name.endsWith('.pdf')).map((name) => join(dir, name)));
  }
}, 300_000);

describe('text never drawn over other text', () => {
  test('should have built every size and edition', () => {
    const names = files.map((file) => file.slice(out.length + 1)).sort();
    expect(names).toEqual([
      'consult/test-handout-a4-2026-12-03.pdf',
      ...['a4', 'a5-booklet', 'a5-booklet-pages', 'a5', 'dl-trifold', 'large-print', 'letter'].flatMap((size) => [
        `test-handout/test-handout-${size}-bleed.pdf`,
        `test-handout/test-handout-${size}.pdf`,
      ]),
    ].sort());
  });

  test('should draw no run of text over another, in any file', async () => {
    const overlaps: string[] = [];
    for (const file of files) {
      for (const overlap of await overlappingText(new Uint8Array(await readFile(file)))) overlaps.push(`${file.slice(out.length + 1)} ${overlap}`);
    }
    expect(overlaps).toEqual([]);
  });
});
