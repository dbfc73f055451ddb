// The entity cache end to end: real HTTP through the gateway, with the cache in the real Redis
// under a key prefix and channel of this file's own. What is checked is what reaches the native
// sources, and that a requester never receives what another scope was released.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { publishRecordChanges } from '../../subgraphs/kit/records-changed';
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';

const REDIS_URL = process.env.REDIS_URL!;
const VICTIM_RECORD = 'PHL:PNP:2024-000123';

/** Starts a stack whose gateway caches, with this environment (the gateway reads it at start). */
async function cachedStack(env: Record<string, string>): Promise<{ stack: TestStack; prefix: string; channel: string }> {
  const prefix = `corridor:test:cache:${randomUUID()}:`;
  const channel = `${prefix}changed`;
  const saved = { ...process.env };
  Object.assign(process.env, { CACHE: 'on', CACHE_REDIS_PREFIX: prefix, CACHE_CHANNEL: channel, ...env });
  try {
    // Generous budgets: this file checks what reaches the sources, not timeouts, on a shared machine.
    return { stack: await startTestStack({ nativeLatencyMs: 5, nativeTimeoutMs: 20_000, subgraphTimeoutMs: 10_000 }), prefix, channel };
  } finally {
    process.env = saved;
  }
}

/** Record lookups at a native source; the index's feed reads (`page=`) happen on their own schedule. */
const lookups = (stack: TestStack, code: string) => stack.countries[code]!.native.requests.filter((r) => !/[?&]page=/.test(r.search));
const phlCalls = (stack: TestStack) => lookups(stack, 'PHL').length;
const thaCalls = (stack: TestStack) => lookups(stack, 'THA').length;

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (await check()) return;
  throw new Error('condition not met in time');
}

describe('entity cache (Redis)', () => {
  let stack: TestStack;
  let prefix: string;
  let channel: string;
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
    await redis.ping().catch(() => {
      throw new Error(`this test needs Redis at ${REDIS_URL} (REDIS_URL)`);
    });
    ({ stack, prefix, channel } = await cachedStack({}));
  });
  afterAll(async () => {
    await stack?.close();
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length) await redis.del(...keys);
    await redis.quit();
  });

  it('answers an identical second trace without calling the native sources again, with the same answer', async () => {
    const first = await stack.query(EXAMPLE_TRACE);
    expect(first.body.errors).toBeUndefined();
    expect((first.body.data!.trace.records as any[]).map((r) => r.jurisdiction).sort()).toEqual(['PHL', 'THA']);
    const before = { phl: phlCalls(stack), tha: thaCalls(stack) };
    const second = await stack.query(EXAMPLE_TRACE);
    expect(second.body).toEqual(first.body);
    expect({ phl: phlCalls(stack), tha: thaCalls(stack) }).toEqual(before);
    const metrics = await (await fetch(new URL('/metrics', stack.gateway.url))).text();
    expect(metrics).toMatch(/corridor_cache_lookups_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/corridor_cache_lookups_total\{result="miss"\} [1-9]/);
  });

  it('calls the native source again for a requester of another scope', async () => {
    await stack.query(EXAMPLE_TRACE);
    const before = phlCalls(stack);
    const other = await stack.query(EXAMPLE_TRACE, undefined, { roles: ['VICTIM_SUPPORT'] });
    expect(other.body.data!.trace.records.length).toBeGreaterThan(0);
    expect(phlCalls(stack)).toBeGreaterThan(before);
    const before2 = phlCalls(stack);
    await stack.query(EXAMPLE_TRACE, undefined, { agency: 'BI' });
    expect(phlCalls(stack)).toBeGreaterThan(before2);
  });

  it('never gives an analyst the names an investigator was released', async () => {
    const investigator = await stack.query(EXAMPLE_TRACE);
    const victim = (investigator.body.data!.trace.records as any[]).find((r) => r.id === VICTIM_RECORD);
    expect(victim.names.length).toBeGreaterThan(0);
    for (let i = 0; i < 2; i++) {
      const analyst = await stack.query(EXAMPLE_TRACE, undefined, { roles: ['ANALYST'] });
      const records = analyst.body.data!.trace.records as any[];
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) expect(r.names).toBeNull();
      const forbidden = (analyst.body.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN' && e.path?.includes('names'));
      expect(forbidden.length).toBe(records.length);
      expect(JSON.stringify(analyst.body)).not.toContain(JSON.stringify(victim.names[0].full));
    }
  });

  it('fetches a record again once its change is published on the channel', async () => {
    await stack.query(EXAMPLE_TRACE);
    const before = { phl: phlCalls(stack), tha: thaCalls(stack) };
    await until(async () => (await redis.pubsub('NUMSUB', channel))[1] === 1);
    await publishRecordChanges(redis, [VICTIM_RECORD], channel);
    await until(async () => (await redis.keys(`${prefix}record:${VICTIM_RECORD}`)).length === 0);
    const again = await stack.query(EXAMPLE_TRACE);
    expect(again.body.errors).toBeUndefined();
    expect(phlCalls(stack)).toBe(before.phl + 1);
    expect(decodeURIComponent(lookups(stack, 'PHL').at(-1)!.search)).toContain('2024-000123');
    expect(thaCalls(stack)).toBe(before.tha);
  });

  it('does not cache the index: a trace still asks it every time', async () => {
    // The index holds no personal data and must answer from what it holds now; its calls are never cached.
    const answers = await Promise.all([stack.query(EXAMPLE_TRACE), stack.query(EXAMPLE_TRACE)]);
    for (const a of answers) expect(a.body.data!.trace.jurisdictions).toEqual([
      { code: 'PHL', status: 'ANSWERED', hits: 1 },
      { code: 'THA', status: 'ANSWERED', hits: 1 },
    ]);
  });
});

describe('entity cache TTL', () => {
  let stack: TestStack;
  beforeAll(async () => {
    ({ stack } = await cachedStack({ CACHE_TTL_SECONDS: '2' }));
  });
  afterAll(() => stack?.close());

  it('fetches a record again once its entry expired', async () => {
    await stack.query(EXAMPLE_TRACE);
    const before = phlCalls(stack);
    await stack.query(EXAMPLE_TRACE);
    expect(phlCalls(stack)).toBe(before);
    await new Promise((r) => setTimeout(r, 2100));
    await stack.query(EXAMPLE_TRACE);
    expect(phlCalls(stack)).toBe(before + 1);
  });
});

describe('entity cache without Redis', () => {
  it('still answers every trace when Redis cannot be reached', async () => {
    const { stack } = await cachedStack({ REDIS_URL: 'redis://127.0.0.1:1' });
    try {
      for (let i = 0; i < 2; i++) {
        const { status, body } = await stack.query(EXAMPLE_TRACE);
        expect(status).toBe(200);
        expect(body.errors).toBeUndefined();
        expect(body.data!.trace.records).toHaveLength(2);
      }
    } finally {
      await stack.close();
    }
  });

  it('caches in memory when no Redis is configured (the embedded default)', async () => {
    const { stack } = await cachedStack({ REDIS_URL: '' });
    try {
      await stack.query(EXAMPLE_TRACE);
      const before = phlCalls(stack);
      const again = await stack.query(EXAMPLE_TRACE);
      expect(again.body.errors).toBeUndefined();
      expect(phlCalls(stack)).toBe(before);
      await stack.query(EXAMPLE_TRACE, undefined, { roles: ['ANALYST'] });
      expect(phlCalls(stack)).toBe(before + 1);
    } finally {
      await stack.close();
    }
  });
});
