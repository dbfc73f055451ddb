// The gateway and the index on a real three-node Redis Cluster (README: "Redis Cluster"): REDIS_URL
// lists the nodes, each component's key prefix carries a hash tag, and the cache, persisted
// queries, rate limits, the audit stream, record-change messages and the index's blind keys work
// as on one server.
import { createHash, randomUUID } from 'node:crypto';
import type { Cluster } from 'ioredis';
import { join } from 'node:path';
import { loadDevIssuer } from '../../gateway/auth/dev-issuer';
import { redisStreamSink } from '../../gateway/audit/redis-stream-sink';
import { verifySink } from '../../gateway/audit/verify-sink';
import { loadGatewayConfig } from '../../gateway/config/gateway-config';
import { startGateway, type RunningGateway } from '../../gateway/gateway-server';
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';
import { loadIndexConfig } from '../../subgraphs/index/config/index-config';
import { RedisKeyStore } from '../../subgraphs/index/store/redis-key-store';
import { createLogger } from '../../subgraphs/kit/log';
import { publishRecordChanges } from '../../subgraphs/kit/records-changed';
import { createRedisClient, type RedisClient } from '../../subgraphs/kit/redis/redis-client';
import { startRedisCluster, type RedisClusterForTest } from '../support/redis-cluster';

const run = randomUUID().slice(0, 8);
const settings = {
  CACHE: 'on' as const,
  CACHE_REDIS_PREFIX: `{corridor:test:cache:${run}}:`,
  CACHE_CHANNEL: `corridor:test:changed:${run}`,
  AUDIT_STREAM: `{corridor:test:audit:${run}}`,
  RATE_LIMIT_KEY_PREFIX: `corridor:test:rate:${run}:`,
  RATE_LIMIT_OFFICER_PER_MINUTE: 3,
};

let cluster: RedisClusterForTest;
let client: RedisClient;
let stack: TestStack;
let gateway: RunningGateway;

beforeAll(async () => {
  cluster = await startRedisCluster();
  client = createRedisClient(cluster.url, { maxRetriesPerRequest: 1 });
  stack = await startTestStack({ nativeLatencyMs: 5, nativeTimeoutMs: 20_000, subgraphTimeoutMs: 10_000 });
  gateway = await startGateway(
    { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 100_000, SUBGRAPH_TIMEOUT_MS: 10_000, AUDIT_SINK: 'file', AUDIT_FILE: join(stack.supergraphPath, '..', 'audit-cluster.jsonl'), REDIS_URL: cluster.url, ...settings },
    createLogger('gateway', 'silent'),
  );
}, 180_000);

afterAll(async () => {
  await gateway?.close(100).catch(() => {});
  await stack?.close().catch(() => {});
  client?.disconnect();
  await cluster?.stop();
});

async function tokenOf(sub: string): Promise<string> {
  const issuer = await loadDevIssuer({ nodeEnv: 'test' });
  return issuer.sign({ sub, country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2 });
}

async function post(body: unknown, token: string): Promise<{ status: number; body: GraphQLBody }> {
  const res = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'PHL-2024-0001' }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as GraphQLBody };
}

const nativeLookups = () => ['PHL', 'THA'].reduce((n, code) => n + stack.countries[code]!.native.requests.filter((r) => !/[?&]page=/.test(r.search)).length, 0);

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (await check()) return;
  throw new Error('condition not met in time');
}

