import { expect, test } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';

test('should count web pages apart from PDFs in the build output', () => {
  let out = '';
  const progress = createProgress({ stdout: (text) => (out += text), stderr: () => {} }, () => 0);
  progress.onProgress({ type: 'plan', handouts: 1, skipped: 0, renders: 1 });
  progress.onProgress({ type: 'written', file: 'output/knee/knee-a4.pdf', size: 'a4', pages: 3, bytes: 40_960 });
  progress.onProgress({ type: 'written', file: 'output/knee/index.html', size: 'web', pages: 1, bytes: 20_480 });
  expect(out).toContain('output/knee/knee-a4.pdf  3 pages, 40 KB\n');
  expect(out).toContain('output/knee/index.html  web page, 20 KB\n');
  expect(progress.summary({ skipped: 0, failed: 0 })).toBe('built 1 PDF and 1 web page, skipped 0 up-to-date handouts, 0 failed in 0.0 s\n');
});
