// A real three-node Redis Cluster for tests, from the machine's own redis-server and redis-cli:
// no persistence, loopback only, gone when the test stops it.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './free-port';

const run = promisify(execFile);

export interface RedisClusterForTest {
  /** REDIS_URL for it: every node, comma-separated. */
  readonly url: string;
  stop(): Promise<void>;
}


async function clusterOk(port: number): Promise<boolean> {
  const { stdout } = await run('redis-cli', ['-p', String(port), 'cluster', 'info']).catch(() => ({ stdout: '' }));
  return stdout.includes('cluster_state:ok');
}

export async function startRedisCluster(nodes = 3): Promise<RedisClusterForTest> {
  const dir = mkdtempSync(join(tmpdir(), 'corridor-redis-cluster-'));
  const ports: number[] = [];
  const processes: ChildProcess[] = [];
  const stop = async () => {
    for (const p of processes) p.kill('SIGKILL');
    await Promise.all(processes.map((p) => (p.exitCode === null && p.signalCode === null ? new Promise((r) => p.once('exit', r)) : undefined)));
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < nodes; i++) {
      // A cluster node also listens on port + 10000 for its bus: pick ports whose bus port is free too.
      let port = await freePort();
      while (port > 55_000) port = await freePort();
      ports.push(port);
      processes.push(
        spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--cluster-enabled', 'yes', '--cluster-config-file', join(dir, `nodes-${port}.conf`), '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' }),
      );
    }
    for (const port of ports) {
      for (let i = 0; i < 50; i++) {
        if ((await run('redis-cli', ['-p', String(port), 'ping']).catch(() => ({ stdout: '' }))).stdout.includes('PONG')) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    await run('redis-cli', ['--cluster', 'create', ...ports.map((p) => `127.0.0.1:${p}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (let i = 0; i < 100 && !(await Promise.all(ports.map(clusterOk))).every(Boolean); i++) await new Promise((r) => setTimeout(r, 100));
    if (!(await Promise.all(ports.map(clusterOk))).every(Boolean)) throw new Error('the test Redis Cluster did not reach cluster_state:ok');
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: ports.map((p) => `redis://127.0.0.1:${p}`).join(','), stop };
}
