// The embedded default (or a subset of its jurisdictions) in ONE process on free ports, for tests
// and benchmarks:
// real HTTP between every part, wired by the registry's conventions like `npm start`.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { composeSupergraph, registrySubgraphs } from '../../schema/compose/compose';
import { loadRegistry, parseRegistry, type Jurisdiction, type Registry } from '../../schema/registry/registry';
import { loadDevIssuer } from '../auth/dev-issuer';
import type { Role } from '../auth/requester';
import { startGateway, type RunningGateway } from '../gateway-server';
import type { Listening } from '../../subgraphs/kit/http/listen';
import { createLogger } from '../../subgraphs/kit/log';
import type { NativeAdapter } from '../../subgraphs/kit/subgraph/native-adapter';
import { startCountrySubgraph } from '../../subgraphs/kit/subgraph/country-subgraph';
import { adapterFactory, nativeSourceStarter } from '../../subgraphs/kit/wiring/adapters';
import { startIndex, type RunningIndex } from '../../subgraphs/index/index-subgraph';
import type { NativeServer } from '../../subgraphs/native/native-server';
import { startOperationsSubgraph } from '../../subgraphs/operations/operations-subgraph';
import { generateScenario } from '../../subgraphs/scenario/generate';
import { openTestStacks } from './open-test-stacks';

export const TEST_INDEX_KEY = 'test-index-key-that-is-long-enough-0123456789';

/** The registry restricted to some jurisdictions (the services stay). */
export function registryOf(codes: readonly string[]): Registry {
  const full = loadRegistry();
  return parseRegistry(codes.map((c) => full.byCode(c) ?? c), { index: full.index, operations: full.operations });
}
export interface Country {
  readonly jurisdiction: Jurisdiction;
  readonly native: NativeServer;
  subgraph: Listening;
  readonly adapter: NativeAdapter;
  readonly subgraphPort: number;
}

export interface TestStack {
  readonly gateway: RunningGateway;
  readonly index: RunningIndex;
  readonly countries: Record<string, Country>;
  readonly registry: Registry;
  readonly operations: Listening;
  readonly supergraphPath: string;
  /**
   * POST a GraphQL request to the gateway; returns status and parsed body. Sent as a PHL
   * investigator with a purpose unless `as` says otherwise (`as: null`: no token at all).
   */
  query(query: string, variables?: Record<string, unknown>, as?: Asker | null): Promise<{ status: number; body: GraphQLBody }>;
  /** Stop one jurisdiction's subgraph (as if its server went down). */
  stopSubgraph(code: string): Promise<void>;
  /** Start it again on the same port. */
  restartSubgraph(code: string): Promise<void>;
  /** Stop every part, once: later calls wait for the first. */
  close(): Promise<void>;
}

/** Who a test request is sent as. */
export interface Asker {
  country?: string;
  agency?: string;
  roles?: Role[];
  clearance?: number;
  /** The X-Purpose header; null sends none. @default 'PHL-2024-0001' */
  purpose?: string | null;
  /** A ready-made Authorization header value, instead of a development token. */
  authorization?: string;
}

/** A development token for a test requester, from the development issuer every test gateway trusts. */
export async function devToken(as: Asker = {}): Promise<string> {
  const issuer = await loadDevIssuer({ nodeEnv: 'test' });
  return issuer.sign({ sub: 'test-officer', country: as.country ?? 'PHL', agency: as.agency ?? 'PNP', roles: as.roles ?? ['INVESTIGATOR'], clearance: as.clearance ?? 2 });
}

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export interface StackOptions {
  /** Jurisdictions to start. @default ['PHL', 'THA'] */
  jurisdictions?: readonly string[];
  /** Per-subgraph time budget at the gateway; generous, because test files run side by side on two cores. @default 5000 */
  subgraphTimeoutMs?: number;
  nativeLatencyMs?: number;
  /**
   * Budget of each native call and index feed page. Every jurisdiction in one process shares two
   * cores, so a full-size stack needs more than a deployment would. @default 8000
   */
  nativeTimeoutMs?: number;
}

/** A stack on free ports; registered until closed, so that no test file leaves one running. */
export function startTestStack(options: StackOptions = {}): Promise<TestStack> {
  const open = openTestStacks();
  const starting: Promise<TestStack> = startParts(options, () => open.delete(starting));
  open.add(starting);
  starting.catch(() => open.delete(starting));
  return starting;
}

