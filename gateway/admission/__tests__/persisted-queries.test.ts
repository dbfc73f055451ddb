// Automatic persisted queries and trusted documents inside a real Apollo Server.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { persistedQueryStore } from '../persisted-query-store';
import { RedisKeyValueCache } from '../redis-key-value-cache';
import { sha256Hex, type TrustedDocuments, type TrustedDocumentsMode } from '../trusted-documents';
import { useLimits } from '../useLimits';
import { useTrustedDocuments } from '../useTrustedDocuments';
import { silentLog, testServer } from './fixtures';

const LISTED = '{ trace { id } }';
const UNLISTED = '{ version }';
const byHash = (query: string) => ({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(query) } } });
const trusted = (mode: TrustedDocumentsMode): TrustedDocuments => ({ mode, byHash: new Map([[sha256Hex(LISTED), LISTED]]) });

async function withServer(documents: TrustedDocuments | undefined, run: (server: Awaited<ReturnType<typeof testServer>>) => Promise<void>) {
  const store = persistedQueryStore({ trusted: documents, log: silentLog });
  const plugins = [...(documents ? [useTrustedDocuments({ documents })] : []), useLimits({ maxTokens: 20 })];
  const server = await testServer({ plugins, persistedQueries: store.options, parseOptions: { maxTokens: 20 } });
  try {
    await run(server);
  } finally {
    await server.stop();
    await store.close();
  }
}

describe('automatic persisted queries', () => {
  it('an unknown hash answers PERSISTED_QUERY_NOT_FOUND (as Apollo Client expects it: HTTP 200, message PersistedQueryNotFound)', async () => {
    await withServer(undefined, async (server) => {
      const { status, body } = await server.post(byHash(`{ version } # ${randomUUID()}`));
      expect(status).toBe(200);
      expect(body.errors).toEqual([expect.objectContaining({ message: 'PersistedQueryNotFound', extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } })]);
    });
  });

  it('a query sent once with its hash is then answered by hash alone', async () => {
    await withServer(undefined, async (server) => {
      expect((await server.post({ query: UNLISTED, ...byHash(UNLISTED) })).body).toEqual({ data: { version: '0.1.0' } });
      expect((await server.post(byHash(UNLISTED))).body).toEqual({ data: { version: '0.1.0' } });
    });
  });

  it('a query over a limit is not registered', async () => {
    await withServer(undefined, async (server) => {
      const big = `{ ${'version '.repeat(21)}}`;
      expect((await server.post({ query: big, ...byHash(big) })).body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect((await server.post(byHash(big))).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });
});

describe('trusted documents', () => {
  it('allow: a listed document runs by hash without being registered first; anything else still runs', async () => {
    await withServer(trusted('allow'), async (server) => {
      expect((await server.post(byHash(LISTED))).body).toEqual({ data: { trace: { id: 't' } } });
      expect((await server.post({ query: UNLISTED })).body).toEqual({ data: { version: '0.1.0' } });
    });
  });

  it('require: a listed document runs by hash or by its text', async () => {
    await withServer(trusted('require'), async (server) => {
      expect((await server.post(byHash(LISTED))).body).toEqual({ data: { trace: { id: 't' } } });
      expect((await server.post({ query: LISTED })).body).toEqual({ data: { trace: { id: 't' } } });
      expect((await server.post({ query: LISTED, ...byHash(LISTED) })).body).toEqual({ data: { trace: { id: 't' } } });
      expect(server.calls.trace).toBe(3);
    });
  });

  it('require: anything else is refused with OPERATION_NOT_TRUSTED, resolving nothing, registering nothing', async () => {
    await withServer(trusted('require'), async (server) => {
      const reformatted = '{trace{id}}';
      for (const request of [{ query: UNLISTED }, { query: reformatted }, { query: UNLISTED, ...byHash(UNLISTED) }, { query: '{ trace {' }, { query: '{ nope }' }, { query: `{ ${'id '.repeat(30)}}` }]) {
        const { status, body } = await server.post(request);
        expect(status).toBe(400);
        expect(body).toEqual({ errors: [{ message: expect.stringMatching(/runs only its trusted documents/), extensions: { code: 'OPERATION_NOT_TRUSTED' } }] });
      }
      expect(server.calls.trace).toBe(0);
      expect((await server.post(byHash(UNLISTED))).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    });
  });
});

describe('the Redis store', () => {
  const url = process.env.REDIS_URL!;
  let redis: Redis;
  beforeAll(() => {
    redis = new Redis(url);
  });
  afterAll(() => redis.quit());

  it('keeps every entry under its prefix, for at most the longest TTL', async () => {
    const prefix = `corridor:test:apq:${randomUUID()}:`;
    const cache = new RedisKeyValueCache({ redis: url, prefix, maxTtlSeconds: 60 });
    try {
      await cache.set('a', '{ version }');
      await cache.set('b', '{ version }', { ttl: 3600 });
      await cache.set('c', '{ version }', { ttl: 5 });
      expect(await cache.get('a')).toBe('{ version }');
      expect(await redis.ttl(`${prefix}a`)).toBeGreaterThan(50);
      expect(await redis.ttl(`${prefix}b`)).toBeLessThanOrEqual(60);
      expect(await redis.ttl(`${prefix}c`)).toBeLessThanOrEqual(5);
      expect(await cache.get('unknown')).toBeUndefined();
      expect(await cache.delete('a')).toBe(true);
      expect(await cache.get('a')).toBeUndefined();
    } finally {
      await redis.del(`${prefix}a`, `${prefix}b`, `${prefix}c`);
      await cache.close();
    }
  });

  it('a Redis that cannot be reached is a miss, and the full query still runs', async () => {
    const store = persistedQueryStore({ redisUrl: 'redis://127.0.0.1:1', log: silentLog });
    const server = await testServer({ plugins: [], persistedQueries: store.options });
    try {
      expect((await server.post(byHash(UNLISTED))).body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect((await server.post({ query: UNLISTED, ...byHash(UNLISTED) })).body).toEqual({ data: { version: '0.1.0' } });
    } finally {
      await server.stop();
      await store.close();
    }
  });
});
