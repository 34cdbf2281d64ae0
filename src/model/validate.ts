import type { z } from 'zod';
import { diagnostic, type Place, type Report } from '../diagnostics.js';

/**
 * Validate data against a schema and turn every issue into a located, readable diagnostic.
 * @param schema The zod schema.
 * @param data The parsed data.
 * @param file Path used in diagnostics.
 * @param placeOfKey Finds where a key path was written.
 * @param what What the data is, for messages ("front matter", "brand.yaml").
 * @param report Where every issue is reported.
 * @returns The typed value, or null when it has issues (each reported).
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  placeOfKey: (path: readonly PropertyKey[], part?: 'key' | 'value') => Place,
  what: string,
  report: Report,
): z.infer<S> | null {
  // reportInput: zod 4 leaves the offending value out of issues unless asked, and the messages name it.
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        report(diagnostic(file, placeOfKey([...issue.path, key], 'key'), `unknown ${what} key "${key}"${known ? ` (known: ${known})` : ''}; check its spelling`, 'schema/unknown-key'));
      }
      continue;
    }
    const path = issue.path.map(String).join('.');
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    const message = missing
      ? `\`${path}\` is required in the ${what}; add \`${path}: …\``
      : path
        ? `\`${path}\` ${describe(issue)}`
        : `${what} ${describe(issue)}`;
    report(diagnostic(file, placeOfKey(issue.path), message, missing ? 'schema/required' : 'schema/invalid'));
  }
  return null;
}

function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `must be ${article(issue.expected)}, not ${kindOf(issue.input)}`;
  // Schemas word their own messages in lower case ("must be a date…"); zod's defaults start with a
  // capital ("Too small: expected array to have >=1 items") and read as a library's, not the press's.
  if (!/^[A-Z]/.test(issue.message)) return issue.message;
  if (issue.code === 'too_small' || issue.code === 'too_big') return describeBound(issue);
  return issue.message;
}

/** A size limit in words: "must list at least 1 item", "must be at most 20". */
function describeBound(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
  const most = issue.code === 'too_small' ? 'at least' : 'at most';
  if (issue.origin === 'array' || issue.origin === 'set') return `must list ${most} ${limit} ${limit === 1 ? 'item' : 'items'}`;
  if (issue.origin === 'string') {
    if (issue.code === 'too_small' && limit === 1) return 'must not be empty';
    return `must be ${most} ${limit} ${limit === 1 ? 'character' : 'characters'} long`;
  }
  return `must be ${most} ${limit}`;
}

function article(expected: string): string {
  if (expected === 'object') return 'a set of `key: value` lines';
  if (expected === 'array') return 'a list';
  return `a ${expected}`;
}

function kindOf(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of `key: value` lines';
  return `"${String(value)}"`;
}

function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string | null {
  let node: unknown = schema;
  for (const key of path) {
    const shape = (node as { shape?: Record<string, unknown> }).shape;
    node = shape?.[String(key)];
    // Unwrap optional/default wrappers to reach the inner object.
    while (node && typeof node === 'object' && 'unwrap' in node && typeof node.unwrap === 'function' && !('shape' in node)) {
      node = (node.unwrap as () => unknown)();
    }
  }
  const shape = (node as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape ? Object.keys(shape).join(', ') : null;
}
