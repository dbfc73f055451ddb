import { spawn, type ChildProcess } from 'node:child_process';
import { corridorNodeArgs } from '../gateway/stack/node-flags';

/**
 * A gateway entry point (Corridor's or a peer's) in a process of its own over `supergraph`, `env` on
 * top of this process's; every gateway, peers included, with the Node flags Corridor runs with.
 */
export function spawnGateway(entry: string, port: number, supergraph: string, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, corridorNodeArgs(entry), {
    env: { ...process.env, PORT: String(port), SUPERGRAPH_PATH: supergraph, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
