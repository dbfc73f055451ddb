// Shared by the index's tests: stores to run the same contract against, Redis under a prefix of
// its own so that test files running in parallel never see each other's keys.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import Redis from 'ioredis';
import { MemoryKeyStore, type KeyStore } from '../store/key-store';
import { RedisKeyStore } from '../store/redis-key-store';

export interface TestStore {
  readonly store: KeyStore;
  /** A new store over the same data, as another index process would open it (memory: the same one). */
  reopen(): KeyStore;
  /** Delete everything written and close every connection opened. */
  dispose(): Promise<void>;
}

export function memoryTestStore(): TestStore {
  const store = new MemoryKeyStore();
  return { store, reopen: () => store, dispose: () => store.close() };
}

/** Every Redis key under a prefix. */
export async function redisKeysUnder(prefix: string): Promise<string[]> {
  const redis = new Redis(process.env.REDIS_URL!);
  try {
    const found: string[] = [];
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      found.push(...keys);
      cursor = next;
    } while (cursor !== '0');
    return found;
  } finally {
    redis.disconnect();
  }
}

/** A fresh prefix for one test's Redis keys. */
export function testPrefix(): string {
  return `corridor:test:index:${randomBytes(6).toString('hex')}:`;
}

/** A RedisKeyStore on REDIS_URL under a fresh prefix. */
export function redisTestStore(prefix = testPrefix()): TestStore & { readonly prefix: string } {
  const opened: RedisKeyStore[] = [];
  const open = () => {
    const store = new RedisKeyStore({ redis: process.env.REDIS_URL!, prefix });
    opened.push(store);
    return store;
  };
  return {
    prefix,
    store: open(),
    reopen: open,
    async dispose() {
      await Promise.all(opened.map((s) => s.close()));
      const keys = await redisKeysUnder(prefix);
      if (keys.length === 0) return;
      const redis = new Redis(process.env.REDIS_URL!);
      await redis.del(...keys).finally(() => redis.disconnect());
    },
  };
}

/** What a feed tap answers instead of forwarding: a status and a body, as raw text. */
export interface TapAnswer {
  readonly status: number;
  readonly body: string;
}

/**
 * Sits between the index and one subgraph's feed: forwards each request (to `target`, which a test
 * may point at a restarted subgraph), counts the changes the index received, or answers whatever
 * `intercept` returns instead (garbage, errors).
 */
export interface FeedTap {
  /** Give this to the index as the subgraph's GraphQL URL; the feed is beside it. */
  readonly url: string;
  target: string;
  intercept: ((url: URL) => TapAnswer | null) | null;
  /** Feed changes forwarded so far. */
  changes: number;
  requests: number;
  close(): Promise<void>;
}

export async function startFeedTap(target: string): Promise<FeedTap> {
  const tap: FeedTap = {
    url: '',
    target,
    intercept: null,
    changes: 0,
    requests: 0,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://tap');
    tap.requests += 1;
    const instead = tap.intercept?.(url);
    if (instead) {
      res.writeHead(instead.status, { 'content-type': 'application/json' }).end(instead.body);
      return;
    }
    fetch(new URL(`${url.pathname}${url.search}`, tap.target))
      .then(async (answer) => {
        const text = await answer.text();
        if (answer.ok) tap.changes += (JSON.parse(text) as { changes: unknown[] }).changes.length;
        res.writeHead(answer.status, { 'content-type': 'application/json' }).end(text);
      })
      .catch(() => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(tap, {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
