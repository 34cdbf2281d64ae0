import { describe, expect, test } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { commandHelp, flagsOf, overallHelp } from '../../src/cli/help.js';
import { DEFAULT_PREVIEW_PORT } from '../../src/watch/watch-handouts.js';
import { run } from '../helpers/run-cli.js';

/**
 * `--help` is generated from the command definitions, so it cannot list a flag the parser does
 * not take, nor leave out one it does.
 */

/** The flags named at the start of help's option lines (`  -h, --help …`, `  --out <dir> …`). */
function flagsListed(help: string): string[] {
  return [...help.matchAll(/^ {2}(?:-\w, )?--([a-z][a-z-]*)/gm)].map((match) => match[1] as string);
}

describe('handouts --help', () => {
  test.each(COMMANDS.map((command) => [command.name, command] as const))('should list exactly the flags "%s" parses, each once', (_name, command) => {
    const help = commandHelp(command, false);
    const parsed = Object.keys(flagsOf(command));
    expect(flagsListed(help).sort()).toEqual([...parsed].sort());
    for (const [name, flag] of Object.entries(flagsOf(command))) {
      if (flag.short) expect(help).toContain(`-${flag.short}, --${name}`);
      if (flag.value) expect(help).toContain(`--${name} ${flag.value}`);
    }
  });

  test('should list every command in the overall help', () => {
    const help = overallHelp(COMMANDS);
    const listed = [...help.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((match) => match[1]);
    for (const command of COMMANDS) expect(listed).toContain(command.name);
  });

  test('should print the overall help for a bare --help, and a command\'s own after its name', async () => {
    const overall = await run(['--help']);
    expect(overall.code).toBe(0);
    expect(overall.stdout).toContain('Commands:');
    const lint = await run(['lint', '--help']);
    expect(lint.code).toBe(0);
    expect(lint.stdout).toMatch(/^Usage: handouts lint \[options\]/);
    expect(flagsListed(lint.stdout)).toContain('reporter');
    expect(flagsListed(lint.stdout)).not.toContain('bleed');
  });

  test('should say build is the default command in its help', () => {
    const [build] = COMMANDS;
    expect(build?.name).toBe('build');
    expect(commandHelp(build!, true)).toContain('(build is the default command)');
  });

  test('should show the watch port the preview really uses by default', () => {
    const watch = COMMANDS.find((command) => command.name === 'watch')!;
    expect(commandHelp(watch, false)).toMatch(new RegExp(`--port <n> .*\\(default: ${DEFAULT_PREVIEW_PORT}\\)`));
  });
});
