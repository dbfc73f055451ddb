import cluster, { type Worker } from 'node:cluster';
import type { Logger } from '../../subgraphs/kit/log';
import { serveClusterMetrics } from './cluster-metrics';

export interface PrimaryOptions {
  /** Workers to keep running, each a whole gateway on the shared port. */
  readonly workers: number;
  readonly log: Logger;
  /** Longest a stop may take before the remaining workers are killed. */
  readonly deadlineMs: number;
  /** @default process.exit */
  readonly exit?: (code: number) => void;
}

/** Replacements in a row that die before listening, after which the gateway gives up. */
const MAX_FAILED_REPLACEMENTS = 5;
/** Pause before a replacement, so a crash loop does not spin a core. */
const RESPAWN_DELAY_MS = 1000;

/**
 * The cluster's primary: forks the workers (each runs gateway/main.ts, loads the same validated
 * configuration and listens on the shared port; Node hands out connections round-robin), replaces
 * a worker that crashes, and on SIGTERM / SIGINT stops them all gracefully. It serves nothing itself
 * but the gathering of the workers' metrics.
 */
export function runPrimary({ workers, log, deadlineMs, exit = (code) => process.exit(code) }: PrimaryOptions): Promise<void> {
  serveClusterMetrics();
  let stopping = false;
  let started = false;
  let failedReplacements = 0;
  const listened = new Set<number>();

  return new Promise<void>((ready, failed) => {
    cluster.on('listening', (worker: Worker) => {
      listened.add(worker.id);
      failedReplacements = 0;
      log.info({ worker: worker.id, pid: worker.process.pid }, 'gateway worker listening');
      if (!started && listened.size === workers) {
        started = true;
        ready();
      }
    });
    cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
      if (stopping) return;
      const hadListened = listened.delete(worker.id);
      // A worker that cannot start (port taken, a bad supergraph) will not start the next time
      // either: stop the whole gateway with a failure status rather than loop.
      if (!started || (!hadListened && ++failedReplacements >= MAX_FAILED_REPLACEMENTS)) {
        log.fatal({ worker: worker.id, code, signal }, 'gateway worker failed to start; stopping the cluster');
        stopAll(1);
        failed(new Error(`gateway worker ${worker.id} exited before it listened (code ${code}, signal ${signal})`));
        return;
      }
      log.error({ worker: worker.id, code, signal }, 'gateway worker died; starting a replacement');
      setTimeout(() => !stopping && cluster.fork(), RESPAWN_DELAY_MS).unref();
    });

    const stopAll = (code: number) => {
      if (stopping) return;
      stopping = true;
      const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined && !w.isDead());
      const deadline = setTimeout(() => {
        log.error({ deadlineMs }, 'workers overran the stop deadline; killing them');
        for (const w of alive) w.process.kill('SIGKILL');
        exit(1);
      }, deadlineMs);
      deadline.unref();
      let left = alive.length;
      if (left === 0) return exit(code);
      for (const w of alive) {
        w.once('exit', (workerCode: number | null) => {
          if (workerCode !== 0) code = 1;
          if (--left === 0) {
            clearTimeout(deadline);
            log.info({ code }, 'gateway cluster stopped');
            exit(code);
          }
        });
        // Each worker drains its own connections and closes its sinks (gateway/main.ts).
        w.process.kill('SIGTERM');
      }
    };
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      process.on(signal, () => {
        if (stopping) return;
        log.info({ signal, workers: Object.keys(cluster.workers ?? {}).length }, 'stopping the gateway workers');
        stopAll(0);
      });
    }
    for (let i = 0; i < workers; i++) cluster.fork();
  });
}
