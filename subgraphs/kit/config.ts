import { z } from 'zod';
import { parseSettings } from './settings';

const DEVELOPMENT_INDEX_KEY = 'corridor-development-index-key-not-for-production';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).optional(),
    INDEX_KEY: z.string().min(32, 'INDEX_KEY must be at least 32 characters').optional(),
    // Native calls also serve background work (index feed pages, operation counts) that can be large;
    // a query's own budget is the gateway's per-subgraph timeout.
    NATIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  })
  .transform((env, ctx) => {
    if (!env.INDEX_KEY && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['INDEX_KEY'], message: 'INDEX_KEY is required in production' });
    }
    return { ...env, INDEX_KEY: env.INDEX_KEY ?? DEVELOPMENT_INDEX_KEY };
  });

export type SubgraphConfig = Readonly<z.output<typeof schema>>;

/** Read and validate a subgraph's environment once at start; a bad value stops the start, naming it. */
export function loadSubgraphConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  return parseSettings(schema, env, 'configuration');
}
