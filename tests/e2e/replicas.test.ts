// Horizontal scale: two gateway replicas behind a load balancer share the entity cache, the rate
// limits, the persisted queries and one audit chain through Redis and PostgreSQL. Replica A runs in
// this process; replica B is a real `gateway/main.ts` process with GATEWAY_WORKERS=2, so it is
// itself a cluster of two workers on one port. The balancer alternates strictly, so each test
// knows which replica answered.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Pool } from 'pg';
import { loadDevIssuer } from '../../gateway/auth/dev-issuer';
import { postgresSink } from '../../gateway/audit/postgres-sink';
import { verifySink } from '../../gateway/audit/verify-sink';
import { startGateway, type RunningGateway } from '../../gateway/gateway-server';
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';
import { createLogger } from '../../subgraphs/kit/log';
import { startRoundRobinBalancer, type Balancer } from '../support/round-robin-balancer';
import { freePort } from '../support/free-port';

const ROOT = join(__dirname, '..', '..');
const REDIS_URL = process.env.REDIS_URL!;
const DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const run = randomUUID().replace(/-/g, '').slice(0, 12);
const prefix = `corridor:test:replicas:${run}:`;
const auditSchema = `test_replicas_${run}`;
const OFFICER_PER_MINUTE = 8;

/** What both replicas are configured with: one Redis, one audit chain, one cache, one budget. */
const shared = {
  REDIS_URL,
  CACHE: 'on',
  CACHE_REDIS_PREFIX: `${prefix}cache:`,
  CACHE_CHANNEL: `${prefix}changed`,
  RATE_LIMIT_KEY_PREFIX: `${prefix}rate:`,
  RATE_LIMIT_OFFICER_PER_MINUTE: String(OFFICER_PER_MINUTE),
  DATABASE_URL,
  AUDIT_SINK: 'postgres',
  AUDIT_SCHEMA: auditSchema,
  AUDIT_STREAM: `${prefix}audit`,
} as const;

let stack: TestStack;
let replicaA: RunningGateway;
let replicaB: ChildProcess;
let replicaBOrigin: string;
let balancer: Balancer;
const replicaBLines: Record<string, unknown>[] = [];

async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (await Promise.resolve().then(check).catch(() => false)) return;
  throw new Error(`${what}: not within ${ms} ms`);
}

async function tokenOf(sub: string): Promise<string> {
  const issuer = await loadDevIssuer({ nodeEnv: 'test' });
  return issuer.sign({ sub, country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2 });
}

async function post(url: string, body: unknown, token: string, headers: Record<string, string> = {}): Promise<{ status: number; body: GraphQLBody }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'PHL-2024-0001', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as GraphQLBody };
}

/** Record lookups at the native sources; the index's feed reads (`page=`) run on their own schedule. */
const nativeLookups = () => ['PHL', 'THA'].reduce((n, code) => n + stack.countries[code]!.native.requests.filter((r) => !/[?&]page=/.test(r.search)).length, 0);

beforeAll(async () => {
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  await redis.ping().finally(() => redis.quit());
  stack = await startTestStack({ nativeLatencyMs: 5, nativeTimeoutMs: 20_000, subgraphTimeoutMs: 10_000 });
  replicaA = await startGateway(
    { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 100_000, SUBGRAPH_TIMEOUT_MS: 10_000, ...shared, RATE_LIMIT_OFFICER_PER_MINUTE: OFFICER_PER_MINUTE },
    createLogger('gateway', 'silent'),
  );
  const port = await freePort();
  replicaBOrigin = `http://127.0.0.1:${port}`;
  replicaB = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'gateway', 'main.ts')], {
    env: { ...process.env, ...shared, NODE_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', SUPERGRAPH_PATH: stack.supergraphPath, SUBGRAPH_TIMEOUT_MS: '10000', GATEWAY_WORKERS: '2', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let partial = '';
  replicaB.stdout!.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop()!;
    for (const line of lines.filter(Boolean)) replicaBLines.push(JSON.parse(line));
  });
  await until(async () => (await fetch(`${replicaBOrigin}/readyz`)).ok && replicaBLines.some((l) => l.msg === 'gateway ready'), 150_000, 'replica B (two workers) ready');
  balancer = await startRoundRobinBalancer([replicaA.origin, replicaBOrigin]);
}, 240_000);

afterAll(async () => {
  await balancer?.close();
  if (replicaB && replicaB.exitCode === null) replicaB.kill('SIGKILL');
  await replicaA?.close(100).catch(() => {});
  await stack?.close().catch(() => {});
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
  await redis.quit();
  const pool = new Pool({ connectionString: DATABASE_URL });
  await pool.query(`DROP SCHEMA IF EXISTS ${auditSchema} CASCADE`).finally(() => pool.end());
});

