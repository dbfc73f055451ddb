import { createHash } from 'node:crypto';
import { HeaderMap } from '@apollo/server';
import type { GraphQLError } from 'graphql';
import { createRedisClient, type RedisClient } from '../../subgraphs/kit/redis/redis-client';
import { Counter, type Registry } from 'prom-client';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { corridorError, ERROR_CODES } from '../../schema/errors';
import type { Logger } from '../../subgraphs/kit/log';
import type { Requester } from '../auth/requester';

const WINDOW_SECONDS = 60;

export interface RateLimitOptions {
  /** Requests per officer (token issuer and subject) per minute; 0 is no limit. @default 0 */
  officerPerMinute?: number;
  /** Requests per agency (country and agency) per minute; 0 is no limit. @default 0 */
  agencyPerMinute?: number;
  /**
   * Where the counts are shared between gateway replicas: a Redis URL (the limiter then owns and
   * closes the connection) or a client of the caller's. Without it each gateway counts alone.
   * @default none (in memory)
   */
  redis?: string | RedisClient;
  /** Prefix of every key in Redis. @default 'corridor:rate:' */
  keyPrefix?: string;
  /** Budget of one Redis command; past it the request is counted in memory instead. @default 250 */
  commandTimeoutMs?: number;
  /** The gateway's metrics registry, where refusals and fallbacks to memory are counted. @default none */
  registry?: Registry;
  log?: Pick<Logger, 'warn' | 'info'>;
}

export interface RateLimit {
  /** Counts one request; throws RATE_LIMITED (HTTP 429, `Retry-After`) when a budget is spent. */
  check(requester: Pick<Requester, 'issuer' | 'sub' | 'country' | 'agency'>): Promise<void>;
  /**
   * Waits, at most `timeoutMs`, for the connection to Redis, so the first requests after a start
   * are counted with the other replicas; resolves false (never rejects) when Redis is not there.
   */
  ready(timeoutMs?: number): Promise<boolean>;
  close(): Promise<void>;
}

interface Scope {
  readonly name: 'officer' | 'agency';
  readonly limit: number;
  readonly shared: RateLimiterAbstract | undefined;
  readonly local: RateLimiterMemory;
}

/**
 * Rate limits per officer and per agency for the gateway's context function (which runs before
 * any parsing or subgraph call), counted in fixed one-minute windows by rate-limiter-flexible:
 * in Redis with one atomic Lua script per request when `redis` is given, so every replica draws
 * on the same budget.
 *
 * Redis trouble never refuses a request: a count that Redis cannot take in time is taken by an
 * in-memory limiter with the same budget (per replica, so the limit is looser while Redis is
 * away), said once in the log and counted in `corridor_rate_limit_fallbacks_total`.
 *
 * Officers are keyed by a hash of issuer and subject, so the shared Redis never holds who asked.
 */
export function useRateLimit({ officerPerMinute = 0, agencyPerMinute = 0, redis, keyPrefix = 'corridor:rate:', commandTimeoutMs = 250, registry, log }: RateLimitOptions = {}): RateLimit {
  const anyLimit = officerPerMinute > 0 || agencyPerMinute > 0;
  const owned = typeof redis === 'string' && anyLimit;
  const client =
    typeof redis === 'string'
      ? anyLimit
        ? createRedisClient(redis, { maxRetriesPerRequest: 0, enableOfflineQueue: false, commandTimeout: commandTimeoutMs, disconnectTimeout: 500 })
        : undefined
      : redis;
  // Connection trouble surfaces as rejected commands, handled below; without a listener ioredis
  // would print every reconnect attempt.
  if (owned) client?.on('error', () => {});
  const registers = registry ? [registry] : [];
  const refused = new Counter({ name: 'corridor_rate_limited_total', help: 'Requests refused with RATE_LIMITED, by the budget spent (officer, agency).', labelNames: ['scope'], registers });
  const fallbacks = new Counter({ name: 'corridor_rate_limit_fallbacks_total', help: 'Rate-limit counts taken in memory because Redis could not take them.', registers });

  const scope = (name: Scope['name'], limit: number): Scope | undefined =>
    limit > 0
      ? {
          name,
          limit,
          shared: client && new RateLimiterRedis({ storeClient: client, keyPrefix: `${keyPrefix}${name}`, points: limit, duration: WINDOW_SECONDS, rejectIfRedisNotReady: true }),
          local: new RateLimiterMemory({ keyPrefix: name, points: limit, duration: WINDOW_SECONDS }),
        }
      : undefined;
  const scopes = { officer: scope('officer', officerPerMinute), agency: scope('agency', agencyPerMinute) };
  let degraded = false;

  /** Remaining ms of the window when the budget is spent, else undefined. */
  async function consume({ shared, local }: Scope, key: string): Promise<number | undefined> {
    try {
      if (shared) {
        try {
          await shared.consume(key);
          if (degraded) log?.info('rate limits are shared through Redis again');
          degraded = false;
          return undefined;
        } catch (error) {
          if (error instanceof RateLimiterRes) throw error;
          fallbacks.inc();
          if (!degraded) log?.warn({ err: (error as Error).message }, 'Redis cannot take rate-limit counts: counting in this gateway’s memory until it can');
          degraded = true;
        }
      }
      await local.consume(key);
      return undefined;
    } catch (error) {
      if (error instanceof RateLimiterRes) return error.msBeforeNext;
      throw error;
    }
  }

  function limited(which: Scope, waitMs: number): GraphQLError {
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    const who = which.name === 'officer' ? 'this officer' : 'this agency';
    return corridorError('RATE_LIMITED', `Too many requests from ${who}: at most ${which.limit} per minute. Try again in ${retryAfter} s.`, {
      limit: which.name,
      maximum: which.limit,
      retryAfterSeconds: retryAfter,
      http: { status: ERROR_CODES.RATE_LIMITED.status, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    });
  }

  return {
    async check(requester) {
      // The officer first: a request refused for its officer's budget is not drawn from the agency's.
      const { officer, agency } = scopes;
      if (officer) {
        const id = createHash('sha256').update(`${requester.issuer}\0${requester.sub}`).digest('base64url').slice(0, 32);
        const wait = await consume(officer, id);
        if (wait !== undefined) {
          refused.inc({ scope: 'officer' });
          throw limited(officer, wait);
        }
      }
      if (agency) {
        const wait = await consume(agency, `${requester.country}:${requester.agency}`);
        if (wait !== undefined) {
          refused.inc({ scope: 'agency' });
          throw limited(agency, wait);
        }
      }
    },
    async ready(timeoutMs = 1000) {
      if (!client || client.status === 'ready') return true;
      return new Promise<boolean>((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          client.off('ready', onReady);
          resolve(ok);
        };
        const onReady = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        client.once('ready', onReady);
      });
    },
    async close() {
      if (owned) client?.disconnect();
    },
  };
}
