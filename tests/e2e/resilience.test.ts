// Retries and circuit breakers through real HTTP: a proxy in front of the THA subgraph and of the
// index counts every request the gateway sends them, and can make them answer HTTP 503.
import { randomUUID } from 'node:crypto';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGateway, type RunningGateway } from '../../gateway/gateway-server';
import { devToken, startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';
import { composeSupergraph, registrySubgraphs } from '../../schema/compose/compose';
import { createLogger } from '../../subgraphs/kit/log';

interface FaultyProxy {
  readonly origin: string;
  readonly bodies: string[];
  /** While true every request is answered HTTP 503 (still counted), not forwarded. */
  failing: boolean;
  close(): Promise<void>;
}

async function startFaultyProxy(target: string): Promise<FaultyProxy> {
  const upstream = new URL(target);
  const proxy: FaultyProxy = { origin: '', bodies: [], failing: false, close: async () => {} };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      proxy.bodies.push(body.toString('utf8'));
      if (proxy.failing) {
        res.writeHead(503, { 'content-type': 'text/plain' }).end('down for maintenance');
        return;
      }
      const forward = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      forward.on('error', () => res.writeHead(502).end());
      forward.end(body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return Object.assign(proxy, {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}

const log = createLogger('test', 'silent');
let stack: TestStack;
let tha: FaultyProxy;
let index: FaultyProxy;
let dir: string;
let supergraph: string;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  // A generous native budget: the index must hold both countries' records before any test runs.
  stack = await startTestStack({ nativeTimeoutMs: 10_000 });
  dir = mkdtempSync(join(tmpdir(), 'corridor-resilience-'));
  tha = await startFaultyProxy(stack.countries.THA!.subgraph.origin);
  index = await startFaultyProxy(stack.index.origin);
  const env: Record<string, string> = { INDEX_URL: `${index.origin}/graphql`, OPERATIONS_URL: `${stack.operations.origin}/graphql`, SUBGRAPH_URL_THA: `${tha.origin}/graphql` };
  env.SUBGRAPH_URL_PHL = `${stack.countries.PHL!.subgraph.origin}/graphql`;
  supergraph = join(dir, 'supergraph.graphql');
  writeFileSync(supergraph, composeSupergraph(registrySubgraphs(stack.registry, env)));
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  await tha?.close();
  await index?.close();
  await stack?.close();
});

afterEach(() => {
  tha.failing = false;
  index.failing = false;
});

type GatewayOptions = Parameters<typeof startGateway>[0];
async function gatewayWith(options: Partial<GatewayOptions>): Promise<RunningGateway> {
  const gateway = await startGateway(
    { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: supergraph, MAX_BODY_BYTES: 100_000, SUBGRAPH_TIMEOUT_MS: 5000, AUDIT_SINK: 'file', AUDIT_FILE: join(dir, `audit-${randomUUID()}.jsonl`), ...options },
    log,
  );
  gateways.push(gateway);
  return gateway;
}

async function ask(gateway: RunningGateway, query: string, variables?: Record<string, unknown>): Promise<GraphQLBody> {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await devToken()}`, 'x-purpose': 'PHL-2024-0001' },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GraphQLBody;
}

const TRACE = '{ trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) { records { id jurisdiction } jurisdictions { code status detail } } }';
const DECIDE = 'mutation Decide($a: ID!, $b: ID!, $reason: String!) { confirmLink(a: $a, b: $b, reason: $reason) { colour } }';
const thaStatus = (body: GraphQLBody) => (body.data?.trace.jurisdictions as { code: string; status: string; detail: string | null }[]).find((j) => j.code === 'THA');
/** Jurisdictions of the records answered; a failed jurisdiction's records come back null. */
const jurisdictionsOf = (body: GraphQLBody) => (body.data?.trace.records as ({ jurisdiction: string } | null)[]).flatMap((r) => (r ? [r.jurisdiction] : [])).sort();
const breakerGauge = async (gateway: RunningGateway) => {
  const text = await (await fetch(`${gateway.origin}/metrics`)).text();
  return Number(/corridor_circuit_breaker_state\{subgraph="tha"\} (\d+)/.exec(text)?.[1]);
};

describe('retries', () => {
  it('sends a failed read once more, and the answer still names the failed jurisdiction', async () => {
    const gateway = await gatewayWith({ SUBGRAPH_RETRIES: 1, BREAKER_FAILURES: 0 });
    tha.failing = true;
    const before = tha.bodies.length;
    const body = await ask(gateway, TRACE);
    expect(tha.bodies.length - before).toBe(2);
    expect(jurisdictionsOf(body)).toEqual(['PHL']);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'JURISDICTION_UNAVAILABLE', jurisdiction: 'THA' });
    expect(thaStatus(body)?.status).toBe('FAILED');
  });

  it('never sends a mutation twice', async () => {
    const gateway = await gatewayWith({ SUBGRAPH_RETRIES: 1, BREAKER_FAILURES: 0 });
    index.failing = true;
    const before = index.bodies.length;
    const body = await ask(gateway, DECIDE, { a: 'PHL:PNP:2024-000123', b: 'THA:TIB:2567-TIB-004512', reason: 'resilience test' });
    expect(body.errors?.[0]?.extensions?.code).toBe('JURISDICTION_UNAVAILABLE');
    const sent = index.bodies.slice(before);
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]!).query).toMatch(/^mutation/);
  });
});

describe('circuit breaker', () => {
  it('opens after N failed calls, fails fast without calling, shows in the trace and the metrics, and closes after the cool-down', async () => {
    const gateway = await gatewayWith({ SUBGRAPH_RETRIES: 0, BREAKER_FAILURES: 2, BREAKER_COOLDOWN_MS: 1500 });
    expect(await breakerGauge(gateway)).toBe(0);
    tha.failing = true;
    await ask(gateway, TRACE);
    await ask(gateway, TRACE);
    expect(await breakerGauge(gateway)).toBe(2);

    // Open: THA is back, but not called until the cool-down has passed.
    tha.failing = false;
    const before = tha.bodies.length;
    const body = await ask(gateway, TRACE);
    expect(tha.bodies.length).toBe(before);
    expect(jurisdictionsOf(body)).toEqual(['PHL']);
    const error = body.errors?.find((e) => e.extensions?.jurisdiction === 'THA');
    expect(error?.extensions).toMatchObject({ code: 'JURISDICTION_UNAVAILABLE', breaker: 'OPEN' });
    expect(error?.message).toMatch(/circuit breaker is open/);
    expect(thaStatus(body)).toEqual({ code: 'THA', status: 'FAILED', detail: expect.stringMatching(/circuit breaker is open/) });
    expect(await (await fetch(`${gateway.origin}/metrics`)).text()).toMatch(/corridor_subgraph_errors_total\{subgraph="tha",code="JURISDICTION_UNAVAILABLE"\} 3/);

    await new Promise((r) => setTimeout(r, 1600));
    const recovered = await ask(gateway, TRACE);
    expect(recovered.errors).toBeUndefined();
    expect(jurisdictionsOf(recovered)).toEqual(['PHL', 'THA']);
    expect(await breakerGauge(gateway)).toBe(0);
  });
});