async function startParts(options: StackOptions, onClosed: () => void): Promise<TestStack> {
  const registry = registryOf(options.jurisdictions ?? ['PHL', 'THA']);
  const log = createLogger('test', process.env.LOG_LEVEL ?? 'silent');
  const scenario = generateScenario();
  const countries: Record<string, Country> = {};
  // What has started, closed in reverse if a later part fails to start.
  const started: (() => Promise<void>)[] = [];
  const closeStarted = async () => {
    for (const close of started.reverse()) await close().catch(() => {});
  };
  try {
    await Promise.all(
      registry.jurisdictions.map(async (j) => {
        const native = await nativeSourceStarter(j)({ scenario, jurisdiction: j, port: 0, latencyMs: options.nativeLatencyMs });
        started.push(() => native.close());
        // The adapter waits longer than the gateway, so a slow native source shows as the gateway's timeout.
        const adapter = adapterFactory(j)({ jurisdiction: j, baseUrl: native.origin, timeoutMs: options.nativeTimeoutMs ?? 8000 });
        const subgraph = await startCountrySubgraph({ adapter, port: 0, indexKey: TEST_INDEX_KEY, log });
        countries[j.code] = { jurisdiction: j, native, subgraph, adapter, subgraphPort: subgraph.port };
        // The current subgraph: a test may have stopped and restarted it.
        started.push(() => countries[j.code]!.subgraph.close());
      }),
    );
    const operations = await startOperationsSubgraph(0, undefined, undefined, registry.jurisdictions);
    started.push(() => operations.close());
    const urlOf = (c: Country) => `http://127.0.0.1:${c.subgraphPort}/graphql`;
    const index = await startIndex({
      jurisdictions: registry.jurisdictions,
      // Feed pages are background work: on a loaded two-core machine a short budget made the first
      // sync miss whole jurisdictions, and traces then came back empty.
      sources: Object.values(countries).map((c) => ({ code: c.jurisdiction.code, subgraphUrl: urlOf(c), timeoutMs: Math.max(options.nativeTimeoutMs ?? 0, 15_000) })),
      port: 0,
      indexKey: TEST_INDEX_KEY,
      syncIntervalMs: 60_000,
      log,
    });
    started.push(() => index.close());
    await index.synchroniser.syncAll();

    const env: Record<string, string> = { INDEX_URL: `${index.origin}/graphql`, OPERATIONS_URL: `${operations.origin}/graphql` };
    for (const c of Object.values(countries)) env[`SUBGRAPH_URL_${c.jurisdiction.code}`] = urlOf(c);
    const supergraphPath = join(mkdtempSync(join(tmpdir(), 'corridor-')), 'supergraph.graphql');
    writeFileSync(supergraphPath, composeSupergraph(registrySubgraphs(registry, env)));
    const gateway = await startGateway(
      {
        PORT: 0,
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        SUPERGRAPH_PATH: supergraphPath,
        MAX_BODY_BYTES: 100_000,
        SUBGRAPH_TIMEOUT_MS: options.subgraphTimeoutMs ?? 5000,
        // Each test stack keeps its own audit trail, so stacks running in parallel never share a chain.
        AUDIT_SINK: 'file',
        AUDIT_FILE: join(dirname(supergraphPath), 'audit.jsonl'),
        // The bench's cold-vs-warm cache scenario turns sharing off, to measure the cache alone.
        ...(process.env.SHARE_INFLIGHT === 'off' ? { SHARE_INFLIGHT: 'off' as const } : {}),
      },
      log,
    );
    started.push(() => gateway.close());

    // Once, however often it is asked: the harness may close a stack its test file closes too.
    let closing: Promise<void> | undefined;
    return {
      gateway,
      index,
      operations,
      registry,
      countries,
      supergraphPath,
      async query(query, variables, as = {}) {
        const headers: Record<string, string> = { 'content-type': 'application/json' };
        if (as) {
          headers.authorization = as.authorization ?? `Bearer ${await devToken(as)}`;
          const purpose = as.purpose === undefined ? 'PHL-2024-0001' : as.purpose;
          if (purpose) headers['x-purpose'] = purpose;
        }
        const res = await fetch(gateway.url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
        return { status: res.status, body: (await res.json()) as GraphQLBody };
      },
      async stopSubgraph(code) {
        await countries[code]!.subgraph.close();
      },
      async restartSubgraph(code) {
        const c = countries[code]!;
        c.subgraph = await startCountrySubgraph({ adapter: c.adapter, port: c.subgraphPort, indexKey: TEST_INDEX_KEY, log });
      },
      close: () => (closing ??= closeStarted().finally(onClosed)),
    };
  } catch (error) {
    await closeStarted();
    throw error;
  }
}
