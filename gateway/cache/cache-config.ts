import { z } from 'zod';
import { parseSettings } from '../../subgraphs/kit/settings';

/**
 * The entity cache's settings, as zod fields for the gateway's own config schema
 * (`schema.extend(cacheConfigShape)`), read once with the rest of its configuration. Redis is used
 * when `REDIS_URL` is set (a field of the audit's shape, shared), else an in-memory LRU.
 */
export const cacheConfigShape = {
  /** `off` sends every entity call to its subgraph. @default 'on' */
  CACHE: z.enum(['on', 'off']).default('on'),
  /**
   * How long a released record is reused, in seconds. Bounded: an owner's change that the index's
   * feed does not see (a field that is no identifier) must still show within this time.
   * @default 60
   */
  CACHE_TTL_SECONDS: z.coerce.number().int().min(1).max(3600).default(60),
  /** Entries the in-memory cache keeps (least recently used go first); Redis bounds by TTL alone. @default 10000 */
  CACHE_MAX_ENTRIES: z.coerce.number().int().min(1).max(1_000_000).default(10_000),
  /** Prefix of the cache's Redis keys. @default 'corridor:cache:' */
  CACHE_REDIS_PREFIX: z.string().min(1).default('corridor:cache:'),
  /** Redis pub/sub channel whose messages (one record id each) invalidate that record. @default 'corridor:records:changed' */
  CACHE_CHANNEL: z.string().min(1).default('corridor:records:changed'),
};

const schema = z.object({ ...cacheConfigShape, REDIS_URL: z.string().optional().transform((v) => (v ? v : undefined)) });

export type CacheConfig = Readonly<z.output<typeof schema>>;

/** Read the cache settings once, validated and frozen; a bad value stops the start, naming it. */
export function loadCacheConfig(env: Record<string, string | undefined> = process.env): CacheConfig {
  return parseSettings(schema, env, 'cache configuration');
}
