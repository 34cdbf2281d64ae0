import { parseShard } from '../../batch/shard.js';
import { hasErrors, UsageError, type Diagnostic } from '../../diagnostics.js';
import { build, type BuildOptions } from '../../pipeline.js';
import type { CliIO, Command, FlagValues, Flags } from '../command.js';
import { DEFAULT_BLEED, parseLength } from '../parse-length.js';
import { parseToday, TODAY_OPTION } from '../parse-today.js';
import { createProgress } from '../progress.js';
import { CONTENT_FLAG, OUT_FLAG, QUIET_FLAG, SIZE_FLAG, STRICT_FLAG } from '../shared-flags.js';
import { formatPretty, formatSummary } from '../../lint/reporters.js';
import { CONSULT_GROUP, CONSULT_NOTE, CONSULT_OPTIONS, isConsultRun, runConsult } from './consult.js';

/** Flags shared by build and check, which read the content the same way. */
export const CONTENT_OPTIONS = {
  content: CONTENT_FLAG,
  quiet: QUIET_FLAG,
  // Every warning one by one instead of counts by rule (lint always lists them all).
  verbose: { type: 'boolean', default: false, description: 'list every warning, not counts by rule (lint always lists them all)' },
  // Review dates are checked in every build: the day they are checked against.
  ...TODAY_OPTION,
} as const satisfies Flags;

const BUILD_OPTIONS = {
  ...CONTENT_OPTIONS,
  out: OUT_FLAG,
  size: SIZE_FLAG,
  bleed: {
    type: 'string',
    value: '[length]',
    description: `print-shop edition: bleed, crop marks, TrimBox and BleedBox, written as <slug>-<size>-bleed.pdf; a bare --bleed means ${DEFAULT_BLEED}; US shops use 0.125in`,
    defaultText: 'off',
  },
  force: { type: 'boolean', default: false, description: 'ignore the cache and rebuild everything asked for' },
  strict: STRICT_FLAG,
  jobs: { type: 'string', value: '<n>', shownType: 'number', description: 'parallel render workers', defaultText: 'cores - 1, at least 1' },
  shard: { type: 'string', value: '<i/n>', description: 'build only shard i of n of the handouts, for a CI matrix', defaultText: 'all' },
  // Consult (personalised email) editions: see ./consult.ts.
  ...CONSULT_OPTIONS,
} as const satisfies Flags;

/** `handouts build`: PDFs and the manifest. */
export const buildCommand: Command = {
  name: 'build',
  args: '[FILE|SLUG…]',
  description: 'Build PDFs and output/manifest.json',
  options: BUILD_OPTIONS,
  groupNotes: { [CONSULT_GROUP]: CONSULT_NOTE },
  examples: [
    'build',
    'build failed-back-surgery-syndrome --size a4',
    'build content/handouts/intro.md --out /tmp/pdfs',
    'build --size dl-trifold,a5-booklet --bleed',
    'build failed-back-surgery-syndrome --prepared-for "Jane Citizen" --consult 2026-12-03 --note "Bring your MRI"',
    'build --from-csv clinic-list.csv',
  ],
  run: (values, positionals, io) => runBuild(values, positionals, io, false),
};

/** `handouts check`: everything but the writing. */
export const checkCommand: Command = {
  name: 'check',
  args: '[FILE|SLUG…]',
  description: 'Validate every handout and write nothing',
  options: CONTENT_OPTIONS,
  examples: ['check'],
  run: (values, positionals, io) => runBuild(values, positionals, io, true),
};

async function runBuild(values: FlagValues, inputs: string[], io: CliIO, check: boolean): Promise<number> {
  // Personalised editions never touch the shared library, its manifest or its cache.
  if (!check && isConsultRun(values)) return runConsult(values, inputs, io);
  if (values['allow-past'] === true) throw new UsageError('--allow-past is for consult editions (with --prepared-for or --from-csv): it accepts a consult date before today');
  const progress = createProgress(io);
  const options = buildOptions(values, inputs, check);
  const result = await build(values['quiet'] === true ? options : { ...options, onProgress: progress.onProgress });
  const report = values['verbose'] === true ? formatPretty : formatSummary;
  io.stderr(report(result.diagnostics, result.readability));
  if (!check && values['quiet'] !== true) io.stdout(progress.summary({ skipped: result.skipped.length, failed: result.failed.length }));
  return failsBuild(result.diagnostics, values['strict'] === true) ? 1 : 0;
}

/**
 * Does a run fail: on errors, and with --strict on warnings too?
 * @param diagnostics What the run found.
 * @param strict Whether warnings fail it.
 * @returns True for exit code 1.
 */
export function failsBuild(diagnostics: readonly Diagnostic[], strict: boolean): boolean {
  return hasErrors(diagnostics) || (strict && diagnostics.length > 0);
}

/** Map parsed flags to build options (throws UsageError for bad values). */
function buildOptions(values: FlagValues, inputs: string[], check: boolean): BuildOptions {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const content = text('content');
  const out = text('out');
  const size = text('size');
  const bleed = text('bleed');
  const jobs = text('jobs');
  const shard = text('shard');
  const today = parseToday(values);
  return {
    inputs,
    check,
    ...(content !== undefined && { contentDir: content }),
    ...(out !== undefined && { outDir: out }),
    ...(size !== undefined && { sizes: size.split(',').map((s) => s.trim()).filter(Boolean) }),
    ...(bleed !== undefined && { bleed: parseLength(bleed, '--bleed') }),
    ...(values['force'] === true && { force: true }),
    ...(jobs !== undefined && { jobs: parseJobs(jobs) }),
    ...(shard !== undefined && { shard: parseShard(shard) }),
    ...(today !== undefined && { today }),
  };
}

function parseJobs(text: string): number {
  const jobs = Number(text);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) throw new UsageError(`--jobs "${text}" must be a whole number from 1 to 64`);
  return jobs;
}
