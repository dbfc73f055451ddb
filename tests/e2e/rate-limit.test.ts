// Rate limits per officer and per agency through real HTTP, shared by two gateways on one Redis;
// and a gateway whose Redis is down still answers.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { loadDevIssuer } from '../../gateway/auth/dev-issuer';
import { startGateway, type RunningGateway } from '../../gateway/gateway-server';
import { startTestStack, type GraphQLBody, type TestStack } from '../../gateway/stack/in-process';
import { createLogger } from '../../subgraphs/kit/log';

const log = createLogger('test', 'silent');
let stack: TestStack;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  stack = await startTestStack({ nativeTimeoutMs: 10_000 });
});
afterAll(async () => {
  for (const g of gateways) await g.close();
  await stack?.close();
});

type GatewayOptions = Parameters<typeof startGateway>[0];
async function gatewayWith(options: Partial<GatewayOptions>): Promise<RunningGateway> {
  const gateway = await startGateway(
    { PORT: 0, HOST: '127.0.0.1', NODE_ENV: 'test', SUPERGRAPH_PATH: stack.supergraphPath, MAX_BODY_BYTES: 100_000, SUBGRAPH_TIMEOUT_MS: 5000, AUDIT_SINK: 'file', AUDIT_FILE: join(stack.supergraphPath, '..', `audit-${randomUUID()}.jsonl`), ...options },
    log,
  );
  gateways.push(gateway);
  return gateway;
}

async function tokenOf(sub: string, agency = 'PNP'): Promise<string> {
  const issuer = await loadDevIssuer({ nodeEnv: 'test' });
  return issuer.sign({ sub, country: 'PHL', agency, roles: ['INVESTIGATOR'], clearance: 2 });
}

async function ask(gateway: RunningGateway, token: string, query = '{ __typename }'): Promise<{ status: number; retryAfter: string | null; body: GraphQLBody }> {
  const res = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-purpose': 'PHL-2024-0001' },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as GraphQLBody };
}

const subgraphCalls = async (gateway: RunningGateway) => {
  const text = await (await fetch(`${gateway.origin}/metrics`)).text();
  return [...text.matchAll(/corridor_subgraph_request_duration_seconds_count\{subgraph="[^"]+"\} (\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
};

const TRACE = '{ trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) { records { id } } }';

describe('rate limits shared through Redis', () => {
  let one: RunningGateway;
  let two: RunningGateway;
  beforeAll(async () => {
    const shared = { REDIS_URL: process.env.REDIS_URL!, RATE_LIMIT_KEY_PREFIX: `test:rate:${randomUUID()}:`, RATE_LIMIT_OFFICER_PER_MINUTE: 3, RATE_LIMIT_AGENCY_PER_MINUTE: 5 };
    one = await gatewayWith(shared);
    two = await gatewayWith(shared);
  });

  it('two gateways draw on one officer budget; past it the answer is 429 RATE_LIMITED with Retry-After, before any subgraph call', async () => {
    const officer = await tokenOf('officer-a', 'PNP');
    expect((await ask(one, officer)).status).toBe(200);
    expect((await ask(two, officer)).status).toBe(200);
    expect((await ask(one, officer)).status).toBe(200);
    const before = await subgraphCalls(two);
    const refused = await ask(two, officer, TRACE);
    expect(refused.status).toBe(429);
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors).toEqual([{ message: expect.stringMatching(/this officer: at most 3 per minute/), extensions: expect.objectContaining({ code: 'RATE_LIMITED', limit: 'officer' }) }]);
    expect(await subgraphCalls(two)).toBe(before);
    // Another officer of another agency is not held back.
    expect((await ask(two, await tokenOf('officer-z', 'BI'))).status).toBe(200);
  });

  it('different officers of one agency share the agency budget', async () => {
    const agency = 'PNP-ANTI-TRAFFICKING';
    for (const [i, gateway] of [one, two, one, two, one].entries()) expect((await ask(gateway, await tokenOf(`agent-${i}`, agency))).status).toBe(200);
    const refused = await ask(two, await tokenOf('agent-new', agency));
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'agency', maximum: 5 });
  });
});

describe('Redis down', () => {
  it('still answers, limiting in memory, and counts the fallback', async () => {
    const gateway = await gatewayWith({ REDIS_URL: 'redis://127.0.0.1:1', RATE_LIMIT_OFFICER_PER_MINUTE: 2 });
    const officer = await tokenOf('officer-b');
    const answered = await ask(gateway, officer, TRACE);
    expect(answered.status).toBe(200);
    expect(answered.body.data?.trace.records.length).toBeGreaterThan(0);
    expect((await ask(gateway, officer)).status).toBe(200);
    expect((await ask(gateway, officer)).status).toBe(429);
    expect(await (await fetch(`${gateway.origin}/metrics`)).text()).toMatch(/corridor_rate_limit_fallbacks_total [1-9]/);
  });
});
