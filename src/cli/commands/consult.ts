import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ConsultFile, ConsultOptions } from '../../consult/build-consult.js';
import type { ConsultRequest } from '../../consult/consult-request.js';
import { displayPath } from '../../content/display-path.js';
import { UsageError, type Diagnostic } from '../../diagnostics.js';
import { formatPretty } from '../../lint/reporters.js';
import type { CliIO, FlagValues, Flags } from '../command.js';
import { parseToday } from '../parse-today.js';

/** Where help lists the consult flags. */
export const CONSULT_GROUP = 'Consult editions (build SLUG --prepared-for NAME --consult DATE, or build --from-csv LIST):';

/** The flags that make `build` a consult (personalised email) run; `--today` is build's own. */
export const CONSULT_OPTIONS = {
  'prepared-for': { type: 'string', value: '<name>', description: "the patient's name for the cover and the PDF's Subject", group: CONSULT_GROUP },
  consult: { type: 'string', value: '<date>', description: 'the consult date, YYYY-MM-DD; printed in words', group: CONSULT_GROUP },
  note: { type: 'string', value: '<text>', description: 'a short note under it', defaultText: 'none', group: CONSULT_GROUP },
  'from-csv': {
    type: 'string',
    value: '<file>',
    description: 'a day\'s clinic list: header row, then one patient per row; columns handout, prepared_for, consult, note (optional), size (optional, e.g. "a4; large-print"), language (optional, e.g. vi)',
    group: CONSULT_GROUP,
  },
  'name-in-file': { type: 'boolean', default: false, description: "put the patient's name in the file name too", group: CONSULT_GROUP },
  language: {
    type: 'string',
    value: '<tag>',
    description: "print the handout's translation into this language, e.g. vi (content/handouts/<slug>.<tag>.md)",
    defaultText: 'the handout itself',
    group: CONSULT_GROUP,
  },
  'allow-past': { type: 'boolean', default: false, description: 'accept a consult date before today without a warning', group: CONSULT_GROUP },
} as const satisfies Flags;

/** What help says under the consult flags. */
export const CONSULT_NOTE =
  'Written to <out>/consult/<slug>-<size>-<date>[-<n>].pdf, never to the library, its manifest or its cache; nothing printed names the patient. --size takes a4, letter, a5 or large-print (default: the handout\'s first). --today is the date past consult dates are judged by. --from-csv also writes <out>/consult/<list>-files.csv: row, handout, size, file (and prepared_for with --name-in-file).';

/** Flags that only qualify a consult run (they do not by themselves ask for one). */
const CONSULT_MODIFIERS = ['allow-past'] as const;

/** Build flags that mean nothing for an email edition. */
const PRINT_ONLY = ['bleed', 'shard', 'jobs', 'force', 'strict'] as const;

/**
 * Does this `build` ask for consult editions?
 * @param values Parsed flags.
 * @returns True when any consult flag is given.
 */
export function isConsultRun(values: FlagValues): boolean {
  return Object.keys(CONSULT_OPTIONS).some((name) => !(CONSULT_MODIFIERS as readonly string[]).includes(name) && values[name] !== undefined && values[name] !== false);
}

/**
 * `handouts build SLUG --prepared-for NAME --consult DATE [--note TEXT]`, or
 * `handouts build --from-csv LIST`: personalised email editions in `<out>/consult/`.
 * What it prints never includes a patient's details: only handout problems, CSV row
 * numbers, and file paths (which hold the name only with `--name-in-file`, and then the
 * name is left out of the printed path).
 * @param values Parsed flags (build's and the consult ones).
 * @param inputs Handout slugs or paths (none with --from-csv).
 * @param io Where to print.
 * @returns The exit code: 0 written, 1 problems in the list or the handouts, 2 usage errors.
 */
