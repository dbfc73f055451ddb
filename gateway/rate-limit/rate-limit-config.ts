import { z } from 'zod';

const perMinute = () => z.coerce.number().int().min(0).max(1_000_000).optional();

/**
 * The rate-limit settings, as zod fields for the gateway's own config schema
 * (`schema.extend(rateLimitConfigShape)`), read once with the rest of its configuration.
 */
export const rateLimitConfigShape = {
  /**
   * Requests one officer (token issuer and subject) may send per minute, across every gateway
   * replica sharing `REDIS_URL`; 0 is no limit.
   * @default 300 when NODE_ENV=production, else 0
   */
  RATE_LIMIT_OFFICER_PER_MINUTE: perMinute(),
  /**
   * Requests one agency (country and agency of the token) may send per minute, all its officers
   * together; 0 is no limit.
   * @default 3000 when NODE_ENV=production, else 0
   */
  RATE_LIMIT_AGENCY_PER_MINUTE: perMinute(),
  /** Prefix of the rate-limit keys in Redis. @default 'corridor:rate:' */
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).max(200).default('corridor:rate:'),
};

const schema = z.object({ ...rateLimitConfigShape, NODE_ENV: z.string().optional() });

export interface RateLimitConfig {
  readonly officerPerMinute: number;
  readonly agencyPerMinute: number;
  readonly keyPrefix: string;
}

/**
 * The rate limits from values already read, defaults filled in; a bad value stops the start
 * naming it. On only in production by default: development (`npm start`, `npm run bench`, which
 * sends thousands of requests as one officer) and tests would otherwise be refused for load they
 * mean to make. A deployment that wants limits in another NODE_ENV sets them.
 */
export function loadRateLimitConfig(values: Record<string, unknown>): RateLimitConfig {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(values[String(i.path[0])])}: ${i.message}`);
    throw new Error(`invalid gateway configuration: ${problems.join('; ')}`);
  }
  const production = parsed.data.NODE_ENV === 'production';
  return Object.freeze({
    officerPerMinute: parsed.data.RATE_LIMIT_OFFICER_PER_MINUTE ?? (production ? 300 : 0),
    agencyPerMinute: parsed.data.RATE_LIMIT_AGENCY_PER_MINUTE ?? (production ? 3000 : 0),
    keyPrefix: parsed.data.RATE_LIMIT_KEY_PREFIX,
  });
}
