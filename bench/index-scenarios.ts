// The cross-border index at two registry sizes, and name searches over the whole scenario.
//
// 1. SPEC §6: "cost grows with the number of hits, not the number of jurisdictions registered".
//    The same trace (the README's example: one passport, three records in PHL, THA and INTERPOL)
//    against two stacks side by side: one with the seven named jurisdictions and INTERPOL, one
//    with the whole registry (116 countries and INTERPOL). Both give the same records; what
//    differs is only how many jurisdictions are registered. Each is measured through its gateway
//    (`gateway/main.ts` in a process of its own, as deployed; policies and audit on, entity cache
//    off), whose own CPU shows apart from the backends', and straight at its index, so the index's
//    share and federation's share show apart, and each also with every registered jurisdiction listed
//    (`jurisdictions(all: true)`: one entry per registered jurisdiction, the opt-in list whose cost
//    grows with the registry), so that list's share shows too.
// 2. A name search over the whole scenario, Latin script with a birth year and Thai script without
//    one, through the gateway and straight at the index; p99 against the 100 ms goal, with one
//    request in flight (the latency one investigator sees: twenty name searches at once, each
//    touching many jurisdictions, would measure the queue on two cores instead).
//
// Each stack runs in its own process (bench/index-stack-host.ts, free ports) with its gateway in a
// child process, and the load generator in this one, so the CPU those two processes spend during
// a round is what they spent on that round's requests. Rounds alternate between the targets, each
// round starting with the next.
import { randomUUID } from 'node:crypto';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { EXAMPLE_PURPOSE, EXAMPLE_TRACE } from '../gateway/stack/example-trace';
import { devToken } from '../gateway/stack/in-process';
import { loadRegistry } from '../schema/registry/registry';
import { contextMasterKey } from '../subgraphs/kit/context/context-key';
import { CONTEXT_HEADER } from '../subgraphs/kit/context/requester-context';
import { createContextSigner } from '../subgraphs/kit/context/sign-context';
import { cpuSnapshot, cpuSpentMs, cpuTimeAvailable, type CpuSnapshot } from './cpu-time';
import { loadRound, median, medianOf, type LoadResult } from './load';
import { NAME_P99_GOAL_MS, NAMES, nameQuery } from './name-search';
import { startHost, stopHost, type Host } from './stack-host';

/**
 * Entity cache off and calls in flight not shared (policies and audit are on in a host): every
 * trace asks the owners itself (the rounds send twenty identical traces at once). The gateway in
 * a process of its own.
 */
const INDEX_HOST_ENV = { CACHE: 'off', SHARE_INFLIGHT: 'off', GATEWAY_PROCESS: 'on' };

/** The named adapters' jurisdictions (the seven countries and INTERPOL): the small registry. */
const SMALL = loadRegistry()
  .jurisdictions.filter((j) => j.adapter !== 'umf')
  .map((j) => j.code);

const EXAMPLE_IDENTIFIERS = '[{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]';
/** What the index itself answers: references and the per-jurisdiction statuses (the gateway asks the same, with one inline fragment per registered record type). */
const indexQuery = (identifiers: string, depth?: number, all = false) =>
  `{ trace(identifiers: ${identifiers}${depth === undefined ? '' : `, depth: ${depth}`}) { records { __typename id } jurisdictions${all ? '(all: true)' : ''} { code status hits } } }`;

const STATUSES = /\bjurisdictions \{ code status hits \}/;
/** The README's example listing every registered jurisdiction (`all: true`): what the opt-in full list costs. */
const EXAMPLE_LISTING_ALL = (() => {
  if (!STATUSES.test(EXAMPLE_TRACE)) throw new Error('index scenarios: EXAMPLE_TRACE no longer asks `jurisdictions { code status hits }`; update bench/index-scenarios.ts');
  return EXAMPLE_TRACE.replace(STATUSES, 'jurisdictions(all: true) { code status hits }');
})();
const TRACE_VARIANTS = [
  { scenario: 'example trace', via: 'gateway', query: EXAMPLE_TRACE },
  { scenario: 'example trace, all jurisdictions listed', via: 'gateway', query: EXAMPLE_LISTING_ALL },
  { scenario: 'example trace', via: 'index', query: indexQuery(EXAMPLE_IDENTIFIERS) },
  { scenario: 'example trace, all jurisdictions listed', via: 'index', query: indexQuery(EXAMPLE_IDENTIFIERS, undefined, true) },
] as const;

