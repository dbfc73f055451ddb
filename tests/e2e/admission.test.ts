// What the gateway lets in, through real HTTP: limits, body size, batches, automatic persisted
// queries (shared through Redis), trusted documents. Every refusal comes before any subgraph call:
// a recording proxy sits in front of every subgraph (the index, the operations subgraph, each
// country) and must not see a request.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { sha256Hex } from '../../gateway/admission/trusted-documents';
import { startGateway, type RunningGateway } from '../../gateway/gateway-server';
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { devToken, startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';
import { composeSupergraph, registrySubgraphs } from '../../schema/compose/compose';
import { createLogger } from '../../subgraphs/kit/log';
import { startRecordingProxy, type RecordingProxy } from '../support/recording-proxy';

type GatewayOptions = Parameters<typeof startGateway>[0];

let stack: TestStack;
let proxies: RecordingProxy[] = [];
let dir: string;
let supergraph: string;
const gateways: RunningGateway[] = [];
const log = createLogger('test', 'silent');

beforeAll(async () => {
  stack = await startTestStack();
  dir = mkdtempSync(join(tmpdir(), 'corridor-admission-'));
  const proxied = async (origin: string) => {
    const proxy = await startRecordingProxy(origin);
    proxies.push(proxy);
    return `${proxy.origin}/graphql`;
  };
  const env: Record<string, string> = { INDEX_URL: await proxied(stack.index.origin), OPERATIONS_URL: await proxied(stack.operations.origin) };
  for (const c of Object.values(stack.countries)) env[`SUBGRAPH_URL_${c.jurisdiction.code}`] = await proxied(c.subgraph.origin);
  supergraph = join(dir, 'supergraph.graphql');
  writeFileSync(supergraph, composeSupergraph(registrySubgraphs(stack.registry, env)));
});

afterAll(async () => {
  for (const g of gateways) await g.close();
  for (const p of proxies) await p.close();
  await stack?.close();
});

/** Requests the subgraphs have received through the gateways of this file. */
const subgraphCalls = () => proxies.reduce((n, p) => n + p.bodies.length, 0);

/** A gateway over the proxied subgraphs, with these options. */
async function gatewayWith(options: Partial<GatewayOptions>): Promise<RunningGateway> {
  const gateway = await startGateway(
    {
      PORT: 0,
      HOST: '127.0.0.1',
      NODE_ENV: 'test',
      SUPERGRAPH_PATH: supergraph,
      MAX_BODY_BYTES: 100_000,
      AUDIT_SINK: 'file',
      AUDIT_FILE: join(dir, `audit-${randomUUID()}.jsonl`),
      ...options,
    },
    log,
  );
  gateways.push(gateway);
  return gateway;
}

const headers = async () => ({ authorization: `Bearer ${await devToken()}`, 'x-purpose': 'PHL-2024-0001' });

async function post(url: string, body: unknown): Promise<{ status: number; body: GraphQLBody & GraphQLBody[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await headers()) }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as GraphQLBody & GraphQLBody[] };
}

async function getByHash(url: string, query: string): Promise<{ status: number; body: GraphQLBody }> {
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } });
  // apollo-require-preflight: Apollo Server's CSRF prevention wants it on a GET, as the README's curl lines send it.
  const res = await fetch(`${url}?extensions=${encodeURIComponent(extensions)}`, { headers: { 'apollo-require-preflight': 'true', ...(await headers()) } });
  return { status: res.status, body: (await res.json()) as GraphQLBody };
}

const byHash = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } } });
const codeOf = (body: GraphQLBody) => body.errors?.[0]?.extensions?.code;
const recordsOf = (body: GraphQLBody) => (body.data?.trace?.records ?? []) as { id: string; jurisdiction: string }[];

const T = 'trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }])';

