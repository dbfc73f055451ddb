import type { GraphQLDataSource } from '@apollo/gateway';
import type { Logger } from '../../subgraphs/kit/log';
import type { GatewayContext } from '../gateway-context';
import type { GatewayMetrics } from '../observability/gateway-metrics';
import { CachingDataSource } from './caching-data-source';
import type { EntityStore } from './entity-store';
import { MemoryEntityStore } from './memory-entity-store';
import { RECORDS_CHANGED_CHANNEL } from '../../subgraphs/kit/records-changed';
import { RedisEntityStore } from './redis-entity-store';

/** Subgraphs that are not a jurisdiction's: the index answers from what it holds now, the operations subgraph derives. */
const NOT_JURISDICTIONS = new Set(['index', 'operations']);

export interface UseEntityCacheOptions {
  /** `false` wraps nothing: every call goes to its subgraph. @default true */
  enabled?: boolean;
  /** Seconds a record's answer is reused. @default 60 */
  ttlSeconds?: number;
  /** Redis URL; unset keeps the cache in process memory (the embedded default). @default undefined */
  redisUrl?: string;
  /** Entries of the in-memory cache. @default 10000 */
  maxEntries?: number;
  /** Prefix of the Redis keys. @default 'corridor:cache:' */
  prefix?: string;
  /** Pub/sub channel of changed record ids (Redis only). @default 'corridor:records:changed' */
  channel?: string;
  /** Which subgraphs' entity calls are cached. @default every jurisdiction (not `index`, not `operations`) */
  cached?: (subgraph: string) => boolean;
  /** Counts hits and misses (`corridor_cache_lookups_total`). @default none */
  metrics?: Pick<GatewayMetrics, 'cacheLookups'>;
  log: Pick<Logger, 'warn' | 'info' | 'debug'>;
}

export interface EntityCache {
  /** The subgraph's data source, with its entity calls cached when this subgraph is cached. */
  wrap(subgraph: string, url: string, source: GraphQLDataSource<GatewayContext>): GraphQLDataSource<GatewayContext>;
  /** Drop what is cached of these records (the local way; with Redis, a message on the channel does it for every gateway). */
  invalidate(recordIds: readonly string[]): Promise<number>;
  /** `off`, `memory` or `redis`, for the start log. */
  readonly description: string;
  /** With Redis: resolves once connected and subscribed to the invalidation channel (never rejects). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * The policy-aware entity cache: each jurisdiction's `_entities` items kept per record and per
 * requester scope (gateway/cache/cache-key.ts), bounded by a TTL, dropped when a record changes.
 */
export function useEntityCache({
  enabled = true,
  ttlSeconds = 60,
  redisUrl,
  maxEntries = 10_000,
  prefix = 'corridor:cache:',
  channel = RECORDS_CHANGED_CHANNEL,
  cached = (subgraph) => !NOT_JURISDICTIONS.has(subgraph),
  metrics,
  log,
}: UseEntityCacheOptions): EntityCache {
  if (!enabled) {
    return { wrap: (_s, _u, source) => source, invalidate: async () => 0, description: 'off', ready: Promise.resolve(), close: async () => {} };
  }
  const redis = redisUrl ? new RedisEntityStore({ url: redisUrl, ttlSeconds, prefix, channel, log }) : null;
  const store: EntityStore = redis ?? new MemoryEntityStore({ ttlSeconds, maxEntries });
  return {
    wrap: (subgraph, url, inner) => (cached(subgraph) ? new CachingDataSource({ subgraph, url, inner, store, metrics }) : inner),
    invalidate: (recordIds) => store.invalidate(recordIds),
    description: `${store.description}, ${ttlSeconds} s`,
    ready: redis?.ready ?? Promise.resolve(),
    close: () => store.close(),
  };
}
