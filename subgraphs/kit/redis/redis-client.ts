import Redis, { Cluster, type RedisOptions } from 'ioredis';

/** A connection to one Redis server, or to a Redis Cluster: the commands Corridor uses are the same. */
export type RedisClient = Redis | Cluster;

/**
 * `REDIS_URL` names one server (`redis://host:6379`), or a Redis Cluster by two or more of its
 * nodes separated by commas (`redis://10.0.0.1:6379,redis://10.0.0.2:6379`): the client learns the
 * rest of the cluster from them. Credentials and TLS (`rediss://`) are read from the first URL.
 */
export function clusterSeeds(url: string): URL[] | undefined {
  const parts = url.split(',').map((p) => p.trim()).filter(Boolean);
  return parts.length > 1 ? parts.map((p) => new URL(p)) : undefined;
}

/** Whether a REDIS_URL value is one redis(s):// URL or a comma-separated list of them. */
export function isRedisUrl(value: string): boolean {
  return value
    .split(',')
    .map((p) => p.trim())
    .every((p) => {
      try {
        const url = new URL(p);
        return (url.protocol === 'redis:' || url.protocol === 'rediss:') && url.hostname !== '';
      } catch {
        return false;
      }
    });
}

/**
 * Multi-key commands (MGET, MULTI, the cache's and the index's scripts, the audit stream and its
 * head) must stay in one cluster slot: a key prefix with a hash tag (`{corridor:cache}:`) puts
 * each component's keys together, so a component lives on one node and the components spread
 * over the cluster. Returns why a prefix cannot work on a cluster, or nothing.
 */
export function clusterPrefixProblem(name: string, prefix: string): string | undefined {
  return /\{[^{}]+\}/.test(prefix) ? undefined : `${name}=${JSON.stringify(prefix)} needs a hash tag on a Redis Cluster, e.g. "{${prefix.replace(/:$/, '')}}:", so its multi-key commands stay in one slot`;
}

/**
 * A client for `url` with `options`. On a cluster, the per-connection options apply to each node's
 * connection, and the queueing and retry options to the cluster client itself.
 */
export function createRedisClient(url: string, options: RedisOptions = {}): RedisClient {
  const seeds = clusterSeeds(url);
  if (!seeds) return new Redis(url, options);
  const first = seeds[0]!;
  const { lazyConnect, enableOfflineQueue, retryStrategy, ...nodeOptions } = options;
  return new Cluster(
    seeds.map((s) => ({ host: s.hostname, port: Number(s.port || 6379) })),
    {
      lazyConnect,
      enableOfflineQueue,
      ...(retryStrategy && { clusterRetryStrategy: (times: number) => retryStrategy(times) ?? null }),
      redisOptions: {
        ...nodeOptions,
        ...(first.username && { username: decodeURIComponent(first.username) }),
        ...(first.password && { password: decodeURIComponent(first.password) }),
        ...(first.protocol === 'rediss:' && { tls: {} }),
      },
    },
  );
}