describe('the gateway on a Redis Cluster', () => {
  it('is ready, with Redis among its checks', async () => {
    const res = await fetch(`${gateway.origin}/readyz`);
    expect(res.status).toBe(200);
  });

  it('serves a repeated trace from the cache, and a record-change message on the cluster drops it', async () => {
    const token = await tokenOf(`cache-${run}`);
    const first = await post({ query: EXAMPLE_TRACE }, token);
    expect(first.body.data?.trace.records.length).toBeGreaterThanOrEqual(2);
    const cached = nativeLookups();
    expect((await post({ query: EXAMPLE_TRACE }, token)).body).toEqual(first.body);
    expect(nativeLookups()).toBe(cached);
    await publishRecordChanges(client, ['PHL:PNP:2024-000123'], settings.CACHE_CHANNEL);
    await until(async () => {
      await post({ query: EXAMPLE_TRACE }, token);
      return nativeLookups() > cached;
    });
  });

  it('answers a registered persisted query by hash alone', async () => {
    const token = await tokenOf(`apq-${run}`);
    const query = `{ trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) { records { id } } } # ${run}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const registered = await post({ query, extensions: { persistedQuery } }, token);
    await until(async () => (await client.exists(`corridor:apq:${persistedQuery.sha256Hash}`)) === 1);
    expect((await post({ extensions: { persistedQuery } }, token)).body).toEqual(registered.body);
  });

  it('counts an officer’s rate limit on the cluster', async () => {
    const token = await tokenOf(`limited-${run}`);
    for (let i = 0; i < settings.RATE_LIMIT_OFFICER_PER_MINUTE; i++) expect((await post({ query: '{ __typename }' }, token)).status).toBe(200);
    const refused = await post({ query: '{ __typename }' }, token);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Counted in the cluster, not in the memory fallback.
    const nodes = (client as Cluster).nodes('master');
    expect((await Promise.all(nodes.map((n) => n.keys(`${settings.RATE_LIMIT_KEY_PREFIX}*`)))).flat().length).toBeGreaterThan(0);
    expect(await (await fetch(`${gateway.origin}/metrics`)).text()).toMatch(/^corridor_rate_limit_fallbacks_total 0$/m);
  });

  it('extends the audit stream on the cluster, and its chain verifies', async () => {
    const verdict = await verifySink(redisStreamSink({ redis: client, stream: settings.AUDIT_STREAM }));
    expect(verdict).toMatchObject({ ok: true });
    expect(await client.xlen(settings.AUDIT_STREAM)).toBeGreaterThanOrEqual(2);
  });
});

describe('the index on a Redis Cluster', () => {
  it('stores and finds blind keys under a hash-tagged prefix', async () => {
    const store = new RedisKeyStore({ redis: client, prefix: `{corridor:test:index:${run}}:` });
    await store.apply('PHL', [{ id: 'PHL:PNP:1', keys: ['k-one', 'k-two'] }, { id: 'PHL:PNP:2', keys: ['k-two'] }]);
    expect((await store.lookup(['k-two'])).sort()).toEqual(['PHL:PNP:1', 'PHL:PNP:2']);
    expect(await store.keysOfMany(['PHL:PNP:1', 'PHL:PNP:2'])).toEqual([['k-one', 'k-two'], ['k-two']]);
    await store.apply('PHL', [{ id: 'PHL:PNP:1', keys: null }]);
    expect(await store.lookup(['k-one', 'k-two'])).toEqual(['PHL:PNP:2']);
  });
});

describe('configuration for a Redis Cluster', () => {
  it('refuses key prefixes without a hash tag, naming them', () => {
    const url = 'redis://127.0.0.1:7001,redis://127.0.0.1:7002';
    expect(() => loadGatewayConfig({ REDIS_URL: url })).toThrow(/CACHE_REDIS_PREFIX="corridor:cache:" needs a hash tag on a Redis Cluster, e\.g\. "\{corridor:cache\}:"/);
    expect(() => loadGatewayConfig({ REDIS_URL: url, CACHE_REDIS_PREFIX: '{c}:' })).toThrow(/AUDIT_STREAM="corridor:audit" needs a hash tag/);
    expect(loadGatewayConfig({ REDIS_URL: url, CACHE_REDIS_PREFIX: '{c}:', AUDIT_STREAM: '{corridor:audit}' }).REDIS_URL).toBe(url);
    expect(() => loadIndexConfig({ REDIS_URL: url })).toThrow(/INDEX_REDIS_PREFIX="corridor:index:" needs a hash tag/);
    expect(() => loadGatewayConfig({ REDIS_URL: 'redis://127.0.0.1:7001,http://x' })).toThrow(/comma-separated list of the nodes of a Redis Cluster/);
  });
});
