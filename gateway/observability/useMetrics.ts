import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GatewayMetrics } from './gateway-metrics';

export interface UseMetricsOptions {
  metrics: GatewayMetrics;
}

/**
 * Request rate, latency and outcome per operation type, and the denials the answer carries
 * (a label's FORBIDDEN / PURPOSE_REQUIRED, an owner's withholding), counted by rule.
 */
export function useMetrics<TContext extends BaseContext = BaseContext>({ metrics }: UseMetricsOptions): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({ response, operation }) {
          const kind = operation?.operation ?? 'unknown';
          metrics.requestSeconds.observe({ operation: kind }, Number(process.hrtime.bigint() - started) / 1e9);
          if (response.body.kind !== 'single') {
            metrics.requests.inc({ operation: kind, outcome: 'ok' });
            return;
          }
          const { data, errors } = response.body.singleResult;
          metrics.requests.inc({ operation: kind, outcome: !errors?.length ? 'ok' : data ? 'partial' : 'error' });
          for (const e of errors ?? []) {
            const code = String(e.extensions?.code ?? '');
            if (code === 'FORBIDDEN' || code === 'PURPOSE_REQUIRED') {
              // A label's rule is its expression; an owner's is `originator:<rule>`. Both are bounded sets.
              metrics.policyDenials.inc({ code, rule: String(e.extensions?.rule ?? 'unknown').slice(0, 120) });
            }
          }
        },
      };
    },
  };
}
