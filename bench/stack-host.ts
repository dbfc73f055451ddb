// Start and stop bench/index-stack-host.ts: one in-process stack in a process of its own, so the
// bench's load generator never shares its event loop with the stack it measures.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { corridorNodeArgs } from '../gateway/stack/node-flags';

export interface Host {
  readonly registered: number;
  readonly gateway: string;
  readonly index: string;
  readonly process: ChildProcess;
  /** The gateway's own process, when the host runs it apart (GATEWAY_PROCESS=on). */
  readonly gatewayPid?: number;
  /** CPU ms per second the host spends with no load (timers, supergraph polls). */
  idleMsPerSecond: number;
  /** The gateway process's share of it. */
  gatewayIdleMsPerSecond: number;
}

/** A host for these jurisdictions (or the whole registry), with `env` on top of this process's. */
export function startHost(jurisdictions: readonly string[] | 'all', readyMs: number, env: Record<string, string> = {}): Promise<Host> {
  const child = spawn(process.execPath, [...corridorNodeArgs(join(__dirname, 'index-stack-host.ts')), jurisdictions === 'all' ? 'all' : jurisdictions.join(',')], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`bench: a stack of ${jurisdictions === 'all' ? 'all' : jurisdictions.length} jurisdictions did not come up in ${readyMs / 1000} s`));
    }, readyMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`bench: a stack host exited with ${code} before it was ready`));
    });
    createInterface({ input: child.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const ready = JSON.parse(line) as { gateway: string; index: string; jurisdictions: number; gatewayPid?: number };
      resolve({ registered: ready.jurisdictions, gateway: ready.gateway, index: ready.index, process: child, gatewayPid: ready.gatewayPid, idleMsPerSecond: 0, gatewayIdleMsPerSecond: 0 });
    });
  });
}

export async function stopHost(host: Host): Promise<void> {
  if (host.process.exitCode !== null || host.process.signalCode !== null) return;
  const exited = new Promise((resolve) => host.process.once('exit', resolve));
  host.process.kill('SIGTERM');
  const forced = setTimeout(() => host.process.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(forced);
}
