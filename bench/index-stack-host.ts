// One in-process stack (gateway, index, operations, the given jurisdictions' subgraphs and native
// sources) in a process of its own, for bench/index-scenarios.ts: the load generator stays in the
// bench's process, so the CPU this process spends is what the stack spent on the requests.
// Every part listens on a free port (port 0), so several hosts run side by side with each other
// and with `npm start` or the bench's child-process stack.
//
// Argument: the jurisdiction codes, comma-separated, or `all` for the whole registry. From the
// environment the gateway reads its cache settings (CACHE, …) and SHARE_INFLIGHT=off, the sources
// NATIVE_LATENCY_MS; policies and audit are always on. Prints one JSON line
// `{"gateway": url, "index": url, "jurisdictions": n}` once ready; stops on SIGTERM.
import { loadRegistry } from '../schema/registry/registry';
import { startTestStack } from '../gateway/stack/in-process';

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
  process.stdout.write(`${JSON.stringify({ gateway: stack.gateway.url, index: `${stack.index.origin}/graphql`, jurisdictions: stack.registry.jurisdictions.length })}\n`);
  const stop = () => void stack.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: Error) => {
  process.stderr.write(`index-stack-host: ${error.message}\n`);
  process.exit(1);
});
