import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { hasErrors, UsageError } from '../diagnostics.js';
import { packageRoot } from '../package-root.js';
import { build, type BuildOptions } from '../pipeline.js';
import { HELP } from './help.js';
import { defaultBleedValue, parseLength } from './parse-length.js';
import { formatReport } from './report.js';

/** Where the CLI writes; injectable for tests. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const COMMANDS = ['build', 'check'] as const;

/**
 * Run the CLI.
 * @param argv Arguments after the program name.
 * @param io Where to print.
 * @returns The exit code: 0 ok, 1 content errors, 2 usage errors.
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: defaultBleedValue(argv),
      allowPositionals: true,
      strict: true,
      options: {
        content: { type: 'string' },
        out: { type: 'string' },
        size: { type: 'string' },
        bleed: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}. Use --help to see the options.\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(HELP);
    return 0;
  }
  if (values.version) {
    io.stdout(`${readVersion()}\n`);
    return 0;
  }
  const [first, ...rest] = positionals;
  const command = (COMMANDS as readonly string[]).includes(first ?? '') ? (first as (typeof COMMANDS)[number]) : 'build';
  const inputs = command === first ? rest : positionals;

  try {
    const result = await build(buildOptions(command, inputs, values, io));
    io.stderr(formatReport(result.diagnostics));
    return hasErrors(result.diagnostics) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}. Use --help to see the options.\n`);
      return 2;
    }
    throw error;
  }
}

/** Map parsed flags to build options. */
function buildOptions(
  command: (typeof COMMANDS)[number],
  inputs: string[],
  values: { content?: string | undefined; out?: string | undefined; size?: string | undefined; bleed?: string | undefined; quiet?: boolean | undefined },
  io: CliIO,
): BuildOptions {
  return {
    inputs,
    check: command === 'check',
    ...(values.content !== undefined && { contentDir: values.content }),
    ...(values.out !== undefined && { outDir: values.out }),
    ...(values.size !== undefined && { sizes: values.size.split(',').map((s) => s.trim()).filter(Boolean) }),
    ...(values.bleed !== undefined && { bleed: parseLength(values.bleed, '--bleed') }),
    ...(!values.quiet && {
      onProgress: (event) => {
        if (event.type === 'written') io.stdout(`${event.file}  ${event.pages} pages, ${formatBytes(event.bytes)}\n`);
      },
    }),
  };
}

function readVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function formatBytes(bytes: number): string {
  return `${Math.round(bytes / 1024)} KB`;
}
