import { z } from 'zod';

const whole = () => z.coerce.number().int();

/**
 * The resilience settings, as zod fields for the gateway's own config schema
 * (`schema.extend(resilienceConfigShape)`), read once with the rest of its configuration.
 */
export const resilienceConfigShape = {
  /**
   * Extra attempts of a subgraph read (never a mutation) that failed to connect, answered HTTP 5xx
   * or timed out, within the call's own time budget; 0 never retries. @default 1
   */
  SUBGRAPH_RETRIES: whole().min(0).max(3).default(1),
  /** First backoff delay before a retry; later ones double, each with full jitter. @default 50 */
  SUBGRAPH_RETRY_DELAY_MS: whole().min(1).max(5000).default(50),
  /** Consecutive failed calls that open a subgraph's circuit breaker; 0 turns breakers off. @default 5 */
  BREAKER_FAILURES: whole().min(0).max(1000).default(5),
  /** How long an open breaker refuses calls before it lets one through to test the subgraph. @default 10000 */
  BREAKER_COOLDOWN_MS: whole().min(100).max(600_000).default(10_000),
};

const schema = z.object(resilienceConfigShape);

export type ResilienceConfig = Readonly<z.output<typeof schema>>;

/** The resilience settings from values already read, defaults filled in; a bad value stops the start naming it. */
export function loadResilienceConfig(values: Record<string, unknown>): ResilienceConfig {
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}=${JSON.stringify(values[String(i.path[0])])}: ${i.message}`);
    throw new Error(`invalid gateway configuration: ${problems.join('; ')}`);
  }
  return Object.freeze(parsed.data);
}
