// `npm run bench`: the example trace through Corridor's gateway and through a plain
// @apollo/gateway over the same subgraphs, alternating rounds in one run; medians and ratios.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadRegistry } from '../schema/registry/registry';
import { stackComponents } from '../gateway/stack/components';
import { EXAMPLE_PURPOSE, EXAMPLE_TRACE } from '../gateway/stack/example-trace';
import { devToken } from '../gateway/stack/in-process';
import { Supervisor } from '../gateway/stack/supervisor';
import { waitReady } from '../gateway/stack/wait-ready';
import { createLogger } from '../subgraphs/kit/log';
import { federationScenarios } from './federation-scenarios';
import { loadRound, median, type LoadResult } from './load';

const settings = z
  .object({
    BENCH_ROUNDS: z.coerce.number().int().min(1).default(3),
    BENCH_SECONDS: z.coerce.number().int().min(1).default(5),
    BENCH_CONNECTIONS: z.coerce.number().int().min(1).default(20),
    NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
  })
  .parse(process.env);

const root = join(__dirname, '..');
const log = createLogger('bench', 'warn');

function spawnGateway(entry: string, port: number, supergraph: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, PORT: String(port), SUPERGRAPH_PATH: supergraph, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** Measure only gateways that answer the trace correctly: PHL's and THA's records (INTERPOL's notice may join), no errors. */
async function expectTwoJurisdictions(url: string, name: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: EXAMPLE_TRACE }) });
  const body = (await res.json()) as { data?: { trace?: { records: { jurisdiction: string }[] } }; errors?: unknown[] };
  const found = new Set(body.data?.trace?.records.map((r) => r.jurisdiction));
  if (body.errors || !found.has('PHL') || !found.has('THA')) throw new Error(`${name} did not answer the trace correctly: ${JSON.stringify(body).slice(0, 300)}`);
}

async function main(): Promise<void> {
  const supergraph = join(mkdtempSync(join(tmpdir(), 'corridor-bench-')), 'supergraph.graphql');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'schema', 'compose', 'main.ts')], { env: { ...process.env, SUPERGRAPH_PATH: supergraph } });
  const registry = loadRegistry();
  const backends = stackComponents(registry, 0).filter((c) => c.name !== 'gateway');
  const supervisor = new Supervisor(backends, { ...process.env, LOG_LEVEL: 'warn', NATIVE_LATENCY_MS: String(settings.NATIVE_LATENCY_MS) }, log);
  supervisor.start();
  const gateways = [
    { name: 'corridor', port: 4400, readyUrl: 'http://127.0.0.1:4400/readyz', process: spawnGateway(join(root, 'gateway', 'main.ts'), 4400, supergraph) },
    { name: '@apollo/gateway (plain)', port: 4401, readyUrl: 'http://127.0.0.1:4401/graphql?query=%7B__typename%7D', process: spawnGateway(join(root, 'bench', 'peers', 'plain-apollo-gateway.ts'), 4401, supergraph) },
  ];
  try {
    const ready = await Promise.all([...backends.flatMap((c) => c.readyUrls), ...gateways.map((g) => g.readyUrl)].map((u) => waitReady(u, 240_000, { 'apollo-require-preflight': 'true' })));
    if (!ready.every(Boolean)) throw new Error('the stack did not come up (is `npm start` already running on the same ports?)');
    const headers = { authorization: `Bearer ${await devToken()}`, 'x-purpose': EXAMPLE_PURPOSE };
    for (const g of gateways) await expectTwoJurisdictions(`http://127.0.0.1:${g.port}/graphql`, g.name, headers);
    const rounds = new Map<string, LoadResult[]>(gateways.map((g) => [g.name, []]));
    for (const g of gateways) await loadRound(`http://127.0.0.1:${g.port}/graphql`, EXAMPLE_TRACE, 2, settings.BENCH_CONNECTIONS, headers); // warm-up
    for (let round = 0; round < settings.BENCH_ROUNDS; round++) {
      for (const g of round % 2 ? [...gateways].reverse() : gateways) {
        rounds.get(g.name)!.push(await loadRound(`http://127.0.0.1:${g.port}/graphql`, EXAMPLE_TRACE, settings.BENCH_SECONDS, settings.BENCH_CONNECTIONS, headers));
      }
    }
    const summary = gateways.map((g) => {
      const r = rounds.get(g.name)!;
      return {
        gateway: g.name,
        requestsPerSecond: Math.round(median(r.map((x) => x.requestsPerSecond))),
        p50Ms: median(r.map((x) => x.p50Ms)),
        p99Ms: median(r.map((x) => x.p99Ms)),
        errors: r.reduce((n, x) => n + x.errors + x.non2xx, 0),
        rounds: r,
      };
    });
    const [ours, plain] = summary as [(typeof summary)[0], (typeof summary)[0]];
    const ratio = { throughput: +(ours.requestsPerSecond / plain.requestsPerSecond).toFixed(2), p50: +(ours.p50Ms / plain.p50Ms).toFixed(2), p99: +(ours.p99Ms / plain.p99Ms).toFixed(2) };
    console.table(summary.map(({ rounds: _r, ...row }) => row));
    console.log(`corridor / plain: throughput ×${ratio.throughput}, p50 ×${ratio.p50}, p99 ×${ratio.p99}`);
    const scenarios = await federationScenarios(settings.BENCH_SECONDS, settings.BENCH_CONNECTIONS, headers);
    console.table(scenarios.map((s) => ({ scenario: s.scenario, jurisdictions: s.jurisdictionsTouched, 'native calls/query (warm)': s.nativeCallsPerQuery, 'native calls (cold)': s.coldNativeCalls, 'req/s': Math.round(s.requestsPerSecond), p50Ms: s.p50Ms, p99Ms: s.p99Ms, errors: s.errors + s.non2xx })));
    const results = { date: new Date().toISOString(), query: 'EXAMPLE_TRACE', settings, summary, ratio, scenarios };
    writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    for (const g of gateways) g.process.kill('SIGTERM');
    await supervisor.stop();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
