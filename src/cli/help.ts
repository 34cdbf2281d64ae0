import type { Command, Flag, Flags } from './command.js';

/**
 * `--help`, generated from the command definitions: the overall list of commands, and each
 * command's usage, flags (type, value and default) and examples. Nothing here names a flag by
 * hand, so help and the parser cannot disagree.
 */

/** Flags every command takes. */
export const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h', default: false, description: 'show this help' },
  version: { type: 'boolean', short: 'v', default: false, description: 'show the version' },
} as const satisfies Flags;

/**
 * Every flag a command's parser takes: its own and the common ones.
 * @param command The command.
 * @returns The flags by long name.
 */
export function flagsOf(command: Command): Flags {
  return { ...COMMON_OPTIONS, ...command.options };
}

/** Help lines are wrapped to this many columns: an 80-column terminal keeps most of them whole. */
const WIDTH = 100;

/** `handouts FILE|SLUG…`: what the default command's arguments are. */
const ARGUMENTS = `Arguments:
  FILE|SLUG…  handouts to build or check: slugs (file names without .md) or paths;
              none means every handout in <content>/handouts/`;

const EXIT_CODES = 'Exit codes: 0 done (warnings allowed), 1 content errors, 2 usage errors.';

/**
 * `handouts --help`: what the press does, every command in one line, and examples.
 * @param commands Every command, the default first.
 * @returns The help text.
 */
export function overallHelp(commands: readonly Command[]): string {
  const [first] = commands;
  const names = commands.map((command) => usageOf(command, false));
  const column = Math.max(...names.map((name) => name.length)) + 2;
  return [
    'Usage: handouts <command> [options] [FILE|SLUG…]',
    '',
    'Turns markdown patient handouts into branded, print-ready PDFs.',
    '',
    'Commands:',
    ...commands.flatMap((command, index) => row(names[index] ?? command.name, column, index === 0 ? `${command.description} (the default command)` : command.description)),
    '',
    `Each command's options: handouts <command> --help${first ? ` (e.g. handouts ${first.name} --help)` : ''}.`,
    '',
    'Options:',
    ...flagRows(COMMON_OPTIONS),
    '',
    ARGUMENTS,
    '',
    EXIT_CODES,
    '',
    'Examples:',
    ...commands.flatMap((command) => (command.examples ?? []).slice(0, 2)).map((example) => `  npx handouts ${example}`),
    '',
  ].join('\n');
}

/**
 * `handouts <command> --help`: its usage, what it does, every flag it takes, and examples.
 * @param command The command.
 * @param isDefault Whether it runs when no command is named.
 * @returns The help text.
 */
export function commandHelp(command: Command, isDefault: boolean): string {
  const groups = new Map<string, Array<[string, Flag]>>();
  const flags = flagsOf(command);
  // The command's own flags first; --help and --version close the list.
  for (const name of new Set([...Object.keys(command.options), ...Object.keys(flags)])) {
    const flag = flags[name] as Flag;
    const group = flag.group ?? 'Options:';
    groups.set(group, [...(groups.get(group) ?? []), [name, flag]]);
  }
  const sections = [...groups].map(([heading, grouped]) => {
    const note = command.groupNotes?.[heading];
    return [heading, ...flagRows(Object.fromEntries(grouped)), ...(note ? wrap(note, WIDTH - 2).map((line) => `  ${line}`) : [])].join('\n');
  });
  return [
    `Usage: handouts ${usageOf(command, true)}${isDefault ? `\n       handouts [options] [FILE|SLUG…]  (${command.name} is the default command)` : ''}`,
    '',
    ...wrap(`${command.description}.`, WIDTH),
    '',
    ...sections.flatMap((section) => [section, '']),
    ...(command.args === '[FILE|SLUG…]' ? [ARGUMENTS, ''] : []),
    EXIT_CODES,
    ...(command.examples?.length ? ['', 'Examples:', ...command.examples.map((example) => `  npx handouts ${example}`)] : []),
    '',
  ].join('\n');
}

/** `build [options] [FILE|SLUG…]`, or `new "TITLE"` in the command list. */
function usageOf(command: Command, withOptions: boolean): string {
  return [command.name, withOptions ? '[options]' : '', command.args ?? ''].filter(Boolean).join(' ');
}

/** One line per flag: name and value, type, what it does and its default, wrapped. */
function flagRows(flags: Flags): string[] {
  const entries = Object.entries(flags);
  const labels = entries.map(([name, flag]) => `${flag.short ? `-${flag.short}, ` : ''}--${name}${flag.value ? ` ${flag.value}` : ''}`);
  const column = Math.min(Math.max(...labels.map((label) => label.length)) + 2, 26);
  return entries.flatMap(([, flag], index) => {
    // A switch is off unless given: saying so on every line would only be noise.
    const shownDefault = flag.defaultText ?? (flag.default === undefined || flag.default === false ? undefined : String(flag.default));
    const text = `${flag.description}${shownDefault === undefined ? '' : ` (default: ${shownDefault})`}`;
    return row(labels[index] ?? '', column, text, `[${flag.shownType ?? flag.type}]`.padEnd(10));
  });
}

/**
 * A label and its text, the text wrapped in a column to the label's right.
 * @param label The command or flag.
 * @param column Width of the label column.
 * @param text What it is, wrapped.
 * @param prefix Put before the text's first line, with its continuation lines under the text (a flag's type).
 * @returns The lines.
 */
function row(label: string, column: number, text: string, prefix = ''): string[] {
  const indent = 2 + column;
  const [first = '', ...rest] = wrap(text, WIDTH - indent - prefix.length);
  // A label longer than its column gets a line to itself.
  const head = label.length + 2 > column ? [`  ${label}`, `${' '.repeat(indent)}${prefix}${first}`] : [`  ${label.padEnd(column)}${prefix}${first}`];
  return [...head, ...rest.map((line) => `${' '.repeat(indent + prefix.length)}${line}`)];
}

/** Break text at spaces into lines of at most `width` characters (a longer word keeps its own line). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}
