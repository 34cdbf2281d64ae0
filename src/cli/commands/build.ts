import { parseShard } from '../../batch/shard.js';
import { hasErrors, UsageError, type Diagnostic } from '../../diagnostics.js';
import { build, type BuildOptions } from '../../pipeline.js';
import type { CliIO, Command, FlagValues } from '../command.js';
import { parseLength } from '../parse-length.js';
import { parseToday, TODAY_OPTION } from '../parse-today.js';
import { createProgress } from '../progress.js';
import { formatPretty, formatSummary } from '../../lint/reporters.js';
import { CONSULT_OPTIONS, isConsultRun, runConsult } from './consult.js';

/** Flags shared by commands that read content. */
export const CONTENT_OPTIONS = {
  content: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  // Every warning one by one instead of counts by rule (lint always lists them all).
  verbose: { type: 'boolean', default: false },
  // Review dates are checked in every build: the day they are checked against.
  ...TODAY_OPTION,
} as const;

const BUILD_OPTIONS = {
  ...CONTENT_OPTIONS,
  out: { type: 'string' },
  size: { type: 'string' },
  bleed: { type: 'string' },
  force: { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  jobs: { type: 'string' },
  shard: { type: 'string' },
  // Consult (personalised email) editions: see ./consult.ts.
  ...CONSULT_OPTIONS,
} as const;

/** `handouts build`: PDFs and the manifest. */
export const buildCommand: Command = {
  name: 'build',
  summary: 'Build PDFs and output/manifest.json (default command)',
  options: BUILD_OPTIONS,
  run: (values, positionals, io) => runBuild(values, positionals, io, false),
};

/** `handouts check`: everything but the writing. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'Validate every handout and write nothing',
  options: CONTENT_OPTIONS,
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
