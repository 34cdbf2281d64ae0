import type { Command } from './command.js';
import { closestWord } from '../model/closest-word.js';

/**
 * Usage errors in the press's words. Node's parseArgs speaks for every program ("Unknown
 * option '--today'. To specify a positional argument starting with a '-', place it at the
 * end of the command after '--', as in '-- "--today"'); these say which command was run,
 * what it takes, and the likely fix.
 */

/**
 * Explain an error thrown by node's parseArgs.
 * @param error The error (its `code` starts with ERR_PARSE_ARGS).
 * @param command The command whose flags were parsed.
 * @param known Every flag the command takes (with --help and --version).
 * @param commands Every command, to say where a flag belongs.
 * @returns The explanation, without a full stop.
 */
export function explainParseArgsError(error: Error & { code?: string }, command: Command, known: readonly string[], commands: readonly Command[]): string {
  // "Option '-h, --help' does not take an argument": the long name, after any short one.
  const flag = /'(?:-\w, )?(-{1,2}[^' ,]+)/.exec(error.message)?.[1];
  if (flag === undefined) return error.message.replace(/\.$/, '');
  const name = flag.replace(/^-+/, '');
  if (error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return error.message.includes('does not take an argument') ? `${flag} is a switch and takes no value` : `${flag} needs a value after it`;
  }
  const owners = commands.filter((other) => other !== command && Object.hasOwn(other.options, name)).map((other) => `"handouts ${other.name}"`);
  if (owners.length > 0) return `${flag} is an option of ${owners.join(' and ')}, not of "handouts ${command.name}"`;
  const meant = closestWord(name, known);
  return `"handouts ${command.name}" has no option ${flag}${meant ? `; did you mean --${meant}?` : ''}`;
}

/**
 * The command someone probably meant by a first word that is neither a command nor a handout.
 * @param word The first argument.
 * @param commands Every command.
 * @returns The explanation, or undefined when the word is not close to any command.
 */
export function explainUnknownCommand(word: string, commands: readonly Command[]): string | undefined {
  if (word.startsWith('-')) return undefined;
  const meant = closestWord(word, commands.map((command) => command.name));
  if (meant === undefined) return undefined;
  return `"${word}" is neither a command nor a handout; did you mean "handouts ${meant}"? (commands: ${commands.map((command) => command.name).join(', ')})`;
}