/** A signed requester context lives 60 s: rounds straight at the index are cut to fit. */
const MAX_INDEX_ROUND_SECONDS = 50;

interface Target {
  readonly label: string;
  readonly host: Host;
  readonly via: 'gateway' | 'index';
  readonly url: string;
  readonly query: string;
  readonly connections: number;
}

/** What one answer held: checked before measuring, so a wrong answer is never timed. */
interface Answer {
  readonly recordIds: string[];
  readonly jurisdictionsListed: number;
  readonly responseBytes: number;
}

export interface IndexRow extends LoadResult {
  scenario: string;
  via: 'gateway' | 'index';
  registered: number;
  connections: number;
  hits: number;
  jurisdictionsListed: number;
  responseBytes: number;
  /** CPU the stack's processes (backends and gateway) spent per request (idle rate taken off), median over the rounds. */
  cpuMsPerRequest: number | null;
  /** The gateway process's share of it (0 straight at the index). */
  gatewayCpuMsPerRequest: number | null;
  rounds: RoundResult[];
}

type RoundResult = LoadResult & { cpuMsPerRequest: number | null; gatewayCpuMsPerRequest: number | null };

interface Ratio {
  throughput: number;
  p50: number;
  p99: number;
  cpuPerRequest: number | null;
  gatewayCpuPerRequest: number | null;
}

export interface IndexScenariosResult {
  registered: { small: number; full: number };
  /** Machine load (1-minute average) when this part started and ended: two shared cores. */
  loadAverage: { start: number; end: number };
  trace: {
    query: 'EXAMPLE_TRACE';
    /** Same records from both registries: the comparison is of the same trace. */
    sameRecords: boolean;
    recordIds: string[];
    rows: IndexRow[];
    /** full / small for each scenario, through the gateway and straight at the index. */
    ratios: (Ratio & { scenario: string; via: 'gateway' | 'index' })[];
  };
  nameSearch: {
    rows: IndexRow[];
    goalP99Ms: number;
    /** Every name search through the gateway with one request in flight under the goal. */
    met: boolean;
  };
}

const sign = createContextSigner(contextMasterKey());
/** The index answers only calls with a requester context signed as the gateway signs it (for one query, 60 s). */
async function indexHeaders(query: string): Promise<Record<string, string>> {
  const token = sign({ sub: 'bench-officer', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2, purpose: EXAMPLE_PURPOSE, requestId: randomUUID() }, 'index', query);
  return { [CONTEXT_HEADER]: token };
}

async function headersFor(target: Target, gatewayHeaders: Record<string, string>): Promise<Record<string, string>> {
  return target.via === 'gateway' ? gatewayHeaders : indexHeaders(target.query);
}

/** One answer, checked: no error but an owner withholding fields under its release rules. */
async function answer(target: Target, gatewayHeaders: Record<string, string>): Promise<Answer> {
  const res = await fetch(target.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await headersFor(target, gatewayHeaders)) }, body: JSON.stringify({ query: target.query }) });
  const text = await res.text();
  const body = JSON.parse(text) as { data?: { trace?: { records: { id: string }[]; jurisdictions?: unknown[] } }; errors?: { extensions?: { rule?: unknown } }[] };
  const unexpected = (body.errors ?? []).filter((e) => !String(e.extensions?.rule ?? '').startsWith('originator:'));
  if (!res.ok || unexpected.length > 0 || !body.data?.trace) throw new Error(`index scenarios, ${target.label}: ${text.slice(0, 300)}`);
  return { recordIds: body.data.trace.records.map((r) => r.id).sort(), jurisdictionsListed: body.data.trace.jurisdictions?.length ?? 0, responseBytes: Buffer.byteLength(text) };
}

