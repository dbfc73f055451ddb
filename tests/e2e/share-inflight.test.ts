// Identical reads in flight share one subgraph call, end to end: real HTTP through the real
// gateway (entity cache off, so sharing alone is what is seen) to the real subgraphs and native
// sources, which answer slowly enough for the requests to overlap.
import { EXAMPLE_TRACE } from '../../gateway/stack/example-trace';
import { startTestStack, type TestStack } from '../../gateway/stack/in-process';

let stack: TestStack;
beforeAll(async () => {
  const saved = { ...process.env };
  Object.assign(process.env, { CACHE: 'off', SHARE_INFLIGHT: 'on' });
  try {
    // Slow enough for six requests sent together to overlap at the owners; the index's first read
    // of every feed pays the latency page by page, hence the longer start on a busy machine.
    stack = await startTestStack({ nativeLatencyMs: 150, nativeTimeoutMs: 20_000, subgraphTimeoutMs: 15_000 });
  } finally {
    process.env = saved;
  }
}, 120_000);
afterAll(() => stack?.close());

/** Record lookups at a native source; the index's feed reads (`page=`) happen on their own schedule. */
const lookups = (code: string) => stack.countries[code]!.native.requests.filter((r) => !/[?&]page=/.test(r.search)).length;
const sharedCalls = async (subgraph: string) => {
  const text = await (await fetch(`${stack.gateway.origin}/metrics`)).text();
  return Number(new RegExp(`^corridor_subgraph_calls_shared_total\\{subgraph="${subgraph}"\\} (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
};
const names = (body: { data?: Record<string, any> | null }) =>
  (body.data!.trace.records as { jurisdiction: string; names: { full: string }[] | null }[]).map((r) => [r.jurisdiction, r.names?.map((n) => n.full) ?? null]).sort();

describe('identical traces at the same time', () => {
  it('reach each owner once, and every investigator gets the whole answer', async () => {
    await stack.query(EXAMPLE_TRACE); // plans the query
    const before = { phl: lookups('PHL'), tha: lookups('THA'), shared: await sharedCalls('phl') };
    const answers = await Promise.all(Array.from({ length: 6 }, () => stack.query(EXAMPLE_TRACE)));
    const first = names(answers[0]!.body);
    expect(first.map(([code]) => code)).toEqual(['PHL', 'THA']);
    for (const a of answers) {
      expect(a.body.errors).toBeUndefined();
      expect(names(a.body)).toEqual(first);
    }
    expect(lookups('PHL') - before.phl).toBeLessThan(6);
    expect(lookups('THA') - before.tha).toBeLessThan(6);
    expect(await sharedCalls('phl')).toBeGreaterThan(before.shared);
  });

  it('are not shared between requesters with different rights: each gets what it is released', async () => {
    // A liaison officer without a case is refused the victim's name; the investigator with one is not.
    const before = lookups('PHL');
    const [investigator, liaison] = await Promise.all([
      stack.query(EXAMPLE_TRACE),
      stack.query(EXAMPLE_TRACE, undefined, { roles: ['LIAISON'], purpose: null }),
    ]);
    expect(investigator.body.errors).toBeUndefined();
    expect(names(investigator.body).find(([code]) => code === 'PHL')![1]).not.toBeNull();
    expect(liaison.body.errors?.map((e) => e.extensions?.code)).toContain('PURPOSE_REQUIRED');
    expect(lookups('PHL') - before).toBe(2);
  });
});
