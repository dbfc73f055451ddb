import { randomUUID } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import { Registry } from 'prom-client';
import { loadRateLimitConfig } from '../rate-limit-config';
import { useRateLimit, type RateLimit, type RateLimitOptions } from '../useRateLimit';

const REDIS_URL = process.env.REDIS_URL!;
const officer = (sub: string, agency = 'PNP') => ({ issuer: 'corridor-dev:PHL', sub, country: 'PHL', agency });

const opened: RateLimit[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((l) => l.close()));
});
async function limiter(options: RateLimitOptions): Promise<RateLimit> {
  const limit = useRateLimit({ keyPrefix: `test:rate:${randomUUID()}:`, ...options });
  opened.push(limit);
  await limit.ready();
  return limit;
}

async function refusal(check: Promise<void>): Promise<GraphQLError> {
  try {
    await check;
  } catch (error) {
    return error as GraphQLError;
  }
  throw new Error('expected RATE_LIMITED');
}

describe('useRateLimit', () => {
  it('refuses an officer past its budget with RATE_LIMITED, HTTP 429 and Retry-After', async () => {
    const limit = await limiter({ officerPerMinute: 2 });
    await limit.check(officer('a'));
    await limit.check(officer('a'));
    const error = await refusal(limit.check(officer('a')));
    expect(error.extensions.code).toBe('RATE_LIMITED');
    expect(error.message).toMatch(/this officer: at most 2 per minute/);
    const http = error.extensions.http as { status: number; headers: Map<string, string> };
    expect(http.status).toBe(429);
    expect(Number(http.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(http.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    // Another officer has a budget of its own.
    await limit.check(officer('b'));
  });

  it('tells officers apart by issuer as well as subject', async () => {
    const limit = await limiter({ officerPerMinute: 1 });
    await limit.check(officer('a'));
    await limit.check({ ...officer('a'), issuer: 'corridor-dev:THA' });
  });

  it('makes the officers of one agency share its budget, and other agencies keep theirs', async () => {
    const limit = await limiter({ agencyPerMinute: 3 });
    await limit.check(officer('a'));
    await limit.check(officer('b'));
    await limit.check(officer('c'));
    const error = await refusal(limit.check(officer('d')));
    expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'agency', maximum: 3 });
    await limit.check(officer('a', 'BI'));
  });

  it('does not draw on the agency budget for a request its officer may not send', async () => {
    const limit = await limiter({ officerPerMinute: 1, agencyPerMinute: 2 });
    await limit.check(officer('a'));
    await refusal(limit.check(officer('a')));
    await refusal(limit.check(officer('a')));
    await limit.check(officer('b'));
  });

  it('limits nothing at 0', async () => {
    const limit = await limiter({ officerPerMinute: 0, agencyPerMinute: 0, redis: REDIS_URL });
    for (let i = 0; i < 50; i++) await limit.check(officer('a'));
  });

  it('shares the budget between gateways through Redis', async () => {
    const keyPrefix = `test:rate:${randomUUID()}:`;
    const one = await limiter({ officerPerMinute: 3, redis: REDIS_URL, keyPrefix });
    const two = await limiter({ officerPerMinute: 3, redis: REDIS_URL, keyPrefix });
    await one.check(officer('a'));
    await two.check(officer('a'));
    await one.check(officer('a'));
    expect((await refusal(two.check(officer('a')))).extensions.code).toBe('RATE_LIMITED');
  });

  it('never refuses because Redis is down: counts in memory, says so once, and counts the fallbacks', async () => {
    const registry = new Registry();
    const warn = jest.fn();
    const limit = await limiter({ officerPerMinute: 2, redis: 'redis://127.0.0.1:1', registry, log: { warn, info: jest.fn() } });
    await limit.check(officer('a'));
    await limit.check(officer('a'));
    // Still limited, by this gateway's own count.
    expect((await refusal(limit.check(officer('a')))).extensions.code).toBe('RATE_LIMITED');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(await registry.metrics()).toMatch(/corridor_rate_limit_fallbacks_total 3/);
    expect(await registry.metrics()).toMatch(/corridor_rate_limited_total\{scope="officer"\} 1/);
  });
});

describe('loadRateLimitConfig', () => {
  it('limits by default in production only', () => {
    expect(loadRateLimitConfig({ NODE_ENV: 'production' })).toMatchObject({ officerPerMinute: 300, agencyPerMinute: 3000 });
    expect(loadRateLimitConfig({ NODE_ENV: 'test' })).toMatchObject({ officerPerMinute: 0, agencyPerMinute: 0 });
    expect(loadRateLimitConfig({ NODE_ENV: 'development', RATE_LIMIT_OFFICER_PER_MINUTE: '60' })).toMatchObject({ officerPerMinute: 60, agencyPerMinute: 0 });
    expect(loadRateLimitConfig({ NODE_ENV: 'production', RATE_LIMIT_AGENCY_PER_MINUTE: '0' })).toMatchObject({ agencyPerMinute: 0 });
  });

  it('stops the start on a bad value, naming the option and the value', () => {
    expect(() => loadRateLimitConfig({ RATE_LIMIT_OFFICER_PER_MINUTE: '-1' })).toThrow(/RATE_LIMIT_OFFICER_PER_MINUTE="-1"/);
    expect(() => loadRateLimitConfig({ RATE_LIMIT_AGENCY_PER_MINUTE: 'lots' })).toThrow(/RATE_LIMIT_AGENCY_PER_MINUTE="lots"/);
  });
});