/** The host's processes: the stack's, and the gateway's when it runs apart. */
const pidsOf = (host: Host): number[] => [host.process.pid, host.gatewayPid].filter((p): p is number => p !== undefined);

/** CPU ms per second with no load: the host's processes together, and the gateway's alone. */
async function idleRates(host: Host, seconds = 5): Promise<{ stack: number; gateway: number }> {
  if (!cpuTimeAvailable) return { stack: 0, gateway: 0 };
  const before = cpuSnapshot(pidsOf(host));
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const after = cpuSnapshot(pidsOf(host));
  const gateway = host.gatewayPid === undefined ? [] : [host.gatewayPid];
  return { stack: cpuSpentMs(before, after) / seconds, gateway: cpuSpentMs(pick(before, gateway), pick(after, gateway)) / seconds };
}

const pick = (snapshot: CpuSnapshot, pids: readonly number[]): CpuSnapshot => new Map(pids.flatMap((p) => (snapshot.has(p) ? [[p, snapshot.get(p)!] as const] : [])));

/**
 * Wait until the host is quiet again. When a round ends, the requests still in flight (up to one
 * per connection: a name search that touches many jurisdictions costs the stack a good part of a second)
 * go on being served; without this they would land on the next round, whichever target it is.
 */
async function settle(host: Host, timeoutMs = 60_000): Promise<void> {
  const pids = pidsOf(host);
  if (pids.length === 0 || !cpuTimeAvailable) return new Promise((resolve) => setTimeout(resolve, 2000));
  const quiet = Math.max(3 * host.idleMsPerSecond, 50); // CPU ms per second
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const before = cpuSnapshot(pids);
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (cpuSpentMs(before, cpuSnapshot(pids)) / 0.3 < quiet) return;
  }
}

async function measuredRound(target: Target, seconds: number, gatewayHeaders: Record<string, string>): Promise<RoundResult> {
  const { host } = target;
  const pids = pidsOf(host);
  const gateway = host.gatewayPid === undefined ? [] : [host.gatewayPid];
  const roundSeconds = target.via === 'index' ? Math.min(seconds, MAX_INDEX_ROUND_SECONDS) : seconds;
  const headers = await headersFor(target, gatewayHeaders);
  const before = { cpu: cpuSnapshot(pids), at: performance.now() };
  const load = await loadRound(target.url, target.query, roundSeconds, target.connections, headers);
  const after = { cpu: cpuSnapshot(pids), at: performance.now() };
  const elapsed = (after.at - before.at) / 1000;
  const perRequest = (spent: number, idle: number) =>
    cpuTimeAvailable && pids.length > 0 && load.requests > 0 ? +(Math.max(0, spent - idle * elapsed) / load.requests).toFixed(2) : null;
  const cpuMsPerRequest = perRequest(cpuSpentMs(before.cpu, after.cpu), host.idleMsPerSecond);
  const gatewayCpuMsPerRequest = gateway.length > 0 ? perRequest(cpuSpentMs(pick(before.cpu, gateway), pick(after.cpu, gateway)), host.gatewayIdleMsPerSecond) : null;
  await settle(host);
  return { ...load, cpuMsPerRequest, gatewayCpuMsPerRequest };
}

/** Rounds over the targets, each round starting with the next one, so drift does not always land on the same target. */
async function rotate(targets: readonly Target[], rounds: number, seconds: number, gatewayHeaders: Record<string, string>) {
  const out = new Map<Target, RoundResult[]>(targets.map((t) => [t, []]));
  // Warm-up: plans, parsed documents, connection pools.
  for (const t of targets) {
    await loadRound(t.url, t.query, 1, t.connections, await headersFor(t, gatewayHeaders));
    await settle(t.host);
  }
  for (let round = 0; round < rounds; round++) {
    const start = round % targets.length;
    for (const t of [...targets.slice(start), ...targets.slice(0, start)]) out.get(t)!.push(await measuredRound(t, seconds, gatewayHeaders));
  }
  return out;
}