describe('limits', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    gateway = await gatewayWith({ MAX_QUERY_DEPTH: 4, MAX_ALIASES: 2, MAX_ROOT_FIELDS: 2, MAX_TOKENS: 40, MAX_QUERY_COST: 112, QUERY_COST_LIST_FACTOR: 10, MAX_BATCH_SIZE: 2 });
  });

  it.each([
    // [limit, at the limit, one over, maximum, actual]
    ['depth', `{ ${T} { records { events { type } } } }`, `{ ${T} { records { events { when { iso } } } } }`, 4, 5],
    ['aliases', `{ ${T} { a: records { id } b: records { id } } }`, `{ ${T} { a: records { id } b: records { id } c: records { id } } }`, 2, 3],
    ['rootFields', `{ ${T} { records { id } } operation(code: "LIBERTERRA-II") { code } }`, `{ __typename ${T} { records { id } } operation(code: "LIBERTERRA-II") { code } }`, 2, 3],
    // trace 1 + records (1 + 10 × events (1 + 10 × type 1)) = 112; with the records' id, 122.
    ['cost', `{ ${T} { records { events { type } } } }`, `{ ${T} { records { id events { type } } } }`, 112, 122],
  ])('%s: answers at the limit; one over is QUERY_TOO_COMPLEX naming it, and no subgraph is called', async (limit, at, over, maximum, actual) => {
    const before = subgraphCalls();
    const accepted = await post(gateway.url, { query: at });
    expect(accepted.status).toBe(200);
    expect(accepted.body.errors ?? []).toEqual([]);
    expect(accepted.body.data?.trace).toBeTruthy();
    expect(subgraphCalls()).toBeGreaterThan(before);

    const calls = subgraphCalls();
    const native = stack.countries.PHL!.native.requests.length;
    const refused = await post(gateway.url, { query: over });
    expect(refused.status).toBe(400);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors).toEqual([{ message: expect.stringContaining('The operation is too complex'), extensions: { code: 'QUERY_TOO_COMPLEX', limit, maximum, actual } }]);
    expect(subgraphCalls()).toBe(calls);
    expect(stack.countries.PHL!.native.requests.length).toBe(native);
  });

  it('tokens: answers at the limit; one more token is QUERY_TOO_COMPLEX, and no subgraph is called', async () => {
    // `{ trace(…) { records { id } } }` is 26 tokens (the trace's arguments 18); each repeated `id` on the trace one more.
    const withIds = (n: number) => `{ ${T} { records { id }${' id'.repeat(n)} } }`;
    const accepted = await post(gateway.url, { query: withIds(14) });
    expect(accepted.body.errors ?? []).toEqual([]);
    expect(recordsOf(accepted.body).length).toBeGreaterThanOrEqual(2);

    const calls = subgraphCalls();
    const refused = await post(gateway.url, { query: withIds(15) });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { message: 'The operation is too complex: the document has more than 40 tokens (MAX_TOKENS).', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'tokens', maximum: 40 } },
    ]);
    expect(subgraphCalls()).toBe(calls);
  });

  it('batches: answers a batch of MAX_BATCH_SIZE operations; a larger one is refused before any of them runs', async () => {
    const one = { query: `{ ${T} { records { id } } }` };
    const answered = await post(gateway.url, [one, one]);
    expect(answered.status).toBe(200);
    expect(answered.body).toHaveLength(2);
    for (const answer of answered.body) expect(recordsOf(answer).length).toBeGreaterThanOrEqual(2);

    const calls = subgraphCalls();
    const refused = await post(gateway.url, [one, one, one]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([
      { message: 'A batched request holds at most 2 operations (MAX_BATCH_SIZE); this one holds 3.', extensions: { code: 'BAD_USER_INPUT', limit: 'batchSize', maximum: 2, actual: 3 } },
    ]);
    expect(subgraphCalls()).toBe(calls);
  });

  it('the default limits let the README example through', async () => {
    const { body } = await stack.query(EXAMPLE_TRACE);
    expect(body.errors ?? []).toEqual([]);
    expect(new Set(recordsOf(body).map((r) => r.jurisdiction))).toEqual(new Set(['PHL', 'THA']));
  });
});

describe('requests', () => {
  it('a body over MAX_BODY_BYTES is HTTP 413 with a code, before anything else', async () => {
    const native = stack.countries.PHL!.native.requests.length;
    const query = `{ ${T} { records { id } } }`;
    const res = await fetch(stack.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(await headers()) }, body: JSON.stringify({ query: query + ' '.repeat(100_000) }) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ errors: [{ message: 'request body over 100000 bytes', extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(stack.countries.PHL!.native.requests.length).toBe(native);
  });

  it('batches are refused by default (MAX_BATCH_SIZE=1), with a clear error', async () => {
    const native = stack.countries.PHL!.native.requests.length;
    const one = { query: `{ ${T} { records { id } } }` };
    const { status, body } = await post(stack.gateway.url, [one, one]);
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { message: 'Batched requests are not accepted (MAX_BATCH_SIZE=1): send one operation per request.', extensions: { code: 'BAD_USER_INPUT', limit: 'batchSize', maximum: 1, actual: 2 } },
    ]);
    expect(stack.countries.PHL!.native.requests.length).toBe(native);
  });
});

