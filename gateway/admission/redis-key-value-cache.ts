import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import { createRedisClient, type RedisClient } from '../../subgraphs/kit/redis/redis-client';

export interface RedisKeyValueCacheOptions {
  /** A Redis URL (the cache then owns and closes the connection), or a client of the caller's. */
  redis: string | RedisClient;
  /** Prefix of every key. @default 'corridor:apq:' */
  prefix?: string;
  /** Longest time an entry is kept, in seconds; also the time of an entry set without one. */
  maxTtlSeconds: number;
  /** Budget of one Redis command; past it the command fails (a miss, for the persisted queries). @default 500 */
  commandTimeoutMs?: number;
}

/**
 * Apollo's KeyValueCache on Redis through ioredis, the client the rest of Corridor uses (rather
 * than `@keyv/redis`, which brings node-redis). Every entry expires: no TTL, or one longer than
 * `maxTtlSeconds`, is cut to it, so what clients register never piles up in a shared Redis.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  private readonly redis: RedisClient;
  private readonly owned: boolean;
  private readonly prefix: string;
  private readonly maxTtlSeconds: number;

  constructor({ redis, prefix = 'corridor:apq:', maxTtlSeconds, commandTimeoutMs = 500 }: RedisKeyValueCacheOptions) {
    this.owned = typeof redis === 'string';
    this.redis = typeof redis === 'string' ? createRedisClient(redis, { lazyConnect: true, maxRetriesPerRequest: 1, commandTimeout: commandTimeoutMs, disconnectTimeout: 500 }) : redis;
    // Connection trouble surfaces as rejected commands, which the caller handles; without a
    // listener ioredis would print every reconnect attempt.
    if (this.owned) this.redis.on('error', () => {});
    this.prefix = prefix;
    this.maxTtlSeconds = Math.max(1, Math.ceil(maxTtlSeconds));
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(this.prefix + key)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = Math.min(Math.ceil(options?.ttl || this.maxTtlSeconds), this.maxTtlSeconds);
    await this.redis.set(this.prefix + key, value, 'EX', Math.max(1, ttl));
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.del(this.prefix + key)) > 0;
  }

  /** Close the connection if this cache opened it; a write still on its way may be lost, as from any cache. */
  async close(): Promise<void> {
    if (this.owned) this.redis.disconnect();
  }
}
