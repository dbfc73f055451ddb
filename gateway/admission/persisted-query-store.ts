import type { PersistedQueryOptions } from '@apollo/server';
import { InMemoryLRUCache, PrefixingKeyValueCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type { Logger } from '../../subgraphs/kit/log';
import { RedisKeyValueCache } from './redis-key-value-cache';
import type { TrustedDocuments } from './trusted-documents';

export interface PersistedQueryStoreOptions {
  /** Redis shared by every gateway replica; without it each gateway keeps its own, in memory. */
  redisUrl?: string | undefined;
  /** How long a registered query is kept. @default 3_600_000 (an hour) */
  ttlMs?: number;
  /** Answered by hash before the store; with `require`, the only documents answered. @default none */
  trusted?: TrustedDocuments;
  log: Logger;
}

export interface PersistedQueryStore {
  /** For ApolloServer's `persistedQueries` option. */
  readonly options: PersistedQueryOptions;
  /** Where registered queries are kept, for the start log. */
  readonly description: string;
  close(): Promise<void>;
}

/**
 * Trusted documents first, then the registered queries. A store that fails answers a miss (the
 * client then sends the full text, which runs) and a failed write is only logged: persisted
 * queries save bandwidth, and losing one must never fail a request. Trusted documents are in
 * memory, so `require` mode does not depend on Redis at all.
 */
class PersistedQueries implements KeyValueCache<string> {
  constructor(
    private readonly store: KeyValueCache<string> | undefined,
    private readonly trusted: ReadonlyMap<string, string>,
    private readonly log: Logger,
  ) {}

  async get(hash: string): Promise<string | undefined> {
    const listed = this.trusted.get(hash);
    if (listed !== undefined || !this.store) return listed;
    try {
      return await this.store.get(hash);
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'persisted query store unavailable: answered as a miss');
      return undefined;
    }
  }

  async set(hash: string, query: string, options?: KeyValueCacheSetOptions): Promise<void> {
    if (this.trusted.has(hash) || !this.store) return;
    try {
      await this.store.set(hash, query, options);
    } catch (error) {
      this.log.warn({ err: (error as Error).message }, 'persisted query store unavailable: query not registered');
    }
  }

  async delete(hash: string): Promise<boolean | void> {
    return this.store?.delete(hash);
  }
}

/**
 * Automatic persisted queries (Apollo's protocol: `extensions.persistedQuery.sha256Hash`, by GET or
 * POST). Registered queries are kept in Redis under `corridor:apq:<hash>` when `redisUrl` is set,
 * so a query registered through one gateway replica is found by hash through every other, else in
 * a bounded in-memory LRU (Apollo's own, about 30 MiB). Every entry expires after `ttlMs`: the
 * text of a query can hold identifiers written as literals (clients should pass them as
 * variables), so nothing a client registers is kept for long. With `require` trusted documents
 * nothing is registered, since only listed documents could run anyway.
 */
export function persistedQueryStore({ redisUrl, ttlMs = 3_600_000, trusted, log }: PersistedQueryStoreOptions): PersistedQueryStore {
  const ttl = Math.max(1, Math.ceil(ttlMs / 1000));
  // Apollo Server prefixes every key of this cache with `apq:` unless told the cache holds
  // persisted queries only, as this one does: the keys must stay the bare hashes of the list.
  const cache = (store: KeyValueCache<string> | undefined) =>
    PrefixingKeyValueCache.cacheDangerouslyDoesNotNeedPrefixesForIsolation(new PersistedQueries(store, listed, log));
  const listed = trusted?.byHash ?? new Map<string, string>();
  if (trusted?.mode === 'require') {
    return {
      options: { cache: cache(undefined), ttl },
      description: `trusted documents only (${listed.size})`,
      close: async () => {},
    };
  }
  const redis = redisUrl ? new RedisKeyValueCache({ redis: redisUrl, maxTtlSeconds: ttl }) : undefined;
  // Apollo Server passes `ttl` with every write, and both stores honour it.
  const store = redis ?? new InMemoryLRUCache<string>();
  return {
    options: { cache: cache(store), ttl },
    description: `${redis ? 'redis' : 'memory'}, ${ttl} s${listed.size ? `, after ${listed.size} trusted documents` : ''}`,
    close: async () => redis?.close(),
  };
}
