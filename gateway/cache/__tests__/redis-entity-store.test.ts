import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { publishRecordChanges } from '../../../subgraphs/kit/records-changed';
import { RedisEntityStore } from '../redis-entity-store';

const url = process.env.REDIS_URL!;
const log = { warn: jest.fn(), info: jest.fn(), debug: jest.fn() };
let redis: Redis;
let prefix: string;
let channel: string;
const stores: RedisEntityStore[] = [];

function store(ttlSeconds = 60, at = url): RedisEntityStore {
  const s = new RedisEntityStore({ url: at, ttlSeconds, prefix, channel, log });
  stores.push(s);
  return s;
}

async function until(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) if (await check()) return;
  throw new Error('condition not met in time');
}

beforeAll(async () => {
  redis = new Redis(url, { maxRetriesPerRequest: 1 });
  await redis.ping().catch(() => {
    throw new Error(`these tests need Redis at ${url} (REDIS_URL)`);
  });
});
beforeEach(() => {
  prefix = `corridor:test:cache:${randomUUID()}:`;
  channel = `${prefix}changed`;
  log.warn.mockClear();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length) await redis.del(...keys);
});
afterAll(() => redis.quit());

describe('RedisEntityStore', () => {
  it('keeps entries with a TTL and a per-record index that expires with them', async () => {
    const s = store(30);
    await s.ready;
    await s.setMany([{ key: 'k1', recordId: 'PHL:PNP:1', value: '{"id":1}' }]);
    expect(await s.getMany(['k1', 'k2'])).toEqual(['{"id":1}', undefined]);
    expect(await redis.ttl(`${prefix}e:k1`)).toBeGreaterThan(25);
    expect(await redis.ttl(`${prefix}record:PHL:PNP:1`)).toBeGreaterThan(25);
  });

  it('drops every entry of a record when its id is published on the channel', async () => {
    const s = store();
    await s.ready;
    await s.setMany([
      { key: 'investigator', recordId: 'PHL:PNP:1', value: '1' },
      { key: 'analyst', recordId: 'PHL:PNP:1', value: '2' },
      { key: 'other', recordId: 'PHL:PNP:2', value: '3' },
    ]);
    await until(async () => (await redis.pubsub('NUMSUB', channel))[1] === 1);
    await publishRecordChanges(redis, ['PHL:PNP:1'], channel);
    await until(async () => (await s.getMany(['investigator', 'analyst'])).every((v) => v === undefined));
    expect(await s.getMany(['other'])).toEqual(['3']);
    expect(await redis.exists(`${prefix}record:PHL:PNP:1`)).toBe(0);
  });

  it('expires entries after the TTL', async () => {
    const s = store(1);
    await s.ready;
    await s.setMany([{ key: 'k', recordId: 'R', value: 'v' }]);
    expect(await s.getMany(['k'])).toEqual(['v']);
    await until(async () => (await s.getMany(['k']))[0] === undefined, 3000);
  });

  it('treats an unreachable Redis as misses, never as a failure, and says so once', async () => {
    const s = store(60, 'redis://127.0.0.1:1');
    for (let i = 0; i < 3; i++) {
      expect(await s.getMany(['a', 'b'])).toEqual([undefined, undefined]);
      await expect(s.setMany([{ key: 'a', recordId: 'R', value: 'v' }])).resolves.toBeUndefined();
    }
    expect(log.warn).toHaveBeenCalledTimes(1);
  });
});
