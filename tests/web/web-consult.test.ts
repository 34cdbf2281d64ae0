import { describe, expect, test } from 'vitest';
import { buildConsult } from '../../src/consult/build-consult.js';
import { handout, makeContent } from '../helpers/library.js';

describe('a consult edition asked for in size web', () => {
  test('should be refused, since the web page is for everyone and never carries a patient’s name', async () => {
    const content = await makeContent({ 'handouts/short.md': handout('## What is it?\n\nA short test handout.\n') });
    // On the command line a wrong size is a usage error (exit 2), naming why.
    await expect(
      buildConsult([{ handout: 'short', personal: { preparedFor: 'Test Patient', consultDate: '2026-12-03', note: null }, sizes: ['web'], origin: null }], { contentDir: content, outDir: `${content}/out` }),
    ).rejects.toThrow('size "web" is the web page, built for everyone with `handouts build --size web`, never with a patient\'s name');
  });
});
