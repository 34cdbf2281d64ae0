import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { build } from '../../src/pipeline.js';
import { handout, makeContent } from '../helpers/library.js';
import { filesIn, run } from '../helpers/run-cli.js';

/**
 * Flags are input too: a bad one is a usage error (exit 2) that names it, and nothing is
 * built. Rows of the README's bad input and faults table (`--size poster` and `--bleed "3 metres"` are in e2e/cli.test.ts).
 */

describe('bad flags: usage error, exit 2, nothing written', () => {
  test.each([
    ['--jobs that is not a number', ['--jobs', 'many'], '--jobs "many" must be a whole number from 1 to 64'],
    ['--jobs 0', ['--jobs', '0'], '--jobs "0" must be a whole number from 1 to 64'],
    ['--shard out of range', ['--shard', '3/2'], '--shard "3/2" must be i/n with 1 <= i <= n'],
    ['--bleed far too large', ['--bleed', '1000mm'], '--bleed 1000mm is more than half an inch'],
    ['a handout argument with a NUL character', ['x\0.md'], 'is neither a handout slug nor a .md file'],
    ['a handout argument outside the content folder that is not markdown', ['/etc/passwd'], '"/etc/passwd" is neither a handout slug nor a .md file'],
  ])('%s', async (_name, flags, message) => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n') });
    const out = join(content, 'out');
    const { code, stderr } = await run(['build', '--content', content, '--out', out, ...flags]);
    expect(stderr).toContain(message);
    expect(stderr).toContain('Use --help to see the options.');
    expect(code).toBe(2);
    expect(await filesIn(out)).toEqual([]);
  });

  test('a --content folder without handouts/ is a usage error, not a green build of nothing', async () => {
    const content = await makeContent({ 'notes.txt': 'not a content folder' });
    const { code, stderr } = await run(['build', '--content', content, '--out', join(content, 'out')]);
    expect(stderr).toContain(`the content folder "${content}" has no handouts/ folder`);
    expect(code).toBe(2);
  });
});

describe('an output folder that cannot be written', () => {
  test('--out naming a file fails with the file and the reason, not a stack of fs internals', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n'), 'out.pdf': 'a file' });
    await expect(build({ contentDir: content, outDir: join(content, 'out.pdf'), jobs: 1, today: '2026-11-25' })).rejects.toThrow(
      `cannot write ${join(content, 'out.pdf/x/x-a4.pdf')}: a file stands where a folder should be`,
    );
  });

  test('the command line says which file and why, exits 1, and prints no stack trace', async () => {
    const content = await makeContent({ 'handouts/x.md': handout('Text.\n'), 'out.pdf': 'a file' });
    const { code, stderr } = await run(['build', '--content', content, '--out', join(content, 'out.pdf'), '--jobs', '1']);
    expect(stderr).toBe(`cannot write ${join(content, 'out.pdf/x/x-a4.pdf')}: a file stands where a folder should be\n`);
    expect(code).toBe(1);
  });
});
