import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { UnknownHandoutError } from '../content/select-sources.js';
import { UsageError } from '../diagnostics.js';
import { WriteError } from '../output/write-atomic.js';
import { packageRoot } from '../package-root.js';
import type { CliIO, Command } from './command.js';
import { COMMANDS } from './commands/index.js';
import { explainParseArgsError, explainUnknownCommand } from './explain-usage.js';
import { commandHelp, flagsOf, overallHelp } from './help.js';
import { defaultBleedValue } from './parse-length.js';

export type { CliIO } from './command.js';

/**
 * Run the CLI: pick the command (build when none is named), parse its flags, run it.
 * @param argv Arguments after the program name.
 * @param io Where to print.
 * @returns The exit code: 0 ok, 1 content errors, 2 usage errors.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const named = COMMANDS.find((command) => command.name === argv[0]);
  const command: Command = named ?? (COMMANDS[0] as Command);
  const args = named ? argv.slice(1) : [...argv];
  const options = flagsOf(command);
  try {
    const { values, positionals } = parseArgs({ args: defaultBleedValue(args), allowPositionals: true, strict: true, options });
    if (values['help']) {
      // `handouts --help` lists the commands; `handouts <command> --help` is that command's own.
      io.stdout(named ? commandHelp(command, command === COMMANDS[0]) : overallHelp(COMMANDS));
      return 0;
    }
    if (values['version']) {
      io.stdout(`${readVersion()}\n`);
      return 0;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    const parseError = (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') === true;
    if (error instanceof UsageError || parseError) {
      // A first word that is no command was taken for a handout to build: a typo ("bild") is likelier.
      const mistypedCommand = !named && error instanceof UnknownHandoutError && error.input === argv[0] ? explainUnknownCommand(error.input, COMMANDS) : undefined;
      const message = mistypedCommand ?? (parseError ? explainParseArgsError(error as Error, command, Object.keys(options), COMMANDS) : (error as Error).message);
      io.stderr(`${/[.?!]$/.test(message) ? message : `${message}.`} Use --help to see the options.\n`);
      return 2;
    }
    // A file that cannot be written (a full disk, a read-only folder) is the machine's problem,
    // not a bug: say which file and why, without a stack trace.
    if (error instanceof WriteError) {
      io.stderr(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}
