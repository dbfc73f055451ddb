import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { clusterPrefixProblem, clusterSeeds } from '../../subgraphs/kit/redis/redis-client';
import { supergraphPath } from '../../schema/supergraph-path';
import { admissionConfigShape } from '../admission/admission-config';
import { auditConfigShape, namedDurableKind } from '../audit/audit-config';
import { cacheConfigShape } from '../cache/cache-config';
import { rateLimitConfigShape } from '../rate-limit/rate-limit-config';
import { resilienceConfigShape } from '../resilience/resilience-config';
import { tracingConfigShape } from '../../subgraphs/kit/tracing';
import { parseSettings } from '../../subgraphs/kit/settings';

/** Why POLICIES=off exists at all, and why production refuses it: said once, used twice. */
const POLICIES_OFF_IN_PRODUCTION = 'field policies and the audit cannot be turned off when NODE_ENV=production';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().min(1).default('127.0.0.1'),
    SUPERGRAPH_PATH: z.string().min(1).default(supergraphPath),
    /** How often the supergraph file is checked for a new version, in ms. @default 1000 */
    SUPERGRAPH_POLL_MS: z.coerce.number().int().min(10).max(3_600_000).default(1000),
    /** Overrides every subgraph's own time budget from the registry. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
    MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
    /** Trusted token issuers (JSON); required in production, where no development issuer is trusted. */
    AUTH_ISSUERS_FILE: z.string().min(1).optional(),
    /** Master key of the requester context signed for subgraphs (32+ characters); required in production. */
    CONTEXT_KEY: z.string().min(32).optional(),
    /**
     * `off` skips the field-label policy and the audit, so `npm run bench` can measure what they
     * cost beside an otherwise identical gateway. Authentication and the signed subgraph context
     * stay on. Refused in production: an unaudited gateway must not be one typo away.
     * @default 'on'
     */
    POLICIES: z.enum(['on', 'off']).default('on'),
    /**
     * Identical subgraph reads in flight at the same time (same operation, variables and requester)
     * go out once and share the answer, each request getting its own copy; `off` sends every one.
     * @default 'on'
     */
    SHARE_INFLIGHT: z.enum(['on', 'off']).default('on'),
    /**
     * How long a stopping gateway lets requests in flight finish before it cuts their connections.
     * @default 10000
     */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
    /**
     * The self-hosted schema explorer (GraphiQL at `GET /graphql` for browsers, assets under
     * `/explorer/`). Unset: on outside production, off in production; `on` in production serves the
     * page (if built) but never the development-token endpoint.
     * @default on (off when NODE_ENV=production)
     */
    EXPLORER: z.enum(['on', 'off']).optional(),
    /**
     * Worker processes serving the one port (Node's cluster: the primary hands out connections);
     * `auto` is one per core. Above 1 the workers share cache, rate limits and persisted queries
     * through Redis and append to the PostgreSQL audit trail, so both are required.
     * @default 1
     */
    GATEWAY_WORKERS: z
      .union([z.literal('auto'), z.coerce.number().int().min(1).max(64)])
      .default(1)
      .transform((v) => (v === 'auto' ? availableParallelism() : v)),
  })
  .extend(tracingConfigShape)
  .extend(auditConfigShape)
  .extend(admissionConfigShape)
  .extend(cacheConfigShape)
  .extend(rateLimitConfigShape)
  .extend(resilienceConfigShape)
  // After `extend`: zod does not let an object with refinements be extended.
  .superRefine((config, ctx) => {
    if (config.NODE_ENV === 'production' && config.POLICIES === 'off') {
      ctx.addIssue({ code: 'custom', path: ['POLICIES'], message: POLICIES_OFF_IN_PRODUCTION });
    }
    if (config.REDIS_URL && clusterSeeds(config.REDIS_URL)) {
      for (const [name, prefix] of [['CACHE_REDIS_PREFIX', config.CACHE_REDIS_PREFIX], ['AUDIT_STREAM', config.AUDIT_STREAM]] as const) {
        const problem = clusterPrefixProblem(name, prefix);
        if (problem) ctx.addIssue({ code: 'custom', path: [name], message: problem });
      }
    }
    if (config.GATEWAY_WORKERS > 1) {
      // Each worker alone would keep its own cache and rate-limit counters (an officer would get N
      // times the limit) and its own APQ store; the file trail has one writer (two fork its chain).
      if (!config.REDIS_URL) ctx.addIssue({ code: 'custom', path: ['GATEWAY_WORKERS'], message: 'more than one worker needs REDIS_URL: the workers share cache, rate limits and persisted queries through Redis' });
      if (config.POLICIES === 'on' && namedDurableKind(config) === 'file') {
        ctx.addIssue({ code: 'custom', path: ['GATEWAY_WORKERS'], message: 'more than one worker needs the PostgreSQL audit sink (DATABASE_URL): the file trail has a single writer' });
      }
    }
  });

export type GatewayConfig = Readonly<z.output<typeof schema>>;

/** Read the gateway's environment once, validated and frozen; a bad value stops the start naming it. */
export function loadGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  return parseSettings(schema, env, 'gateway configuration');
}

/**
 * Whether the gateway enforces field labels and audits (anything but an explicit `off`). Checks the
 * production rule again because `startGateway` is also called with options that never went
 * through `loadGatewayConfig` (tests, the in-process stack).
 */
export function policiesOn(config: { readonly POLICIES?: 'on' | 'off'; readonly NODE_ENV?: string }): boolean {
  if (config.POLICIES !== 'off') return true;
  if (config.NODE_ENV === 'production') throw new Error(`invalid gateway configuration: POLICIES="off": ${POLICIES_OFF_IN_PRODUCTION}`);
  return false;
}

/** Whether the gateway serves the schema explorer: as set, else on everywhere but production. */
export function explorerOn(config: { readonly EXPLORER?: 'on' | 'off'; readonly NODE_ENV?: string }): boolean {
  return config.EXPLORER ? config.EXPLORER === 'on' : config.NODE_ENV !== 'production';
}
