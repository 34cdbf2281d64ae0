import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout, makeContent, TEST_SURGEON } from '../helpers/library.js';
import { normalizeSpace, readPdf } from '../helpers/pdf.js';
import { decodeQrOnPage } from './decode-qr.js';

const URL = 'https://example.org/leaflets/with-qr?v=2.1';
let out: string;
const pdf = async (file: string) => new Uint8Array(await readFile(join(out, file)));

beforeAll(async () => {
  const body = '## What is this?\n\nA short test handout.\n';
  const content = await makeContent({
    'surgeons/test-surgeon.md': TEST_SURGEON,
    'handouts/with-qr.md': handout(body, 'surgeon: test-surgeon\nversion: "2.1"\nweb_url: https://example.org/leaflets/with-qr\n').replace('sizes: [a4]', 'sizes: [a4, dl-trifold]'),
    'handouts/without-qr.md': handout(body),
  });
  out = await mkdtemp(join(tmpdir(), 'handouts-qr-'));
  const result = await build({ contentDir: content, outDir: out });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
});

describe('the QR code to the web version', () => {
  test('should scan as the web address with the version, on the last A4 page', async () => {
    const bytes = await pdf('with-qr/with-qr-a4.pdf');
    const pages = (await readPdf(bytes)).pages.length;
    expect(await decodeQrOnPage(bytes, pages)).toBe(URL);
  });

  test('should scan on the outside of the tri-fold, where the back panel is', async () => {
    expect(await decodeQrOnPage(await pdf('with-qr/with-qr-dl-trifold.pdf'), 1)).toBe(URL);
  });

  test('should print the address beside the code, as a link', async () => {
    const readback = await readPdf(await pdf('with-qr/with-qr-a4.pdf'));
    expect(normalizeSpace(readback.pages.at(-1) ?? '')).toContain(`Read this leaflet online Scan the code with your phone’s camera, or type the address: ${URL}`);
    expect(readback.links.flat()).toContain(URL);
  });

  test('should not be printed when the handout and its brand have no web_url', async () => {
    const bytes = await pdf('without-qr/without-qr-a4.pdf');
    expect((await readPdf(bytes)).pages.join(' ')).not.toContain('Read this leaflet online');
    expect(await decodeQrOnPage(bytes, 1)).toBeNull();
  });
});
