import { hasErrors } from '../../diagnostics.js';
import { build, type BuildOptions } from '../../pipeline.js';
import type { CliIO, Command, FlagValues } from '../command.js';
import { parseLength } from '../parse-length.js';
import { formatReport } from '../report.js';

/** Flags shared by commands that read content. */
export const CONTENT_OPTIONS = {
  content: { type: 'string' },
  quiet: { type: 'boolean', default: false },
} as const;

const BUILD_OPTIONS = {
  ...CONTENT_OPTIONS,
  out: { type: 'string' },
  size: { type: 'string' },
  bleed: { type: 'string' },
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
  const result = await build(buildOptions(values, inputs, io, check));
  io.stderr(formatReport(result.diagnostics));
  return hasErrors(result.diagnostics) ? 1 : 0;
}

/** Map parsed flags to build options (throws UsageError for bad values). */
function buildOptions(values: FlagValues, inputs: string[], io: CliIO, check: boolean): BuildOptions {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const content = text('content');
  const out = text('out');
  const size = text('size');
  const bleed = text('bleed');
  return {
    inputs,
    check,
    ...(content !== undefined && { contentDir: content }),
    ...(out !== undefined && { outDir: out }),
    ...(size !== undefined && { sizes: size.split(',').map((s) => s.trim()).filter(Boolean) }),
    ...(bleed !== undefined && { bleed: parseLength(bleed, '--bleed') }),
    ...(values['quiet'] !== true && {
      onProgress: (event) => {
        if (event.type === 'written') io.stdout(`${event.file}  ${event.pages} pages, ${formatBytes(event.bytes)}\n`);
      },
    }),
  };
}

function formatBytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}
