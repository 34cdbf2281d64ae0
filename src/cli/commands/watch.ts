import { UsageError } from '../../diagnostics.js';
import type { CliIO, Command, FlagValues } from '../command.js';
import { CONTENT_FLAG, OUT_FLAG, QUIET_FLAG, SIZE_FLAG } from '../shared-flags.js';
import { parseToday, TODAY_OPTION } from '../parse-today.js';
import { stopSignal } from '../stop-signal.js';

/**
 * `handouts watch`: build, then rebuild on save, print each build's problems, and serve a
 * live preview on 127.0.0.1 until Ctrl-C.
 */
export const watchCommand: Command = {
  name: 'watch',
  description: 'Build, rebuild on save, print problems, and serve a live preview on 127.0.0.1 (Ctrl-C stops)',
  options: {
    content: CONTENT_FLAG,
    out: OUT_FLAG,
    size: SIZE_FLAG,
    port: { type: 'string', value: '<n>', shownType: 'number', description: 'preview port on 127.0.0.1; 0 picks a free one', defaultText: '4818' },
    quiet: QUIET_FLAG,
    ...TODAY_OPTION,
  },
  examples: ['watch --port 0'],
  run: (values, _positionals, io) => runWatch(values, io, stopSignal()),
};

/**
 * Run the watch until `stop` resolves.
 * @param values Parsed flags.
 * @param io Where to print.
 * @param stop Resolves when the watch should end (Ctrl-C on the command line).
 * @returns The exit code.
 */
export async function runWatch(values: FlagValues, io: CliIO, stop: Promise<void>): Promise<number> {
  const text = (name: string) => (typeof values[name] === 'string' ? (values[name] as string) : undefined);
  const port = text('port');
  if (port !== undefined && !/^\d{1,5}$/.test(port)) throw new UsageError(`--port "${port}" must be a number from 0 to 65535 (0 picks a free port)`);
  const size = text('size');
  const content = text('content');
  const out = text('out');
  const quiet = values['quiet'] === true;
  const today = parseToday(values);
  // Loaded here: chokidar and the build are for this command only.
  const { startWatch, DEFAULT_PREVIEW_PORT } = await import('../../watch/watch-handouts.js');
  let watching;
  try {
    watching = await startWatch({
      ...(content !== undefined && { contentDir: content }),
      ...(out !== undefined && { outDir: out }),
      ...(size !== undefined && { sizes: size.split(',').map((s) => s.trim()).filter(Boolean) }),
      ...(today !== undefined && { today }),
      port: port === undefined ? DEFAULT_PREVIEW_PORT : Number(port),
      onEvent: (event) => {
        if (event.type === 'building' && !quiet) io.stdout(`building ${event.handouts === 'all' ? 'every handout' : event.handouts.join(', ')}…\n`);
        if (event.type === 'built') {
          io.stderr(event.problems);
          if (!quiet) io.stdout(`${event.result.written.map((file) => `${file}\n`).join('')}built in ${event.seconds.toFixed(1)} s; watching for changes\n`);
        }
        if (event.type === 'removed' && !quiet) io.stdout(`${event.file} was removed; its PDFs stay in the output folder\n`);
        if (event.type === 'failed') io.stderr(`${event.message}\n`);
      },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port ?? DEFAULT_PREVIEW_PORT} is in use; choose another with --port, or --port 0 for any free one`);
    throw error;
  }
  io.stdout(`Preview: ${watching.url}  (this machine only; Ctrl-C stops)\n`);
  await stop;
  await watching.close();
  return 0;
}
