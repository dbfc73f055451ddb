// Retries and the breaker as the gateway's data source applies them, against a real HTTP server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLError } from 'graphql';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { JurisdictionDataSource } from '../../subgraph-fetch/jurisdiction-data-source';
import { useResilience, type ResilienceOptions } from '../useResilience';

let server: Server;
let url: string;
/** Status answered for each request, in turn; once spent, a GraphQL answer. */
let script: number[] = [];
let hits: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push(body);
      const status = script.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(status === 200 ? JSON.stringify({ data: { ok: true } }) : JSON.stringify({ errors: [{ message: 'down' }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  script = [];
  hits = [];
});

function metrics() {
  const registers = [new Registry()];
  return {
    subgraphSeconds: new Histogram({ name: 's', help: 'h', labelNames: ['subgraph'], registers }),
    subgraphErrors: new Counter({ name: 'e', help: 'h', labelNames: ['subgraph', 'code'], registers }),
    breakerState: new Gauge({ name: 'b', help: 'h', labelNames: ['subgraph'], registers }),
  };
}

function source(options: ResilienceOptions, target = url) {
  const m = metrics();
  const resilience = useResilience({ retryDelayMs: 1, ...options, metrics: m });
  return { m, ds: new JurisdictionDataSource({ name: 'tha', url: target, timeoutMs: 5000, sign: () => 'signed', metrics: m, resilience }) };
}

const call = (ds: JurisdictionDataSource, query: string) =>
  ds.process({ kind: 'incoming operation', request: { query }, context: {}, incomingRequestContext: {} } as unknown as Parameters<JurisdictionDataSource['process']>[0]);
const QUERY = 'query T__tha__1 { ok }';
const MUTATION = 'mutation M__tha__1 { ok }';

describe('JurisdictionDataSource retries', () => {
  it('sends a read again after HTTP 503 and answers', async () => {
    const { ds } = source({ retries: 1, breakerFailures: 0 });
    script = [503];
    await expect(call(ds, QUERY)).resolves.toMatchObject({ data: { ok: true } });
    expect(hits).toHaveLength(2);
  });

  it('never sends a mutation twice', async () => {
    const { ds } = source({ retries: 1, breakerFailures: 0 });
    script = [503];
    await expect(call(ds, MUTATION)).rejects.toMatchObject({ extensions: { code: 'JURISDICTION_UNAVAILABLE', jurisdiction: 'THA' } });
    expect(hits).toHaveLength(1);
  });

  it('does not retry a 4xx: the subgraph is up and refused this call', async () => {
    const { ds } = source({ retries: 1, breakerFailures: 0 });
    script = [400, 400];
    await expect(call(ds, QUERY)).rejects.toMatchObject({ extensions: { code: 'JURISDICTION_UNAVAILABLE' } });
    expect(hits).toHaveLength(1);
  });

  it('gives up after its bounded retries', async () => {
    const { ds, m } = source({ retries: 1, breakerFailures: 0 });
    script = [502, 502, 502];
    await expect(call(ds, QUERY)).rejects.toMatchObject({ message: 'THA is unavailable: it answered HTTP 502' });
    expect(hits).toHaveLength(2);
    expect((await m.subgraphErrors.get()).values[0]).toMatchObject({ labels: { code: 'JURISDICTION_UNAVAILABLE' }, value: 2 });
  });
});

describe('JurisdictionDataSource breaker', () => {
  it('answers JURISDICTION_UNAVAILABLE with breaker OPEN, without a network call, once open', async () => {
    const { ds, m } = source({ retries: 0, breakerFailures: 2, breakerCooldownMs: 150 });
    script = [500, 500];
    await expect(call(ds, QUERY)).rejects.toMatchObject({ extensions: { code: 'JURISDICTION_UNAVAILABLE' } });
    await expect(call(ds, QUERY)).rejects.toMatchObject({ extensions: { code: 'JURISDICTION_UNAVAILABLE' } });
    const open = (await call(ds, QUERY).catch((e: unknown) => e)) as GraphQLError;
    expect(open.extensions).toEqual({ code: 'JURISDICTION_UNAVAILABLE', jurisdiction: 'THA', breaker: 'OPEN' });
    expect(open.message).toMatch(/^THA is unavailable: its circuit breaker is open/);
    expect(hits).toHaveLength(2);
    expect((await m.breakerState.get()).values[0]!.value).toBe(2);
    await new Promise((r) => setTimeout(r, 200));
    await expect(call(ds, QUERY)).resolves.toMatchObject({ data: { ok: true } });
    expect((await m.breakerState.get()).values[0]!.value).toBe(0);
  });

  it('retries a read that could not connect at all, and counts it toward the breaker', async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const { ds, m } = source({ retries: 1, breakerFailures: 1, breakerCooldownMs: 60_000 }, `http://127.0.0.1:${port}/graphql`);
    await expect(call(ds, QUERY)).rejects.toMatchObject({ message: 'THA is unavailable: it could not be reached or answered something that is not GraphQL' });
    expect((await m.subgraphSeconds.get()).values.find((v) => v.metricName === 's_count')?.value).toBe(2);
    await expect(call(ds, QUERY)).rejects.toMatchObject({ extensions: { breaker: 'OPEN' } });
  });
});
