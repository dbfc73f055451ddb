import type { Logger } from '../../subgraphs/kit/log';

export interface GracefulShutdownOptions {
  /** Everything the process must finish before it exits: drain HTTP, stop Apollo, close sinks. */
  stop: () => Promise<void>;
  log: Logger;
  /**
   * Longest the whole stop may take; past it the process exits with status 1 anyway, so a sink that
   * hangs cannot keep a replica half-alive. Give it more than the HTTP grace period.
   */
  deadlineMs: number;
  /** @default ['SIGTERM', 'SIGINT'] */
  signals?: readonly NodeJS.Signals[];
  /** @default process.exit */
  exit?: (code: number) => void;
}

/**
 * Stop gracefully on the first termination signal (exit 0 once `stop` resolved, 1 if it failed or
 * overran its deadline); a second signal exits at once with status 1, for an operator who will not
 * wait. Returns a function that removes the handlers.
 */
export function onTerminationSignals({ stop, log, deadlineMs, signals = ['SIGTERM', 'SIGINT'], exit = (code) => process.exit(code) }: GracefulShutdownOptions): () => void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) {
      log.warn({ signal }, 'second signal while stopping; exiting now');
      exit(1);
      return;
    }
    stopping = true;
    log.info({ signal, deadlineMs }, 'stopping: no new connections, finishing requests in flight');
    const deadline = setTimeout(() => {
      log.error({ deadlineMs }, 'stop overran its deadline; exiting');
      exit(1);
    }, deadlineMs);
    deadline.unref();
    stop().then(
      () => {
        clearTimeout(deadline);
        log.info('stopped');
        exit(0);
      },
      (error: Error) => {
        clearTimeout(deadline);
        log.error({ err: error.message }, 'stop failed');
        exit(1);
      },
    );
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