function row(scenario: string, target: Target, answerOf: Answer, rounds: RoundResult[]): IndexRow {
  return {
    scenario,
    via: target.via,
    registered: target.host.registered,
    connections: target.connections,
    hits: answerOf.recordIds.length,
    jurisdictionsListed: answerOf.jurisdictionsListed,
    responseBytes: answerOf.responseBytes,
    requestsPerSecond: +median(rounds.map((r) => r.requestsPerSecond)).toFixed(1),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p95Ms: median(rounds.map((r) => r.p95Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
    cpuMsPerRequest: medianOf(rounds.map((r) => r.cpuMsPerRequest)),
    gatewayCpuMsPerRequest: medianOf(rounds.map((r) => r.gatewayCpuMsPerRequest)),
    rounds,
  };
}

const ratioOrNull = (full: number | null, small: number | null) => (full !== null && small !== null && small > 0 ? +(full / small).toFixed(2) : null);
const ratioOf = (full: IndexRow, small: IndexRow): Ratio => ({
  throughput: +(full.requestsPerSecond / small.requestsPerSecond).toFixed(2),
  p50: +(full.p50Ms / small.p50Ms).toFixed(2),
  p99: +(full.p99Ms / small.p99Ms).toFixed(2),
  cpuPerRequest: ratioOrNull(full.cpuMsPerRequest, small.cpuMsPerRequest),
  gatewayCpuPerRequest: full.via === 'gateway' ? ratioOrNull(full.gatewayCpuMsPerRequest, small.gatewayCpuMsPerRequest) : null,
});

export interface IndexScenarioSettings {
  rounds: number;
  seconds: number;
  connections: number;
  /** How long a stack may take to come up (the whole registry: every feed read once). @default 600 */
  readySeconds?: number;
}

export async function indexScenarios(settings: IndexScenarioSettings, gatewayHeaders: Record<string, string>): Promise<IndexScenariosResult> {
  const loadStart = loadavg()[0]!;
  const readyMs = (settings.readySeconds ?? 600) * 1000;
  const started = await Promise.allSettled([startHost(SMALL, readyMs, INDEX_HOST_ENV), startHost('all', readyMs, INDEX_HOST_ENV)]);
  const hosts = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = started.find((s): s is PromiseRejectedResult => s.status === 'rejected');
    if (failed) throw failed.reason;
    const [small, full] = hosts as [Host, Host];
    for (const h of hosts) {
      await settle(h);
      const idle = await idleRates(h);
      h.idleMsPerSecond = idle.stack;
      h.gatewayIdleMsPerSecond = idle.gateway;
    }

    // 1. The same trace, two registry sizes, through the gateway and at the index; each also with
    //    every registered jurisdiction listed, to show what that opt-in list costs.
    const traceTargets: Target[] = [small, full].flatMap((host) =>
      TRACE_VARIANTS.map((v) => ({ label: `${v.scenario} ${v.via === 'gateway' ? 'via gateway' : 'at the index'}, ${host.registered} registered`, host, via: v.via, url: v.via === 'gateway' ? host.gateway : host.index, query: v.query, connections: settings.connections })),
    );
    const traceAnswers = new Map<Target, Answer>();
    for (const t of traceTargets) traceAnswers.set(t, await answer(t, gatewayHeaders));
    const ids = traceTargets.map((t) => traceAnswers.get(t)!.recordIds.join(' '));
    const sameRecords = ids.every((x) => x === ids[0]);
    const traceRounds = await rotate(traceTargets, settings.rounds, settings.seconds, gatewayHeaders);
    const traceRows = traceTargets.map((t, i) => row(TRACE_VARIANTS[i % TRACE_VARIANTS.length]!.scenario, t, traceAnswers.get(t)!, traceRounds.get(t)!));
    const ratios = TRACE_VARIANTS.map((v, i) => ({ scenario: v.scenario, via: v.via, ...ratioOf(traceRows[TRACE_VARIANTS.length + i]!, traceRows[i]!) }));

    // 2. Name searches over the whole scenario.
    const nameTargets: Target[] = NAMES.flatMap((n) => [
      { label: `${n.name} via gateway, 1 in flight`, host: full, via: 'gateway' as const, url: full.gateway, query: nameQuery(n.identifiers), connections: 1 },
      { label: `${n.name} at the index, 1 in flight`, host: full, via: 'index' as const, url: full.index, query: indexQuery(n.identifiers, 0), connections: 1 },
    ]);
    const nameAnswers = new Map<Target, Answer>();
    for (const t of nameTargets) nameAnswers.set(t, await answer(t, gatewayHeaders));
    const nameRounds = await rotate(nameTargets, settings.rounds, settings.seconds, gatewayHeaders);
    const nameRows = nameTargets.map((t, i) => row(NAMES[Math.floor(i / 2)]!.name, t, nameAnswers.get(t)!, nameRounds.get(t)!));
    const met = nameRows.filter((r) => r.via === 'gateway' && r.connections === 1).every((r) => r.p99Ms < NAME_P99_GOAL_MS);

    return {
      registered: { small: small.registered, full: full.registered },
      loadAverage: { start: +loadStart.toFixed(2), end: +loadavg()[0]!.toFixed(2) },
      trace: { query: 'EXAMPLE_TRACE', sameRecords, recordIds: traceAnswers.get(traceTargets[0]!)!.recordIds, rows: traceRows, ratios },
      nameSearch: { rows: nameRows, goalP99Ms: NAME_P99_GOAL_MS, met },
    };
  } finally {
    await Promise.all(hosts.map(stopHost));
  }
}

/** The console lines `npm run bench` prints for these scenarios. */
export function printIndexScenarios(r: IndexScenariosResult): void {
  const line = (x: IndexRow) => ({
    scenario: x.scenario,
    via: x.via,
    registered: x.registered,
    'in flight': x.connections,
    samples: x.requests,
    hits: x.hits,
    'statuses listed': x.jurisdictionsListed,
    'response bytes': x.responseBytes,
    'req/s': x.requestsPerSecond,
    p50Ms: x.p50Ms,
    p99Ms: x.p99Ms,
    'CPU ms/req': x.cpuMsPerRequest,
    'gateway CPU ms/req': x.via === 'gateway' ? x.gatewayCpuMsPerRequest : '',
    errors: x.errors + x.non2xx,
  });
  console.table(r.trace.rows.map(line));
  const cpu = (x: Ratio) =>
    (x.cpuPerRequest === null ? '' : `, CPU per request ×${x.cpuPerRequest}`) + (x.gatewayCpuPerRequest === null ? '' : ` (the gateway's own ×${x.gatewayCpuPerRequest})`);
  console.log(
    `same trace, ${r.registered.full} / ${r.registered.small} jurisdictions registered${r.trace.sameRecords ? '' : ' (NOT the same records: compare with care)'}; goal ×1 (cost grows with hits, not registrations):\n` +
      r.trace.ratios.map((x) => `  ${x.scenario} ${x.via === 'gateway' ? 'via gateway' : 'at the index'}: throughput ×${x.throughput}, p50 ×${x.p50}, p99 ×${x.p99}${cpu(x)}`).join('\n'),
  );
  console.table(r.nameSearch.rows.map(line));
  const worst = Math.max(...r.nameSearch.rows.filter((x) => x.via === 'gateway' && x.connections === 1).map((x) => x.p99Ms));
  console.log(`name search over all ${r.registered.full} jurisdictions via gateway, one in flight: worst p99 ${worst} ms; goal: under ${r.nameSearch.goalP99Ms} ms (${r.nameSearch.met ? 'met' : 'not met'}); load average ${r.loadAverage.start} → ${r.loadAverage.end} on 2 cores`);
}

// `npx tsx bench/index-scenarios.ts`: these scenarios alone (BENCH_ROUNDS, BENCH_SECONDS, BENCH_CONNECTIONS).
if (require.main === module) {
  void (async () => {
    const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
    const headers = { authorization: `Bearer ${await devToken()}`, 'x-purpose': EXAMPLE_PURPOSE };
    const result = await indexScenarios({ rounds: env('BENCH_ROUNDS', 3), seconds: env('BENCH_SECONDS', 5), connections: env('BENCH_CONNECTIONS', 20) }, headers);
    printIndexScenarios(result);
    if (process.env.BENCH_JSON) console.log(JSON.stringify(result, null, 2));
  })().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
