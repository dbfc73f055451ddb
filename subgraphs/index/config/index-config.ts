import { z } from 'zod';
import { clusterPrefixProblem, clusterSeeds, isRedisUrl } from '../../kit/redis/redis-client';
import { parseSettings } from '../../kit/settings';

const schema = z.object({
  /** How often every feed is asked for its changes. */
  INDEX_SYNC_INTERVAL_MS: z.coerce.number().int().min(100).default(10_000),
  // Feed pages are background work, and the first page of a pass waits for the subgraph to read
  // its native source: their budget is not a query's.
  INDEX_FEED_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Where the blind keys and feed cursors live; unset: in process memory (the embedded default). */
  REDIS_URL: z
    .string()
    .refine(isRedisUrl, 'must be a redis:// or rediss:// URL, or a comma-separated list of the nodes of a Redis Cluster')
    .optional(),
  /** Prefix of the index's Redis keys, so several indexes can share one Redis. */
  INDEX_REDIS_PREFIX: z.string().min(1).max(100).default('corridor:index:'),
}).superRefine((config, ctx) => {
  // The index's scripts touch many of its keys at once: on a cluster they must share a slot.
  const problem = config.REDIS_URL && clusterSeeds(config.REDIS_URL) ? clusterPrefixProblem('INDEX_REDIS_PREFIX', config.INDEX_REDIS_PREFIX) : undefined;
  if (problem) ctx.addIssue({ code: 'custom', path: ['INDEX_REDIS_PREFIX'], message: problem });
});

export type IndexConfig = Readonly<z.output<typeof schema>>;

/** Read the index's own settings once, validated and frozen; a bad value stops the start naming it. */
export function loadIndexConfig(env: Record<string, string | undefined> = process.env): IndexConfig {
  return parseSettings(schema, env, 'index configuration');
}
