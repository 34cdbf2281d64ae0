import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { stopSignal } from '../../src/cli/stop-signal.js';
import { handout, makeContent } from '../helpers/library.js';

/**
 * `handouts watch` serves until it is told to stop, and it must stop however it is told: a
 * signal, or the process that started it going away (`npx` runs it through `sh -c`, and
 * stopping npm left the press serving, with its port taken; issue 17, item 19).
 */

const BIN = join(import.meta.dirname, '../../bin/handouts.js');

/** True while a process with this id exists. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Start `handouts watch` on a test library through a parent process, as npx does; resolves once it serves. */
async function watchThroughParent() {
  const content = await makeContent({ 'handouts/x.md': handout('## What is it?\n\nText.\n') });
  // The parent starts the press and prints its id; it passes no signal on, as npm's `sh -c` does not.
  const parentScript = `const { spawn } = require('node:child_process');
const child = spawn(process.execPath, ${JSON.stringify([BIN, 'watch', '--port', '0', '--quiet', '--content', content, '--out', join(content, 'out'), '--today', '2026-11-25'])}, { stdio: ['ignore', 'pipe', 'inherit'] });
child.stdout.on('data', (chunk) => process.stdout.write(chunk));
process.stdout.write('child ' + child.pid + '\\n');`;
  const parent = spawn(process.execPath, ['-e', parentScript], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  parent.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(() => output, { timeout: 30_000 }).toMatch(/Preview: http:\/\/127\.0\.0\.1:\d+\//);
  const pid = Number(/child (\d+)/.exec(output)?.[1]);
  started.push(pid);
  return { parent, pid };
}

// A press left running by a failing test would hold its port and files: stop it.
const started: number[] = [];
afterEach(() => {
  for (const pid of started.splice(0)) if (alive(pid)) process.kill(pid, 'SIGKILL');
});

describe('stopping handouts watch', () => {
  test('should stop serving when the process that started it is killed', async () => {
    const { parent, pid } = await watchThroughParent();
    expect(alive(pid)).toBe(true);
    parent.kill('SIGKILL');
    await once(parent, 'exit');
    await expect.poll(() => alive(pid), { timeout: 20_000, interval: 100 }).toBe(false);
  }, 60_000);

  test('should stop serving on SIGTERM', async () => {
    const { parent, pid } = await watchThroughParent();
    process.kill(pid, 'SIGTERM');
    await expect.poll(() => alive(pid), { timeout: 20_000, interval: 100 }).toBe(false);
    parent.kill();
  }, 60_000);
});

describe('stopSignal', () => {
  test('should resolve on SIGHUP, when the terminal closes', async () => {
    const listeners = new Map<string, () => void>();
    const fake = { ppid: 10, on: (name: string, fn: () => void) => listeners.set(name, fn), off: (name: string) => listeners.delete(name) };
    const stopped = stopSignal(fake as never);
    listeners.get('SIGHUP')?.();
    await stopped;
    expect(listeners.size).toBe(0);
  });

  test('should resolve when the process is handed to another parent', async () => {
    const fake = { ppid: 10, on: () => fake, off: () => fake };
    const stopped = stopSignal(fake as never);
    fake.ppid = 1;
    await stopped;
  });
});
