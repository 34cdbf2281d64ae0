/** How often to check that the process that started the watch is still there. */
const PARENT_CHECK_MS = 500;

/**
 * Resolves when a long-running command (`watch`) should stop: Ctrl-C (SIGINT), SIGTERM, the
 * terminal closing (SIGHUP), or the process that started it going away. The last matters
 * under `npx`: npm runs the press through `sh -c`, and stopping npm (a task runner killing
 * it, say) ends the shell without passing the signal on, so the press would be left serving
 * the preview, holding its port, with no terminal. When the parent goes, the process is
 * handed to another (init), which `process.ppid` shows.
 * @param proc The process to watch (injectable for tests).
 * @returns A promise that resolves once, and the check's timer stops with it.
 */
export function stopSignal(proc: Pick<NodeJS.Process, 'on' | 'off' | 'ppid'> = process): Promise<void> {
  return new Promise((resolve) => {
    const parent = proc.ppid;
    const timer = setInterval(() => {
      if (proc.ppid !== parent) stop();
    }, PARENT_CHECK_MS);
    // The timer alone never keeps the process alive.
    timer.unref();
    const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
    function stop() {
      clearInterval(timer);
      for (const signal of signals) proc.off(signal, stop);
      resolve();
    }
    for (const signal of signals) proc.on(signal, stop);
  });
}
