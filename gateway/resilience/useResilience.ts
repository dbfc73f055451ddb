import { AsyncLocalStorage } from 'node:async_hooks';
import { BrokenCircuitError, CircuitState, ConsecutiveBreaker, ExponentialBackoff, circuitBreaker, handleWhen, retry, type CircuitBreakerPolicy, type RetryPolicy } from 'cockatiel';
import type { Logger } from '../../subgraphs/kit/log';
import type { GatewayMetrics } from '../observability/gateway-metrics';

export type BreakerState = 'CLOSED' | 'HALF_OPEN' | 'OPEN';

/** The gauge's values (`corridor_circuit_breaker_state`), as its help text says. */
const GAUGE: Record<BreakerState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };

// Isolated is a breaker held open by hand; Corridor never isolates one, but it would read as open.
const STATE_OF: Record<CircuitState, BreakerState> = {
  [CircuitState.Closed]: 'CLOSED',
  [CircuitState.HalfOpen]: 'HALF_OPEN',
  [CircuitState.Open]: 'OPEN',
  [CircuitState.Isolated]: 'OPEN',
};

/** A retry is only worth sending if this much of the call's budget is left after its backoff. */
const MIN_ATTEMPT_MS = 100;

// The deadline of the call in progress, read by the retry's predicate: cockatiel asks it whether to
// retry, not whether there is time to, so both questions go in one predicate. One store for every
// subgraph: on Node 20 each AsyncLocalStorage in use adds work to every promise the process
// creates, and one per subgraph (118 at full registry) cost the gateway a fifth of its CPU.
const deadlines = new AsyncLocalStorage<number>();

export interface ResilienceOptions {
  /** Extra attempts of a read that failed transiently; 0 never retries. @default 1 */
  retries?: number;
  /** First backoff delay; each later one doubles (decorrelated jitter, at most 8 times this). @default 50 */
  retryDelayMs?: number;
  /** Consecutive failed calls that open a subgraph's breaker; 0 turns breakers off. @default 5 */
  breakerFailures?: number;
  /** How long an open breaker refuses calls before the next call is let through as a test. @default 10000 */
  breakerCooldownMs?: number;
  /** Where each breaker's state is shown. @default none */
  metrics?: Pick<GatewayMetrics, 'breakerState'>;
  /** Where a breaker opening and closing is said. @default none */
  log?: Pick<Logger, 'warn' | 'info'>;
}

export interface CallOptions {
  /** Only a read is retried: a retried mutation could act twice. */
  readonly idempotent: boolean;
  /** The whole call's time, every attempt and backoff included. */
  readonly budgetMs: number;
}

/** One subgraph's breaker and retries. */
export interface SubgraphPolicy {
  /**
   * Runs `attempt` (given the deadline its own timeout must keep), retrying a read whose failure
   * `isTransient` while the budget allows, behind the subgraph's breaker. While the breaker is open
   * it throws at once without calling `attempt`; `isBreakerOpen` recognises that error.
   */
  execute<T>(attempt: (deadline: number) => Promise<T>, options: CallOptions): Promise<T>;
  readonly state: BreakerState;
  /** The settings behind `state`, for the message a client reads. */
  readonly breakerFailures: number;
  readonly breakerCooldownMs: number;
}

export interface Resilience {
  /** The policy of one subgraph; `isTransient` says which failures count (and are retried). */
  policyFor(subgraph: string, isTransient: (error: unknown) => boolean): SubgraphPolicy;
}

/** Whether a call was refused by an open (or testing) breaker without reaching the subgraph. */
export function isBreakerOpen(error: unknown): boolean {
  return error instanceof BrokenCircuitError;
}

/**
 * Per-subgraph retries and circuit breakers, on cockatiel. The breaker wraps the retries, so it
 * counts failed calls, not attempts: "opens after 5 failures" means five requests that failed
 * even after their retry. A failure counts only when `isTransient` says the subgraph is at fault
 * (unreachable, 5xx, too slow); a refusal such as 401 says something about the caller or the
 * gateway and neither retries nor opens the breaker.
 */
export function useResilience({ retries = 1, retryDelayMs = 50, breakerFailures = 5, breakerCooldownMs = 10_000, metrics, log }: ResilienceOptions = {}): Resilience {
  const maxDelay = retryDelayMs * 8;
  return {
    policyFor(subgraph, isTransient) {
      const worthRetrying = (error: Error) => isTransient(error) && (deadlines.getStore() ?? 0) - Date.now() > maxDelay + MIN_ATTEMPT_MS;
      const retrying: RetryPolicy | undefined =
        retries > 0 ? retry(handleWhen(worthRetrying), { maxAttempts: retries, backoff: new ExponentialBackoff({ initialDelay: retryDelayMs, maxDelay }) }) : undefined;
      const breaker: CircuitBreakerPolicy | undefined =
        breakerFailures > 0 ? circuitBreaker(handleWhen((error) => isTransient(error)), { halfOpenAfter: breakerCooldownMs, breaker: new ConsecutiveBreaker(breakerFailures) }) : undefined;
      metrics?.breakerState.set({ subgraph }, GAUGE.CLOSED);
      breaker?.onStateChange((raw) => {
        const state = STATE_OF[raw];
        metrics?.breakerState.set({ subgraph }, GAUGE[state]);
        if (state === 'OPEN') log?.warn({ subgraph, failures: breakerFailures, cooldownMs: breakerCooldownMs }, 'circuit breaker open: calls fail fast until the cool-down has passed');
        else if (state === 'CLOSED') log?.info({ subgraph }, 'circuit breaker closed again');
      });
      return {
        breakerFailures,
        breakerCooldownMs,
        get state() {
          return breaker ? STATE_OF[breaker.state] : 'CLOSED';
        },
        execute(attempt, { idempotent, budgetMs }) {
          const deadline = Date.now() + budgetMs;
          const once = () => attempt(deadline);
          const call = idempotent && retrying ? () => deadlines.run(deadline, () => retrying.execute(once)) : once;
          return breaker ? breaker.execute(call) : call();
        },
      };
    },
  };
}