export async function runConsult(values: FlagValues, inputs: string[], io: CliIO): Promise<number> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  for (const flag of PRINT_ONLY) {
    if (values[flag] !== undefined && values[flag] !== false) throw new UsageError(`--${flag} is for library builds and does not apply to a consult edition (one email PDF per patient)`);
  }
  // Loaded only when asked for (zod, react-pdf): every other command would pay for them at start-up.
  const { pastDateWarning, personalDetails, personalProblems } = await import('../../consult/consult-request.js');
  const { readConsultList } = await import('../../consult/read-consult-list.js');
  const { buildConsult } = await import('../../consult/build-consult.js');
  const today = parseToday(values) ?? new Date().toISOString().slice(0, 10);
  const allowPast = values['allow-past'] === true;
  const csv = text('from-csv');
  let requests: ConsultRequest[];
  const listProblems: Diagnostic[] = [];
  // The command line's own warnings (a past date): printed before anything is built.
  const warnings: string[] = [];
  if (csv !== undefined) {
    for (const flag of ['prepared-for', 'consult', 'note', 'language'] as const) {
      if (text(flag) !== undefined) throw new UsageError(`--${flag} and --from-csv cannot be used together: the list gives each patient's details`);
    }
    if (inputs.length > 0) throw new UsageError('--from-csv takes the handouts from its "handout" column; name no handouts on the command line');
    const listText = await readFile(resolve(csv), 'utf8').catch(() => {
      throw new UsageError(`--from-csv: cannot read "${csv}"`);
    });
    const list = readConsultList(listText, displayPath(resolve(csv)), { today, allowPast }, (d) => listProblems.push(d));
    // Rows with problems of their own are checked against their handouts too: every problem
    // of every row is reported in one run, and nothing is written while any is an error.
    requests = [...list.requests, ...list.rejected];
  } else {
    if (text('prepared-for') === undefined) throw new UsageError('a consult edition needs --prepared-for NAME and --consult YYYY-MM-DD (or --from-csv LIST)');
    if (inputs.length === 0) throw new UsageError('name the handout to personalise: handouts build SLUG --prepared-for NAME --consult YYYY-MM-DD');
    const fields = { preparedFor: text('prepared-for'), consultDate: text('consult'), note: text('note') };
    const problems = personalProblems(fields, { preparedFor: '--prepared-for', consultDate: '--consult', note: '--note' });
    if (problems.length > 0) throw new UsageError(problems.join('; '));
    const personal = personalDetails(fields);
    const past = allowPast ? null : pastDateWarning(personal.consultDate, today, '--consult');
    if (past) warnings.push(past);
    const language = text('language') ?? null;
    requests = inputs.map((handout) => ({ handout, personal, sizes: null, language, origin: null }));
  }

  const size = text('size');
  const content = text('content');
  const out = text('out');
  const options: ConsultOptions = {
    today,
    problems: listProblems,
    ...(csv !== undefined && { runList: basename(csv) }),
    ...(content !== undefined && { contentDir: content }),
    ...(out !== undefined && { outDir: out }),
    ...(size !== undefined && { sizes: size.split(',').map((s) => s.trim()).filter(Boolean) }),
    ...(values['name-in-file'] === true && { nameInFile: true }),
  };
  for (const warning of warnings) io.stderr(`warning ${warning}\n`);
  // A bad row stops the whole list (fix it and run again, without duplicate files for the good
  // rows), but every row is still checked, so one run lists every problem.
  const result = await buildConsult(requests, options);
  // Errors and the list's own warnings (a past date) are printed; lint warnings are counted.
  const printed = result.diagnostics.filter((d) => d.severity === 'error' || d.ruleId.startsWith('consult/'));
  const errors = printed.filter((d) => d.severity === 'error');
  const lintWarnings = result.diagnostics.length - printed.length;
  io.stderr(formatPretty(printed));
  if (lintWarnings > 0 && values['quiet'] !== true) io.stderr(`${lintWarnings} lint warning${lintWarnings === 1 ? '' : 's'} in the handouts (see handouts lint); they do not stop a consult edition\n`);
  if (errors.length > 0) {
    io.stderr('no consult editions were written\n');
    return 1;
  }
  if (values['quiet'] !== true) {
    for (const file of result.written) io.stdout(`${describe(file)}\n`);
    if (result.runList) io.stdout(`${result.runList}  which file is for which row\n`);
  }
  return 0;
}

/** One output line: the file (a name in it shown as NAME) and its size. */
function describe(file: ConsultFile): string {
  const row = file.row === null ? '' : `row ${file.row}: `;
  return `${row}${file.shownPath}  ${file.size}, ${file.pages} ${file.pages === 1 ? 'page' : 'pages'}, ${Math.round(file.bytes / 1024)} KB`;
}