describe('two replicas behind a load balancer', () => {
  it('a trace one replica fetched is answered by the other from the shared cache, without native calls', async () => {
    const token = await tokenOf(`cache-officer-${run}`);
    const before = nativeLookups();
    const first = await post(balancer.url, { query: EXAMPLE_TRACE }, token);
    const afterFirst = nativeLookups();
    const second = await post(balancer.url, { query: EXAMPLE_TRACE }, token);
    const [a, b] = balancer.answeredBy.slice(-2);
    expect(a).not.toBe(b);
    expect(first.status).toBe(200);
    expect(first.body.data?.trace.records.map((r: { jurisdiction: string }) => r.jurisdiction)).toEqual(expect.arrayContaining(['PHL', 'THA']));
    expect(afterFirst).toBeGreaterThan(before);
    expect(second.body).toEqual(first.body);
    expect(nativeLookups()).toBe(afterFirst);
  });

  it('a query registered (APQ) through one replica is answered by hash alone through the other', async () => {
    const token = await tokenOf(`apq-officer-${run}`);
    const query = `{ trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) { records { id jurisdiction } } } # ${run}`;
    const persistedQuery = { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') };
    const registered = await post(balancer.url, { query, extensions: { persistedQuery } }, token);
    expect(registered.body.data?.trace.records.length).toBeGreaterThanOrEqual(2);
    // Apollo Server stores the registration without waiting for it.
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await until(async () => (await redis.exists(`corridor:apq:${persistedQuery.sha256Hash}`)) === 1, 5000, 'the registration in Redis').finally(() => redis.quit());
    const byHash = await post(balancer.url, { extensions: { persistedQuery } }, token);
    const [a, b] = balancer.answeredBy.slice(-2);
    expect(a).not.toBe(b);
    expect(byHash.body).toEqual(registered.body);
  });

  it("an officer's rate limit is one budget across both replicas", async () => {
    const token = await tokenOf(`limited-officer-${run}`);
    const statuses: number[] = [];
    for (let i = 0; i < OFFICER_PER_MINUTE; i++) statuses.push((await post(balancer.url, { query: '{ __typename }' }, token)).status);
    expect(statuses).toEqual(Array(OFFICER_PER_MINUTE).fill(200));
    // Each replica has seen only half of the budget; together they have spent it.
    expect(new Set(balancer.answeredBy.slice(-OFFICER_PER_MINUTE)).size).toBe(2);
    const refused = await post(balancer.url, { query: '{ __typename }' }, token);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('both replicas extend one audit chain, which verifies', async () => {
    const pool = new Pool({ connectionString: DATABASE_URL });
    try {
      const verdict = await verifySink(postgresSink({ pool, schema: auditSchema }));
      expect(verdict).toMatchObject({ ok: true });
      const { rows } = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM ${auditSchema}.audit_log`);
      // The two traces and the two persisted-query answers carried personal data.
      expect(Number(rows[0]!.n)).toBeGreaterThanOrEqual(4);
    } finally {
      await pool.end();
    }
  });
});

/** One request on a connection of its own: the cluster hands out connections, not requests. */
function postOnNewConnection(url: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const requestsCounted = async () => {
  const text = await (await fetch(`${replicaBOrigin}/metrics`)).text();
  return [...text.matchAll(/^corridor_graphql_requests_total\{[^}]*\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
};

describe('a replica of two workers (GATEWAY_WORKERS=2)', () => {
  it('spreads connections over both workers, and /metrics counts the requests of both', async () => {
    const token = await tokenOf(`cluster-officer-${run}`);
    const before = await requestsCounted();
    const ids = Array.from({ length: 6 }, (_, i) => `replicas-${run}-${i}`);
    for (const id of ids) {
      expect(await postOnNewConnection(`${replicaBOrigin}/graphql`, JSON.stringify({ query: '{ __typename }' }), { authorization: `Bearer ${token}`, 'x-request-id': id })).toBe(200);
    }
    await until(() => ids.every((id) => replicaBLines.some((l) => l.requestId === id)), 5000, 'the access log lines');
    const workers = new Set(replicaBLines.filter((l) => ids.includes(l.requestId as string)).map((l) => l.worker));
    expect(workers.size).toBe(2);
    // Whichever worker answers the scrape, it reports the whole cluster.
    expect((await requestsCounted()) - before).toBe(ids.length);
    expect((await requestsCounted()) - before).toBe(ids.length);
  });

  it('stops every worker gracefully on SIGTERM, and the primary exits 0', async () => {
    const exited = new Promise<number | null>((resolve) => replicaB.once('exit', (code) => resolve(code)));
    replicaB.kill('SIGTERM');
    expect(await exited).toBe(0);
    const stopped = replicaBLines.filter((l) => l.msg === 'stopped').map((l) => l.worker);
    expect(new Set(stopped).size).toBe(2);
    await expect(fetch(`${replicaBOrigin}/healthz`)).rejects.toThrow();
  });
});
