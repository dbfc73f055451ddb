// `npm run bench`: the example trace through Corridor's gateway with policies and audit on, the
// same gateway with them off, Corridor as deployed (policies, audit and cache on, a worker per
// core), a plain @apollo/gateway and Hive Gateway, over the same subgraphs, in rotating rounds in
// one run; medians and ratios, then the audit's durable write alone.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { loadRegistry } from '../schema/registry/registry';
import { loadAuditConfig } from '../gateway/audit/audit-config';
import { stackComponents } from '../gateway/stack/components';
import { EXAMPLE_PURPOSE, EXAMPLE_TRACE } from '../gateway/stack/example-trace';
import { devToken } from '../gateway/stack/in-process';
import { Supervisor } from '../gateway/stack/supervisor';
import { waitReady } from '../gateway/stack/wait-ready';
import { createLogger } from '../subgraphs/kit/log';
import { auditAppend } from './audit-append';
import { federationScenarios } from './federation-scenarios';
import { cacheScenario } from './cache-scenario';
import { indexScenarios, printIndexScenarios } from './index-scenarios';
import { cpuSnapshot, cpuSpentMs, cpuTimeAvailable, descendantsOf } from './cpu-time';
import { loadRound, median, medianOf, type LoadResult } from './load';
import { NAME_P99_GOAL_MS, nameSearches } from './name-search';
import { peakRssMb } from './peak-memory';
import { spawnGateway } from './spawn-gateway';

const settings = z
  .object({
    BENCH_ROUNDS: z.coerce.number().int().min(1).default(3),
    BENCH_SECONDS: z.coerce.number().int().min(1).default(5),
    BENCH_CONNECTIONS: z.coerce.number().int().min(1).default(20),
    NATIVE_LATENCY_MS: z.coerce.number().int().min(0).default(0),
    /** How long the stack may take to come up; the index is ready only once it has read all 117 feeds. */
    BENCH_READY_SECONDS: z.coerce.number().int().min(1).default(600),
    /** `off` stops after the gateways side by side (skips the audit, federation, cache and index scenarios). */
    BENCH_SCENARIOS: z.enum(['on', 'off']).default('on'),
  })
  .parse(process.env);

const root = join(__dirname, '..');
const log = createLogger('bench', 'warn');

/**
 * Measure only gateways that answer the trace correctly: PHL's and THA's records with their names
 * (INTERPOL's notice may join), and no error but an owner's release rule withholding fields (the
 * owner decides per record, so every gateway gets the same ones for the same requester).
 */
async function expectTwoJurisdictions(url: string, name: string, headers: Record<string, string>): Promise<void> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query: EXAMPLE_TRACE }) });
  const body = (await res.json()) as { data?: { trace?: { records: { jurisdiction: string; names: unknown }[] } }; errors?: { extensions?: { rule?: unknown } }[] };
  const found = new Set(body.data?.trace?.records.filter((r) => r.names).map((r) => r.jurisdiction));
  const unexpected = (body.errors ?? []).filter((e) => !String(e.extensions?.rule ?? '').startsWith('originator:'));
  if (unexpected.length > 0 || !found.has('PHL') || !found.has('THA')) throw new Error(`${name} did not answer the trace correctly: ${JSON.stringify(body).slice(0, 300)}`);
}

/** A load round plus the CPU each request cost the gateway and the whole stack (every process below this one). */
type Round = LoadResult & { gatewayCpuMsPerRequest: number | null; stackCpuMsPerRequest: number | null };

/** CPU ms per second the processes spend with no load at all (index feed passes, supergraph polls, timers). */
interface IdleCpu {
  readonly stackMsPerSecond: number;
  readonly gatewayMsPerSecond: ReadonlyMap<number, number>;
}

/** Idle CPU over one index sync interval (10 s), so a feed pass lands in the window as it does in a round. */
async function idleCpu(gatewayPids: readonly number[], seconds = 10): Promise<IdleCpu> {
  const stack = descendantsOf(process.pid);
  const before = cpuSnapshot(stack);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = cpuSnapshot(stack);
  const perSecond = (pids: readonly number[]) => pids.reduce((ms, p) => ms + (after.get(p) ?? 0) - (before.get(p) ?? 0), 0) / seconds;
  return { stackMsPerSecond: perSecond(stack), gatewayMsPerSecond: new Map(gatewayPids.map((p) => [p, perSecond([p, ...descendantsOf(p)])])) };
}

/**
 * One load round, and what each request cost in CPU: the gateway's own, and the whole stack's
 * (every process below this one). The idle rate is taken off first: background work (the index
 * re-reads 117 feeds every 10 s) is paid per second, not per request, and would otherwise make a
 * slow round look expensive.
 */
