import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../../subgraphs/kit/log';
import type { Component } from './components';
import { corridorNodeArgs } from './node-flags';

/** Restart delays grow from 0.5 s to 30 s while a process keeps crashing, and reset after a minute up. */
const MIN_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
const STABLE_AFTER_MS = 60_000;
const STOP_GRACE_MS = 5_000;

interface Supervised {
  component: Component;
  child?: ChildProcess;
  backoff: number;
  startedAt: number;
  restartTimer?: NodeJS.Timeout;
}

/**
 * Runs each component as its own process, as in a deployment: a crash is reported and restarted
 * with backoff, so one failing jurisdiction never takes the others down.
 */
export class Supervisor {
  private readonly processes: Supervised[];
  private stopping = false;

  constructor(
    components: readonly Component[],
    private readonly env: NodeJS.ProcessEnv,
    private readonly log: Logger,
  ) {
    this.processes = components.map((component) => ({ component, backoff: MIN_BACKOFF_MS, startedAt: 0 }));
  }

  start(): void {
    for (const p of this.processes) this.spawn(p);
  }

  private spawn(p: Supervised): void {
    // tsx as a loader of this very node binary: no build step, same Node version everywhere.
    const child = spawn(process.execPath, corridorNodeArgs(p.component.entry), {
      env: { ...this.env, ...p.component.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    p.child = child;
    p.startedAt = Date.now();
    this.log.info({ component: p.component.name, pid: child.pid }, 'started');
    child.once('exit', (code, signal) => {
      p.child = undefined;
      if (this.stopping) return;
      if (Date.now() - p.startedAt > STABLE_AFTER_MS) p.backoff = MIN_BACKOFF_MS;
      this.log.error({ component: p.component.name, code, signal, restartInMs: p.backoff }, 'exited unexpectedly; restarting');
      p.restartTimer = setTimeout(() => this.spawn(p), p.backoff);
      p.backoff = Math.min(p.backoff * 2, MAX_BACKOFF_MS);
    });
  }

  /** SIGTERM to all, then SIGKILL to whatever is still running after the grace period. */
  async stop(): Promise<void> {
    this.stopping = true;
    const running = this.processes.flatMap((p) => {
      clearTimeout(p.restartTimer);
      return p.child && p.child.exitCode === null ? [p.child] : [];
    });
    await Promise.all(
      running.map(
        (child) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
  }
}
