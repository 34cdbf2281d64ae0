import type { YAMLError } from 'yaml';

/**
 * Say what a YAML syntax error means for someone writing front matter, and what to do. The
 * yaml package's own messages ("Nested mappings are not allowed in compact mappings") speak
 * of the grammar; one piece of advice for all of them (quote values with ":") misleads when
 * the problem is another, such as a key written twice.
 * @param error The error from `parseDocument`.
 * @param yaml The YAML text the error points into.
 * @returns The explanation, without the position (shown separately) and without a full stop.
 */
export function explainYamlError(error: Pick<YAMLError, 'code' | 'message' | 'pos'>, yaml: string): string {
  switch (error.code) {
    case 'DUPLICATE_KEY': {
      const key = keyAt(yaml, error.pos[0]);
      return `${key ? `"${key}"` : 'a key'} is written twice; each key may appear once, so keep the one you mean and delete the other`;
    }
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'a value contains ": ", which YAML reads as the start of another key; put the value in double quotes, e.g. title: "Lumbar fusion: what to expect"';
    case 'BAD_SCALAR_START':
      return 'a value starts with a character YAML reserves (@ or `); put the value in double quotes';
    case 'MISSING_CHAR':
      return `${grammar(error.message)}: a quote or bracket is opened and not closed on this line; close it`;
    case 'TAB_AS_INDENT':
      return 'a line is indented with a tab; YAML needs spaces';
    case 'BAD_INDENT':
    case 'UNEXPECTED_TOKEN':
      return `${grammar(error.message)}; check the indentation and that lists end with "]", and put values with ":" or "#" in double quotes`;
    default:
      return grammar(error.message);
  }
}

/** The key written where a duplicate-key error points (the start of its line's key). */
function keyAt(yaml: string, offset: number): string | null {
  const lineEnd = yaml.indexOf('\n', offset);
  const rest = yaml.slice(offset, lineEnd === -1 ? undefined : lineEnd);
  const match = /^\s*(?:"([^"]*)"|'([^']*)'|([^:#]+?))\s*:/.exec(rest);
  return match ? (match[1] ?? match[2] ?? match[3] ?? null) : null;
}

/**
 * The first line of a yaml message, without its own position (shown separately) and full stop.
 * @param message The message.
 * @returns The line.
 */
export function firstLine(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').replace(/\.$/, '');
}

/** yaml's message as the middle of a sentence. */
function grammar(message: string): string {
  const first = firstLine(message);
  return first.charAt(0).toLowerCase() + first.slice(1);
}
