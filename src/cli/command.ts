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

/**
 * One flag: what node's parseArgs needs to read it, and what `--help` says about it. Help is
 * generated from these, so a flag cannot be parsed without being described.
 */
export interface Flag {
  /** How parseArgs reads it: a switch, or a flag with a value (numbers are read as text and checked). */
  type: 'string' | 'boolean';
  short?: string;
  /** The value parseArgs gives when the flag is absent. */
  default?: string | boolean;
  /** The value's name in help, e.g. `<dir>`, or `[length]` when the value may be left out. */
  value?: string;
  /** The value's type in help when it is not the parser's (`--jobs` is read as text, but is a number). */
  shownType?: 'number';
  /** What the flag does, for help: one sentence, wrapped to the terminal's width by help. */
  description: string;
  /** The default in words, for help (else the parser's default, if any). */
  defaultText?: string;
  /** The heading this flag is listed under in help, when it is not the command's main options. */
  group?: string;
}

/** A command's flags by long name (without the `--`). */
export type Flags = Readonly<Record<string, Flag>>;

/** One `handouts <command>`. Each lives in its own module under `cli/commands/`. */
export interface Command {
  name: string;
  /** The arguments after the command, for the usage line, e.g. `"TITLE"` or `FILE…`. */
  args?: string;
  /** What the command does, in one line: the command list and the command's own help. */
  description: string;
  /** Flags this command takes besides the common ones (--help, --version). */
  options: Flags;
  /** Notes under a group of flags in help (what a consult run writes), by group heading. */
  groupNotes?: Readonly<Record<string, string>>;
  /** Example command lines, without the leading `npx handouts`. */
  examples?: readonly string[];
  /**
   * Run the command.
   * @param values Parsed flags.
   * @param positionals Arguments after the command name.
   * @param io Where to print.
   * @returns The exit code.
   */
  run(values: FlagValues, positionals: string[], io: CliIO): Promise<number>;
}