async function measuredRound(url: string, gatewayPid: number | undefined, idle: IdleCpu, headers: Record<string, string>): Promise<Round> {
  const stack = descendantsOf(process.pid);
  // A cluster's workers are the gateway too.
  const gateway = gatewayPid === undefined ? [] : [gatewayPid, ...descendantsOf(gatewayPid)];
  const before = { gateway: cpuSnapshot(gateway), stack: cpuSnapshot(stack), at: performance.now() };
  const load = await loadRound(url, EXAMPLE_TRACE, settings.BENCH_SECONDS, settings.BENCH_CONNECTIONS, headers);
  const after = { gateway: cpuSnapshot(gateway), stack: cpuSnapshot(stack), at: performance.now() };
  const seconds = (after.at - before.at) / 1000;
  const idleGateway = gatewayPid === undefined ? 0 : (idle.gatewayMsPerSecond.get(gatewayPid) ?? 0);
  const perRequest = (ms: number) => (cpuTimeAvailable && load.requests > 0 ? +(Math.max(0, ms) / load.requests).toFixed(2) : null);
  return {
    ...load,
    gatewayCpuMsPerRequest: perRequest(cpuSpentMs(before.gateway, after.gateway) - idleGateway * seconds),
    stackCpuMsPerRequest: perRequest(cpuSpentMs(before.stack, after.stack) - idle.stackMsPerSecond * seconds),
  };
}

