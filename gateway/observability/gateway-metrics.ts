import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The gateway's Prometheus metrics. One registry per gateway instance (not prom-client's global
 * one), so several gateways in one process — tests, the benchmark — never mix their counts.
 * Labels carry names and codes only: never an officer, a purpose or a record.
 */
export interface GatewayMetrics {
  readonly registry: Registry;
  /** GraphQL requests answered, by operation type and outcome (ok, partial, error). */
  readonly requests: Counter<'operation' | 'outcome'>;
  readonly requestSeconds: Histogram<'operation'>;
  /** One call from the gateway to one subgraph. */
  readonly subgraphSeconds: Histogram<'subgraph'>;
  /** Subgraph calls that failed, by subgraph and error code (JURISDICTION_TIMEOUT, …). */
  readonly subgraphErrors: Counter<'subgraph' | 'code'>;
  /** Subgraph calls not sent because an identical one was in flight (its answer was shared). */
  readonly subgraphShared: Counter<'subgraph'>;
  /** Fields denied by a label or withheld by an owner, by code and rule. */
  readonly policyDenials: Counter<'code' | 'rule'>;
  /** Audit events written, and refused by the sink (each refusal withheld an answer). */
  readonly auditEvents: Counter<'outcome'>;
  /** Circuit breaker state per jurisdiction: 0 closed, 1 half-open, 2 open. */
  readonly breakerState: Gauge<'subgraph'>;
  /** Cache lookups by result (hit, miss). */
  readonly cacheLookups: Counter<'result'>;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export function createGatewayMetrics(options: { processMetrics?: boolean } = {}): GatewayMetrics {
  const registry = new Registry();
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry, prefix: 'corridor_' });
  const registers = [registry];
  return {
    registry,
    requests: new Counter({ name: 'corridor_graphql_requests_total', help: 'GraphQL requests answered, by operation type and outcome.', labelNames: ['operation', 'outcome'], registers }),
    requestSeconds: new Histogram({ name: 'corridor_graphql_request_duration_seconds', help: 'Time from request to answer.', labelNames: ['operation'], buckets: SECONDS_BUCKETS, registers }),
    subgraphSeconds: new Histogram({ name: 'corridor_subgraph_request_duration_seconds', help: 'Time of one call to one subgraph.', labelNames: ['subgraph'], buckets: SECONDS_BUCKETS, registers }),
    subgraphErrors: new Counter({ name: 'corridor_subgraph_errors_total', help: 'Subgraph calls that failed, by subgraph and error code.', labelNames: ['subgraph', 'code'], registers }),
    subgraphShared: new Counter({ name: 'corridor_subgraph_calls_shared_total', help: 'Subgraph calls not sent because an identical read for the same requester was in flight; its answer was shared.', labelNames: ['subgraph'], registers }),
    policyDenials: new Counter({ name: 'corridor_policy_denials_total', help: 'Fields denied by a label or withheld by an owner, by code and rule.', labelNames: ['code', 'rule'], registers }),
    auditEvents: new Counter({ name: 'corridor_audit_events_total', help: 'Audit events written (stored) or refused by the sink (withheld).', labelNames: ['outcome'], registers }),
    // Across cluster workers the worst state shows: one worker's open breaker is what an operator must see.
    breakerState: new Gauge({ name: 'corridor_circuit_breaker_state', help: 'Circuit breaker per subgraph: 0 closed, 1 half-open, 2 open.', labelNames: ['subgraph'], registers, aggregator: 'max' }),
    cacheLookups: new Counter({ name: 'corridor_cache_lookups_total', help: 'Entity cache lookups by result.', labelNames: ['result'], registers }),
  };
}