describe('automatic persisted queries', () => {
  it('an unknown hash is PERSISTED_QUERY_NOT_FOUND, by POST and by GET', async () => {
    const unknown = `{ ${T} { records { id } } } # ${randomUUID()}`;
    const posted = await post(stack.gateway.url, byHash(unknown));
    // HTTP 200, as Apollo Server sends it: Apollo Client turns persisted queries off for good on a 400.
    expect(posted.status).toBe(200);
    expect(posted.body.errors).toEqual([{ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } }]);
    expect(codeOf((await getByHash(stack.gateway.url, unknown)).body)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('a query sent once with its hash is then answered by hash alone, by POST and by GET', async () => {
    const query = `{ ${T} { records { id jurisdiction } } } # ${randomUUID()}`;
    const registered = await post(stack.gateway.url, { query, ...byHash(query) });
    expect(recordsOf(registered.body).length).toBeGreaterThanOrEqual(2);
    const posted = await post(stack.gateway.url, byHash(query));
    expect(posted.body).toEqual(registered.body);
    const got = await getByHash(stack.gateway.url, query);
    expect(got.status).toBe(200);
    expect(got.body).toEqual(registered.body);
  });

  it('two gateways on the same Redis share what a client registered through one of them', async () => {
    const redisUrl = process.env.REDIS_URL!;
    const [a, b] = [await gatewayWith({ REDIS_URL: redisUrl, PERSISTED_QUERY_TTL_MS: 60_000 }), await gatewayWith({ REDIS_URL: redisUrl, PERSISTED_QUERY_TTL_MS: 60_000 })];
    const query = `{ ${T} { records { id jurisdiction } } } # ${randomUUID()}`;
    const redis = new Redis(redisUrl);
    try {
      expect(codeOf((await post(b!.url, byHash(query))).body)).toBe('PERSISTED_QUERY_NOT_FOUND');
      const registered = await post(a!.url, { query, ...byHash(query) });
      expect(recordsOf(registered.body).length).toBeGreaterThanOrEqual(2);
      // Apollo Server writes the registration without waiting for it.
      const key = `corridor:apq:${sha256Hex(query)}`;
      for (let i = 0; i < 50 && !(await redis.exists(key)); i++) await new Promise((r) => setTimeout(r, 20));
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60);
      expect((await post(b!.url, byHash(query))).body).toEqual(registered.body);
      await redis.del(key);
    } finally {
      await redis.quit();
    }
  });
});

describe('trusted documents', () => {
  let gateway: RunningGateway;
  beforeAll(async () => {
    const file = join(dir, 'trusted.json');
    writeFileSync(file, JSON.stringify({ format: 'apollo-persisted-query-manifest', version: 1, operations: [{ id: sha256Hex(EXAMPLE_TRACE), name: 'ExampleTrace', type: 'query', body: EXAMPLE_TRACE }] }));
    gateway = await gatewayWith({ TRUSTED_DOCUMENTS: 'require', TRUSTED_DOCUMENTS_FILE: file });
  });

  it('runs a listed document by its hash alone, by POST and by GET, and by its text', async () => {
    const posted = await post(gateway.url, byHash(EXAMPLE_TRACE));
    expect(posted.body.errors ?? []).toEqual([]);
    expect(new Set(recordsOf(posted.body).map((r) => r.jurisdiction))).toEqual(new Set(['PHL', 'THA']));
    expect((await getByHash(gateway.url, EXAMPLE_TRACE)).body).toEqual(posted.body);
    expect((await post(gateway.url, { query: EXAMPLE_TRACE })).body).toEqual(posted.body);
  });

  it('refuses any other operation with OPERATION_NOT_TRUSTED, before any subgraph is called', async () => {
    const calls = subgraphCalls();
    const unlisted = EXAMPLE_TRACE.replace('jurisdiction\n', '');
    for (const request of [{ query: unlisted }, { query: unlisted, ...byHash(unlisted) }, { query: '{ operation(code: "LIBERTERRA-II") { code } }' }]) {
      const { status, body } = await post(gateway.url, request);
      expect(status).toBe(400);
      expect(body.errors).toEqual([{ message: expect.stringContaining('runs only its trusted documents'), extensions: { code: 'OPERATION_NOT_TRUSTED' } }]);
    }
    expect(codeOf((await post(gateway.url, byHash(unlisted))).body)).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(subgraphCalls()).toBe(calls);
  });
});

describe('configuration', () => {
  it.each([
    ['a missing trusted documents file', () => ({ TRUSTED_DOCUMENTS: 'require' as const, TRUSTED_DOCUMENTS_FILE: join(dir, 'missing.json') }), /TRUSTED_DOCUMENTS_FILE=".*missing.json": cannot be read \(ENOENT\)/],
    ['a malformed one', () => {
      const file = join(dir, 'malformed.json');
      writeFileSync(file, JSON.stringify({ [sha256Hex('{ a }')]: '{ b }' }));
      return { TRUSTED_DOCUMENTS: 'require' as const, TRUSTED_DOCUMENTS_FILE: file };
    }, /is not the sha256 of its document/],
    ['required trusted documents without a file', () => ({ TRUSTED_DOCUMENTS: 'require' as const }), /TRUSTED_DOCUMENTS="require": needs TRUSTED_DOCUMENTS_FILE/],
    ['a limit that is not a positive integer', () => ({ MAX_QUERY_DEPTH: 0 }), /MAX_QUERY_DEPTH=0: /],
  ])('%s stops the start, naming the option and the value', async (_what, options, message) => {
    await expect(gatewayWith(options())).rejects.toThrow(message);
  });
});