/** Median of the values a round has (CPU time is unknown off Linux). */
/** The peers live in bench/peers with their own package.json, installed on first use. */
function installPeers(): void {
  const peers = join(root, 'bench', 'peers');
  if (existsSync(join(peers, 'node_modules', '@graphql-hive', 'gateway-runtime'))) return;
  process.stderr.write('installing the peer gateways in bench/peers (first run only)\n');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: peers, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main(): Promise<void> {
  installPeers();
  const supergraph = join(mkdtempSync(join(tmpdir(), 'corridor-bench-')), 'supergraph.graphql');
  execFileSync(process.execPath, ['--import', 'tsx', join(root, 'schema', 'compose', 'main.ts')], { env: { ...process.env, SUPERGRAPH_PATH: supergraph } });
  const registry = loadRegistry();
  const backends = stackComponents(registry, 0).filter((c) => c.name !== 'gateway');
  // The index re-reads all 117 feeds every 10 s by default: about one of the two cores here, landing
  // on whichever round is running. The scenario does not change during a run, so the bench reads
  // them once at start (readiness) and then only every 10 minutes, unless told otherwise.
  const backendEnv = { ...process.env, LOG_LEVEL: 'warn', NATIVE_LATENCY_MS: String(settings.NATIVE_LATENCY_MS), INDEX_SYNC_INTERVAL_MS: process.env.INDEX_SYNC_INTERVAL_MS ?? '600000' };
  const supervisor = new Supervisor(backends, backendEnv, log);
  supervisor.start();
  // POLICIES is set for both Corridor gateways, so an exported POLICIES=off cannot turn "on" off.
  // CACHE=off and SHARE_INFLIGHT=off on both: the plain gateway neither caches nor shares calls in
  // flight, so the comparison stays like for like, and the pair measures policies and audit against
  // every request's full federation work (twenty identical traces at once would otherwise mostly
  // share one set of owner calls). The cache is measured on its own below, cold vs warm.
  // Corridor as deployed: policies, audit and the entity cache on, one worker per core sharing the
  // cache and rate limits through Redis and one audit chain in PostgreSQL (this machine's own,
  // unless REDIS_URL / DATABASE_URL say otherwise), in a schema of the bench's own.
  const deployed = {
    POLICIES: 'on',
    CACHE: 'on',
    SHARE_INFLIGHT: 'on',
    GATEWAY_WORKERS: String(availableParallelism()),
    REDIS_URL: process.env.REDIS_URL || 'redis://127.0.0.1:6379',
    DATABASE_URL: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    AUDIT_SINK: 'postgres',
    AUDIT_SCHEMA: 'corridor_bench',
    CACHE_REDIS_PREFIX: 'corridor:bench:cache:',
    AUDIT_STREAM: 'corridor:bench:audit',
  };
  const gateways = [
    { name: 'corridor (on)', port: 4400, readyUrl: 'http://127.0.0.1:4400/readyz', process: spawnGateway(join(root, 'gateway', 'main.ts'), 4400, supergraph, { POLICIES: 'on', CACHE: 'off', SHARE_INFLIGHT: 'off' }) },
    { name: 'corridor (off)', port: 4402, readyUrl: 'http://127.0.0.1:4402/readyz', process: spawnGateway(join(root, 'gateway', 'main.ts'), 4402, supergraph, { POLICIES: 'off', CACHE: 'off', SHARE_INFLIGHT: 'off' }) },
    { name: 'corridor (deployed)', port: 4404, readyUrl: 'http://127.0.0.1:4404/readyz', process: spawnGateway(join(root, 'gateway', 'main.ts'), 4404, supergraph, deployed) },
    // The same, sending every subgraph call: what sharing identical calls in flight adds, on a load
    // of twenty identical traces from one officer (its best case; Hive Gateway shares by default too).
    { name: 'corridor (deployed, no sharing)', port: 4405, readyUrl: 'http://127.0.0.1:4405/readyz', process: spawnGateway(join(root, 'gateway', 'main.ts'), 4405, supergraph, { ...deployed, SHARE_INFLIGHT: 'off' }) },
    { name: '@apollo/gateway (plain)', port: 4401, readyUrl: 'http://127.0.0.1:4401/graphql?query=%7B__typename%7D', process: spawnGateway(join(root, 'bench', 'peers', 'plain-apollo-gateway.ts'), 4401, supergraph) },
    { name: 'hive gateway', port: 4403, readyUrl: 'http://127.0.0.1:4403/readiness', process: spawnGateway(join(root, 'bench', 'peers', 'hive-gateway.ts'), 4403, supergraph) },
  ];
  try {
    const readyUrls = [...backends.flatMap((c) => c.readyUrls), ...gateways.map((g) => g.readyUrl)];
    const ready = await Promise.all(readyUrls.map((u) => waitReady(u, settings.BENCH_READY_SECONDS * 1000, { 'apollo-require-preflight': 'true' })));
    const late = readyUrls.filter((_, i) => !ready[i]);
    if (late.length > 0) throw new Error(`the stack did not come up (is \`npm start\` already running on the same ports?); not ready: ${late.join(' ')}`);
    const headers = { authorization: `Bearer ${await devToken()}`, 'x-purpose': EXAMPLE_PURPOSE };
    for (const g of gateways) await expectTwoJurisdictions(`http://127.0.0.1:${g.port}/graphql`, g.name, headers);
    const rounds = new Map<string, Round[]>(gateways.map((g) => [g.name, []]));
    // Warm-up, a round's length per gateway: the backends' compiled code takes thousands of traces to
    // reach its steady speed, and 2 s each left the whole first rotation slower (its first gateway
    // most: "on" spent ×1.9 the stack CPU per trace of its later rounds), which the policy-cost pair
    // then read as a cost of policies.
    for (const g of gateways) await loadRound(`http://127.0.0.1:${g.port}/graphql`, EXAMPLE_TRACE, settings.BENCH_SECONDS, settings.BENCH_CONNECTIONS, headers);
    const idle = await idleCpu(gateways.flatMap((g) => (g.process.pid === undefined ? [] : [g.process.pid])));
    // Each round starts with the next gateway, so drift over the run (warming caches, a growing
    // audit file) does not always land on the same one.
    for (let round = 0; round < settings.BENCH_ROUNDS; round++) {
      for (const g of [...gateways.slice(round % gateways.length), ...gateways.slice(0, round % gateways.length)]) {
        rounds.get(g.name)!.push(await measuredRound(`http://127.0.0.1:${g.port}/graphql`, g.process.pid, idle, headers));
      }
    }
    const summary = gateways.map((g) => {
      const r = rounds.get(g.name)!;
      return {
        gateway: g.name,
        requestsPerSecond: Math.round(median(r.map((x) => x.requestsPerSecond))),
        p50Ms: median(r.map((x) => x.p50Ms)),
        p95Ms: median(r.map((x) => x.p95Ms)),
        p99Ms: median(r.map((x) => x.p99Ms)),
        // A cluster's primary and workers together.
        peakRssMb: g.process.pid === undefined ? null : peakRssMb([g.process.pid, ...descendantsOf(g.process.pid)]),
        errors: r.reduce((n, x) => n + x.errors + x.non2xx, 0),
        gatewayCpuMsPerRequest: medianOf(r.map((x) => x.gatewayCpuMsPerRequest)),
        stackCpuMsPerRequest: medianOf(r.map((x) => x.stackCpuMsPerRequest)),
        rounds: r,
      };
    });
    type Row = (typeof summary)[0];
    const row = (name: string) => summary.find((r) => r.gateway === name)!;
    const [on, off, deployedRow, unshared, plain, hive] = ['corridor (on)', 'corridor (off)', 'corridor (deployed)', 'corridor (deployed, no sharing)', '@apollo/gateway (plain)', 'hive gateway'].map(row) as [Row, Row, Row, Row, Row, Row];
    const ratioOf = (a: Row, b: Row) => ({
      throughput: +(a.requestsPerSecond / b.requestsPerSecond).toFixed(2),
      p50: +(a.p50Ms / b.p50Ms).toFixed(2),
      p99: +(a.p99Ms / b.p99Ms).toFixed(2),
    });
    const ratio = ratioOf(on, plain);
    const ratioOff = ratioOf(off, plain);
    // Issue goals: deployed Corridor at least 3× plain @apollo/gateway, and at least level with Hive.
    const peers = {
      deployedOverPlain: ratioOf(deployedRow, plain),
      deployedOverHive: ratioOf(deployedRow, hive),
      unsharedOverPlain: ratioOf(unshared, plain),
      unsharedOverHive: ratioOf(unshared, hive),
      hiveOverPlain: ratioOf(hive, plain),
      goals: { overPlain: 3, overHive: 1 },
    };
    const onOff = ratioOf(on, off);
    // The "on" and "off" rounds of one rotation ran back to back, so each pair saw the same machine:
    // the median of the paired ratios is the headline, steadier than the ratio of the two medians
    // when other work comes and goes during the run (each gateway's median can then come from a
    // different part of it).
    const onOffPerRound = on.rounds.map((r, i) => +(r.requestsPerSecond / off.rounds[i]!.requestsPerSecond).toFixed(2));
    const pairedOnOff = +median(onOffPerRound).toFixed(2);
    // What policies and audit add to each request's CPU (median of the rounds' paired differences),
    // in the gateway and as a share of what the whole stack spends on it: the throughput a
    // CPU-bound deployment would lose, less noisy than req/s when other work shares the machine.
    const pairedCpu = (pick: (r: Round) => number | null) =>
      medianOf(on.rounds.map((r, i) => { const a = pick(r); const b = pick(off.rounds[i]!); return a === null || b === null ? null : a - b; }));
    const gatewayMsAdded = pairedCpu((r) => r.gatewayCpuMsPerRequest);
    const stackMsAdded = pairedCpu((r) => r.stackCpuMsPerRequest);
    const cpu =
      gatewayMsAdded !== null && stackMsAdded !== null && on.stackCpuMsPerRequest !== null
        ? { gatewayMsAdded, stackMsAdded, stackCostPercent: Math.round((stackMsAdded / on.stackCpuMsPerRequest) * 100) }
        : null;
    const policyCost = { throughputLostPercent: Math.round((1 - pairedOnOff) * 100), pairedOnOff, onOff, onOffPerRound, cpu, goalPercent: 10 };
    console.table(summary.map(({ rounds: _r, ...row }) => row));
    console.log(`corridor (on) / plain: throughput ×${ratio.throughput}, p50 ×${ratio.p50}, p99 ×${ratio.p99}`);
    console.log(`corridor (off) / plain: throughput ×${ratioOff.throughput}, p50 ×${ratioOff.p50}, p99 ×${ratioOff.p99}`);
    // How much of the deployed gateway's entity work its cache answered (all workers, summed).
    const lookups = await fetch('http://127.0.0.1:4404/metrics').then((r) => r.text()).catch(() => '');
    const counted = (result: string) => Number(new RegExp(`^corridor_cache_lookups_total\\{result="${result}"\\} (\\d+)$`, 'm').exec(lookups)?.[1] ?? 0);
    const deployedCache = { hits: counted('hit'), misses: counted('miss') };
    console.log(`corridor (deployed) entity cache: ${deployedCache.hits} hits, ${deployedCache.misses} misses`);
    console.log(`corridor (deployed: policies, audit, cache, ${deployed.GATEWAY_WORKERS} workers) / plain: throughput ×${peers.deployedOverPlain.throughput} (goal ×${peers.goals.overPlain}); / hive: ×${peers.deployedOverHive.throughput} (goal ×${peers.goals.overHive}); hive / plain ×${peers.hiveOverPlain.throughput}`);
    console.log(`corridor (deployed, no sharing) / plain: throughput ×${peers.unsharedOverPlain.throughput}; / hive: ×${peers.unsharedOverHive.throughput}`);
    console.log(
      `policy + audit cost: ${policyCost.throughputLostPercent}% throughput (on / off: median of the paired rounds ×${pairedOnOff}, per round ${onOffPerRound.map((x) => `×${x}`).join(' ')}; ratio of the medians ×${onOff.throughput}, p50 ×${onOff.p50}, p99 ×${onOff.p99}); goal: under ${policyCost.goalPercent}%`,
    );
    if (cpu) console.log(`policy + audit CPU (median of the paired rounds): +${cpu.gatewayMsAdded} ms per request in the gateway, +${cpu.stackMsAdded} ms in the stack (${cpu.stackCostPercent}% of its CPU per request)`);
    // Name searches over all 117 jurisdictions on the stack as `npm start` runs it (a process per
    // subgraph), through Corridor without a cache and as deployed (its cache warm after the first),
    // each after a warm-up round of its own.
    const names = await nameSearches(
      [
        { name: 'corridor (on, no cache)', url: 'http://127.0.0.1:4400/graphql' },
        { name: 'corridor (deployed)', url: 'http://127.0.0.1:4404/graphql' },
      ],
      settings.BENCH_SECONDS * 2,
      headers,
    );
    console.table(names.map((r) => ({ name: r.name, gateway: r.gateway, hits: r.hits, 'in flight': 1, samples: r.requests, 'req/s': r.requestsPerSecond, p50Ms: r.p50Ms, p99Ms: r.p99Ms, errors: r.errors + r.non2xx, 'warm-up p50': r.firstSearches.p50Ms, 'warm-up p99': r.firstSearches.p99Ms })));
    const nameSearch = { rows: names, goalP99Ms: NAME_P99_GOAL_MS };
    for (const g of new Set(names.map((r) => r.gateway))) {
      console.log(`name search via ${g}, one in flight: worst p99 ${Math.max(...names.filter((r) => r.gateway === g).map((r) => r.p99Ms))} ms; goal under ${NAME_P99_GOAL_MS} ms`);
    }
    if (settings.BENCH_SCENARIOS === 'off') {
      writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), query: 'EXAMPLE_TRACE', settings, summary, ratio, ratioOff, peers, deployedCache, policyCost, nameSearch }, null, 2)}\n`);
      return;
    }
    // The sink the "on" gateway wrote to (same environment), measured alone on a scratch copy.
    const audit = await auditAppend(loadAuditConfig({ ...process.env }), 300, settings.BENCH_CONNECTIONS);
    console.log(
      `audit durable write (${audit.sink}), alone: p50 ${audit.p50Ms} ms, p99 ${audit.p99Ms} ms, ${audit.cpuMsPerAppend} ms CPU per append; ${audit.appendsPerSecond} appends/s with ${audit.concurrency} in flight`,
    );
    const scenarios = await federationScenarios(settings.BENCH_SECONDS, settings.BENCH_CONNECTIONS, headers);
    console.table(scenarios.map((s) => ({ scenario: s.scenario, jurisdictions: s.jurisdictionsTouched, 'native calls/query (warm)': s.nativeCallsPerQuery, 'native calls (cold)': s.coldNativeCalls, 'req/s': Math.round(s.requestsPerSecond), p50Ms: s.p50Ms, p99Ms: s.p99Ms, errors: s.errors + s.non2xx })));
    const cache = await cacheScenario(settings.BENCH_SECONDS, settings.BENCH_CONNECTIONS, headers);
    console.table([cache.oneInFlight, cache].flatMap((c) => (['cold', 'warm'] as const).map((k) => {
      const r = c[k];
      return { trace: `${k} (${k === 'cold' ? 'CACHE=off' : `cache in ${cache.store}`})`, 'in flight': c.connections, 'native calls/query': r.nativeCallsPerQuery, 'req/s': Math.round(r.requestsPerSecond), p50Ms: r.p50Ms, p99Ms: r.p99Ms, errors: r.errors + r.non2xx };
    })));
    for (const c of [cache.oneInFlight, cache]) {
      console.log(`entity cache, native latency ${cache.nativeLatencyMs} ms, ${c.connections} in flight: warm / cold throughput ×${c.ratio.throughput}, p50 ×${c.ratio.p50}, p99 ×${c.ratio.p99}; goal: at least ×${cache.goal}`);
    }
    const index = await indexScenarios({ rounds: settings.BENCH_ROUNDS, seconds: settings.BENCH_SECONDS, connections: settings.BENCH_CONNECTIONS, readySeconds: settings.BENCH_READY_SECONDS }, headers);
    printIndexScenarios(index);
    const results = { date: new Date().toISOString(), query: 'EXAMPLE_TRACE', settings, summary, ratio, ratioOff, peers, deployedCache, policyCost, nameSearch, idleCpu: { stackMsPerSecond: Math.round(idle.stackMsPerSecond) }, audit, scenarios, cache, index };
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
