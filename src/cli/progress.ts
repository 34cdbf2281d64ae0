import type { BuildEvent } from '../pipeline.js';
import type { CliIO } from './command.js';
import { WEB_SIZE } from '../print/sizes.js';

/** Prints build progress: a redrawn bar on a terminal, plain lines in CI or a pipe. */
export interface ProgressReporter {
  onProgress: (event: BuildEvent) => void;
  /** The closing summary ("built 12 PDFs, skipped 28 handouts, 1 failed in 3.4 s"). */
  summary: (result: { skipped: number; failed: number }) => string;
}

/**
 * Make a reporter for this terminal.
 * @param io Where to print; `isTTY` and `env.CI` pick the style.
 * @param now A clock in milliseconds (injectable for tests).
 * @returns The reporter.
 */
export function createProgress(io: CliIO, now: () => number = () => performance.now()): ProgressReporter {
  const bar = io.isTTY === true && !isCI(io.env);
  const started = now();
  let total = 0;
  let done = 0;
  let written = 0;
  // Web pages are counted apart: they are not PDFs and are no render in the plan.
  let webPages = 0;
  let current = '';

  const draw = () => {
    const width = 24;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const elapsed = (now() - started) / 1000;
    const eta = done === 0 || done >= total ? '' : ` ETA ${Math.ceil((elapsed / done) * (total - done))}s`;
    io.stdout(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${current}${eta}\u001b[K`);
  };

  return {
    onProgress(event) {
      switch (event.type) {
        case 'plan':
          total = event.renders;
          // Counted in files, as the summary counts what was written: a booklet render writes two.
          if (!bar && total > 0) io.stdout(`${event.files} PDF${event.files === 1 ? '' : 's'} to render; ${event.skipped} of ${event.handouts} handouts up to date\n`);
          break;
        case 'written':
          if (event.size === WEB_SIZE) webPages += 1;
          else written += 1;
          if (!bar) io.stdout(`${event.file}  ${event.size === WEB_SIZE ? 'web page' : `${event.pages} pages`}, ${Math.round(event.bytes / 1024)} KB\n`);
          break;
        case 'failed':
          if (event.size !== WEB_SIZE) done += 1;
          if (!bar) io.stdout(`failed: ${event.source} ${event.size}\n`);
          else draw();
          break;
        case 'rendered':
          done += 1;
          current = `${event.source} ${event.size}`;
          if (bar) draw();
          break;
      }
    },
    summary({ skipped, failed }) {
      const seconds = ((now() - started) / 1000).toFixed(1);
      const clear = bar && total > 0 ? '\r\u001b[K' : '';
      const pages = webPages > 0 ? ` and ${webPages} web page${webPages === 1 ? '' : 's'}` : '';
      return `${clear}built ${written} PDF${written === 1 ? '' : 's'}${pages}, skipped ${skipped} up-to-date handout${skipped === 1 ? '' : 's'}, ${failed} failed in ${seconds} s\n`;
    },
  };
}

/** CI services set CI=true; a bar's redraws would fill their logs. */
function isCI(env: CliIO['env']): boolean {
  const value = env?.['CI'];
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}
