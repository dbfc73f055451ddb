// Cold vs warm trace: the example trace through a gateway without the entity cache, then through
// one with it, each over its own stack whose native sources answer after NATIVE_LATENCY_MS (50 ms
// by default here: the goal is stated for it). Warm means every request after the first finds the
// owners' answers in the cache; only the index is asked. Measured twice: with one request in flight,
// where a cold trace waits on the native sources' latency (the cost the cache exists to remove),
// and with BENCH_CONNECTIONS in flight, where on two shared cores both sides queue for CPU instead
// and the ratio becomes one of CPU per trace. The load is measured against a stack in a
// process of its own (bench/stack-host.ts): sharing an event loop with the load generator, as an
// in-process stack would, caps the warm side at what autocannon leaves over. The native calls per
// query are counted on an in-process stack of the same settings, where the sources can be read.
import { randomUUID } from 'node:crypto';
import { EXAMPLE_PURPOSE, EXAMPLE_TRACE } from '../gateway/stack/example-trace';
import { devToken, startTestStack, type TestStack } from '../gateway/stack/in-process';
import { loadRound, type LoadResult } from './load';
import { startHost, stopHost } from './stack-host';

export interface CacheComparison {
  connections: number;
  cold: LoadResult & { nativeCallsPerQuery: number };
  warm: LoadResult & { nativeCallsPerQuery: number };
  ratio: { throughput: number; p50: number; p99: number };
}

export interface CacheScenarioResult extends CacheComparison {
  nativeLatencyMs: number;
  /** Where the warm gateway kept its cache: `redis` when REDIS_URL is set, else `memory`. */
  store: 'redis' | 'memory';
  /** The same with one request in flight: latency-bound rather than CPU-bound. */
  oneInFlight: CacheComparison;
  /** Warm throughput at least this many times cold. */
  goal: number;
}

function nativeCalls(stack: TestStack): number {
  return Object.values(stack.countries).reduce((n, c) => n + c.native.requests.filter((r) => !/[?&]page=/.test(r.search)).length, 0);
}

/** A stack whose gateway reads these cache settings at start (the gateway takes them from the environment). */
async function stackWith(env: Record<string, string>, nativeLatencyMs: number): Promise<TestStack> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await startTestStack({ nativeLatencyMs, nativeTimeoutMs: 20_000, subgraphTimeoutMs: 10_000 });
  } finally {
    process.env = saved;
  }
}

async function send(url: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: EXAMPLE_TRACE }) });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`cache scenario: ${JSON.stringify(body.errors).slice(0, 300)}`);
}

/** Native calls the second of two identical traces makes (0 when the cache answered it). */
async function nativeCallsPerQuery(env: Record<string, string>, nativeLatencyMs: number, headers: Record<string, string>): Promise<number> {
  const stack = await stackWith(env, nativeLatencyMs);
  try {
    await send(stack.gateway.url, headers); // plans the query and, with the cache on, fills it
    const before = nativeCalls(stack);
    await send(stack.gateway.url, headers);
    return nativeCalls(stack) - before;
  } finally {
    await stack.close();
  }
}

async function round(env: Record<string, string>, nativeLatencyMs: number, seconds: number, connections: number, headers: Record<string, string>) {
  const calls = await nativeCallsPerQuery(env, nativeLatencyMs, headers);
  const host = await startHost(['PHL', 'THA'], 120_000, { ...env, NATIVE_LATENCY_MS: String(nativeLatencyMs) });
  try {
    await send(host.gateway, headers);
    return { ...(await loadRound(host.gateway, EXAMPLE_TRACE, seconds, connections, headers)), nativeCallsPerQuery: calls };
  } finally {
    await stopHost(host);
  }
}

async function compare(connections: number, nativeLatencyMs: number, seconds: number, headers: Record<string, string>): Promise<CacheComparison> {
  // Identical traces in flight at once would share their owner calls: off on both sides, so the
  // ratio is the cache's alone.
  const cold = await round({ CACHE: 'off', SHARE_INFLIGHT: 'off' }, nativeLatencyMs, seconds, connections, headers);
  const prefix = `corridor:bench:cache:${randomUUID()}:`;
  const warm = await round({ CACHE: 'on', SHARE_INFLIGHT: 'off', CACHE_REDIS_PREFIX: prefix, CACHE_CHANNEL: `${prefix}changed` }, nativeLatencyMs, seconds, connections, headers);
  const ratio = {
    throughput: +(warm.requestsPerSecond / cold.requestsPerSecond).toFixed(2),
    p50: +(warm.p50Ms / cold.p50Ms).toFixed(2),
    p99: +(warm.p99Ms / cold.p99Ms).toFixed(2),
  };
  return { connections, cold, warm, ratio };
}

export async function cacheScenario(seconds: number, connections: number, headers: Record<string, string>, nativeLatencyMs = 50): Promise<CacheScenarioResult> {
  const store = process.env.REDIS_URL ? 'redis' : 'memory';
  const oneInFlight = await compare(1, nativeLatencyMs, seconds, headers);
  const loaded = await compare(connections, nativeLatencyMs, seconds, headers);
  return { nativeLatencyMs, store, ...loaded, oneInFlight, goal: 5 };
}

// `npx tsx bench/cache-scenario.ts`: this scenario alone (BENCH_SECONDS, BENCH_CONNECTIONS, NATIVE_LATENCY_MS).
if (require.main === module) {
  void (async () => {
    const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
    const headers = { authorization: `Bearer ${await devToken()}`, 'x-purpose': EXAMPLE_PURPOSE };
    const result = await cacheScenario(env('BENCH_SECONDS', 5), env('BENCH_CONNECTIONS', 20), headers, env('NATIVE_LATENCY_MS', 50));
    console.log(JSON.stringify(result, null, 2));
  })();
}
