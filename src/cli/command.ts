import type { ParseArgsConfig } from 'node:util';

/** Where the CLI writes; injectable for tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stdout is a terminal (progress bars); false in tests and CI. */
  isTTY?: boolean;
  /** Environment variables the CLI may read (CI, …); defaults to none in tests. */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Parsed flag values, as node's parseArgs returns them. */
export type FlagValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

/** One `handouts <command>`. Each lives in its own module under `cli/commands/`. */
export interface Command {
  name: string;
  /** One line for the command list in --help. */
  summary: string;
  /** Flags this command takes besides the common ones (--help, --version). */
  options: NonNullable<ParseArgsConfig['options']>;
  /**
   * Run the command.
   * @param values Parsed flags.
   * @param positionals Arguments after the command name.
   * @param io Where to print.
   * @returns The exit code.
   */
  run(values: FlagValues, positionals: string[], io: CliIO): Promise<number>;
}
