// One in-process stack (gateway, index, operations, the given jurisdictions' subgraphs and native
// sources) in a process of its own, for bench/index-scenarios.ts and bench/cache-scenario.ts: the
// load generator stays in the bench's process, so the CPU this process spends is what the stack
// spent on the requests. Every part listens on a free port (port 0), so several hosts run side by
// side with each other and with `npm start` or the bench's child-process stack.
//
// Argument: the jurisdiction codes, comma-separated, or `all` for the whole registry. From the
// environment the gateway reads its cache settings (CACHE, …) and SHARE_INFLIGHT=off, the sources
// NATIVE_LATENCY_MS; policies and audit are always on. With GATEWAY_PROCESS=on the gateway to
// measure is `gateway/main.ts` in a child process of its own over the same supergraph, as it is
// deployed: its CPU then shows apart from the backends', whose heap (every subgraph and native
// source of the registry in one process) would otherwise weigh on the gateway's share too.
// Prints one JSON line `{"gateway": url, "index": url, "jurisdictions": n, "gatewayPid"?: pid}`
// once ready; stops on SIGTERM.
import type { ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { loadRegistry } from '../schema/registry/registry';
import { startTestStack, type TestStack } from '../gateway/stack/in-process';
import { waitReady } from '../gateway/stack/wait-ready';
import { freePort } from '../tests/support/free-port';
import { spawnGateway } from './spawn-gateway';

/** The deployed gateway's entry point over the stack's supergraph, with the host's settings. */
async function gatewayProcess(stack: TestStack): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawnGateway(join(__dirname, '..', 'gateway', 'main.ts'), port, stack.supergraphPath, {
    HOST: '127.0.0.1',
    SUBGRAPH_TIMEOUT_MS: '60000',
    AUDIT_SINK: 'file',
    AUDIT_FILE: join(dirname(stack.supergraphPath), 'audit-gateway-process.jsonl'),
  });
  if (!(await waitReady(`http://127.0.0.1:${port}/readyz`, 120_000))) {
    child.kill('SIGKILL');
    throw new Error('the gateway process did not come up in 120 s');
  }
  return { url: `http://127.0.0.1:${port}/graphql`, child };
}

async function main(): Promise<void> {
  const arg = process.argv[2] ?? 'all';
  const codes = arg === 'all' ? loadRegistry().jurisdictions.map((j) => j.code) : arg.split(',');
  const nativeLatencyMs = Number(process.env.NATIVE_LATENCY_MS ?? 0);
  const stack = await startTestStack({ jurisdictions: codes, subgraphTimeoutMs: 60_000, nativeTimeoutMs: 30_000, nativeLatencyMs });
  // The scenario does not change during a run: after the first full pass the index need not read
  // 117 feeds again (a pass every minute would land on whichever round is running, here or in the
  // other host). A pass that missed a feed is repeated until every feed has been read once.
  for (let pass = 0; !stack.index.synchroniser.complete && pass < 5; pass++) await stack.index.synchroniser.syncAll();
  if (!stack.index.synchroniser.complete) throw new Error('the index could not read every feed');
  stack.index.synchroniser.stop();
  const separate = process.env.GATEWAY_PROCESS === 'on' ? await gatewayProcess(stack) : undefined;
  process.stdout.write(
    `${JSON.stringify({ gateway: separate?.url ?? stack.gateway.url, index: `${stack.index.origin}/graphql`, jurisdictions: stack.registry.jurisdictions.length, ...(separate ? { gatewayPid: separate.child.pid } : {}) })}\n`,
  );
  const stop = () => {
    separate?.child.kill('SIGTERM');
    void stack.close().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`index-stack-host: ${error.message}\n`);
  process.exit(1);
});
