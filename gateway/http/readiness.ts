import { createRedisClient } from '../../subgraphs/kit/redis/redis-client';

export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<void>;
}

/** Redis answers PING within the budget; a fresh connection each time, so a dead one never lingers. */
export function redisCheck(url: string, timeoutMs = 500): ReadinessCheck {
  return {
    name: 'redis',
    async check() {
      const redis = createRedisClient(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
      redis.on('error', () => {}); // reported through the rejected connect below
      try {
        await redis.connect();
        await redis.ping();
      } finally {
        redis.disconnect();
      }
    },
  };
}

/**
 * The supergraph is loaded and this gateway is not shutting down. A refused reload leaves the
 * running supergraph serving, so it is reported (`lastReloadError` in the body) but not unready:
 * taking every replica out of rotation because a bad file was deployed to all would stop service
 * that still works.
 */
export function supergraphCheck(state: () => { readonly status: string }, stopping: () => boolean): ReadinessCheck {
  return {
    name: 'supergraph',
    async check() {
      if (stopping()) throw new Error('shutting down');
      const { status } = state();
      if (status !== 'loaded') throw new Error(`supergraph ${status === 'loading' ? 'not loaded yet' : status}`);
    },
  };
}

/** Run every check; the result names each dependency and why it is not ready. */
export async function readiness(checks: readonly ReadinessCheck[]): Promise<{ ready: boolean; checks: Record<string, string> }> {
  const results = await Promise.all(
    checks.map(async (c) => {
      try {
        await c.check();
        return [c.name, 'ok'] as const;
      } catch (error) {
        return [c.name, (error as Error).message || 'failed'] as const;
      }
    }),
  );
  return { ready: results.every(([, r]) => r === 'ok'), checks: Object.fromEntries(results) };
}
