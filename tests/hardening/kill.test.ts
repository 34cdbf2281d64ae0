import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { handout, makeContent } from '../helpers/library.js';
import { filesIn, run } from '../helpers/run-cli.js';

/** Wait until some PDF exists under the folder (poll), or give up. */
async function firstPdf(dir: string, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if ((await filesIn(dir)).some((file) => file.endsWith('.pdf'))) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

test('kill -9 in the middle of a batch leaves only whole PDFs, and the next build tidies up and finishes', async () => {
  const files: Record<string, string> = {};
  for (let i = 1; i <= 8; i++) files[`handouts/h${i}.md`] = handout(`## Question ${i}?\n\n${'Some text for the page. '.repeat(200)}\n`).replace('sizes: [a4]', 'sizes: [a4, a5]');
  const content = await makeContent(files);
  const out = join(content, 'out');
  const child = spawn(process.execPath, ['bin/handouts.js', 'build', '--content', content, '--out', out, '--jobs', '1', '--quiet'], { stdio: 'ignore' });
  expect(await firstPdf(out, 60_000)).toBe(true);
  child.kill('SIGKILL');
  await new Promise((resolve) => child.on('exit', resolve));

  const afterKill = (await filesIn(out)).filter((file) => file.endsWith('.pdf'));
  expect(afterKill.length).toBeGreaterThan(0);
  expect(afterKill.length).toBeLessThan(16);
  for (const file of afterKill) {
    const bytes = await readFile(join(out, file));
    expect(bytes.subarray(0, 5).toString('latin1'), file).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1').trim(), file).toBe('%%EOF');
  }

  // Leave a temp file as a killed writer would, then build again.
  const slugDir = join(out, 'h8');
  await writeFile(join(slugDir, '.h8-a4.pdf.99999.0badf00d.tmp'), 'half a pdf').catch(async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(slugDir, { recursive: true });
    await writeFile(join(slugDir, '.h8-a4.pdf.99999.0badf00d.tmp'), 'half a pdf');
  });
  const again = await run(['build', '--content', content, '--out', out, '--jobs', '1', '--quiet']);
  expect(again.code).toBe(0);
  expect((await filesIn(out)).filter((file) => file.endsWith('.pdf'))).toHaveLength(16);
  expect((await readdir(slugDir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
}, 180_000);
