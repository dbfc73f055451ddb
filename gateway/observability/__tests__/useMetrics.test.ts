import { createGatewayMetrics } from '../gateway-metrics';
import { useMetrics } from '../useMetrics';

async function answer(metrics: ReturnType<typeof createGatewayMetrics>, singleResult: unknown, operation = 'query') {
  const hooks = await useMetrics({ metrics }).requestDidStart!({} as never);
  await (hooks as { willSendResponse: (c: unknown) => Promise<void> }).willSendResponse({ response: { body: { kind: 'single', singleResult } }, operation: { operation } });
}

describe('useMetrics', () => {
  it('counts requests by outcome, times them, and counts denials by code and rule', async () => {
    const metrics = createGatewayMetrics({ processMetrics: false });
    await answer(metrics, { data: { a: 1 } });
    await answer(metrics, { data: { a: null }, errors: [{ message: 'x', extensions: { code: 'FORBIDDEN', rule: 'originator:H0' } }, { message: 'y', extensions: { code: 'PURPOSE_REQUIRED', rule: 'ANY & PURPOSE' } }] });
    await answer(metrics, { data: null, errors: [{ message: 'z', extensions: { code: 'UNAUTHENTICATED' } }] }, 'mutation');
    const text = await metrics.registry.metrics();
    expect(text).toContain('corridor_graphql_requests_total{operation="query",outcome="ok"} 1');
    expect(text).toContain('corridor_graphql_requests_total{operation="query",outcome="partial"} 1');
    expect(text).toContain('corridor_graphql_requests_total{operation="mutation",outcome="error"} 1');
    expect(text).toContain('corridor_policy_denials_total{code="FORBIDDEN",rule="originator:H0"} 1');
    expect(text).toContain('corridor_policy_denials_total{code="PURPOSE_REQUIRED",rule="ANY & PURPOSE"} 1');
    expect(text).toMatch(/corridor_graphql_request_duration_seconds_count\{operation="query"\} 2/);
  });

  it('keeps each gateway’s counts apart', async () => {
    const one = createGatewayMetrics({ processMetrics: false });
    const two = createGatewayMetrics({ processMetrics: false });
    await answer(one, { data: {} });
    expect(await two.registry.metrics()).not.toContain('outcome="ok"} 1');
  });
});
