// What operators see: Prometheus metrics from the real gateway after real requests.
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

const metricsText = async () => {
  const res = await fetch(`${stack.gateway.origin}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return res.text();
};

describe('/metrics', () => {
  it('counts requests, times each subgraph call, and counts policy denials by rule', async () => {
    await stack.query(EXAMPLE_TRACE);
    await stack.query(EXAMPLE_TRACE, undefined, { roles: ['ANALYST'] });
    const text = await metricsText();
    expect(text).toMatch(/corridor_graphql_requests_total\{operation="query",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/corridor_subgraph_request_duration_seconds_count\{subgraph="phl"\} [1-9]/);
    expect(text).toMatch(/corridor_subgraph_request_duration_seconds_count\{subgraph="index"\} [1-9]/);
    expect(text).toMatch(/corridor_policy_denials_total\{code="FORBIDDEN",rule="\(INVESTIGATOR \| VICTIM_SUPPORT \| LIAISON\) & PURPOSE"\} [1-9]/);
    expect(text).toContain('corridor_process_cpu_seconds_total');
  });

  it('counts a failing jurisdiction’s errors by code', async () => {
    await stack.stopSubgraph('THA');
    try {
      await stack.query(EXAMPLE_TRACE);
    } finally {
      await stack.restartSubgraph('THA');
    }
    expect(await metricsText()).toMatch(/corridor_subgraph_errors_total\{subgraph="tha",code="JURISDICTION_UNAVAILABLE"\} [1-9]/);
  });

  it('never carries a requester, a purpose or a record', async () => {
    const text = await metricsText();
    expect(text).not.toMatch(/PHL-2024-0001|test-officer|PHL:PNP|Villanueva/);
  });
});
