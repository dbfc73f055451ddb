import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../../gateway-context';
import { createGatewayMetrics } from '../../observability/gateway-metrics';
import { shareInflight } from '../share-inflight';

const QUERY = 'query($representations:[_Any!]!){_entities(representations:$representations){...on PhlPersonRecord{id names{full}}}}';
const MUTATION = 'mutation($a:ID!,$b:ID!){confirmLink(a:$a,b:$b,reason:"same"){colour}}';

/** A subgraph that answers after a moment, counting the calls that reach it. */
function slowSubgraph(fail = false) {
  let calls = 0;
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const source: GraphQLDataSource<GatewayContext> = {
    async process() {
      calls += 1;
      await gate;
      if (fail) throw new Error('PHL is unavailable');
      return { data: { _entities: [{ id: 'PHL:PNP:1', names: [{ full: 'MARICEL VILLANUEVA' }] }] } };
    },
  };
  return { source, calls: () => calls, release: () => release() };
}

function asker(over: Partial<GatewayContext['requester']> = {}, purpose: string | null = 'PHL-2024-0001'): Partial<GatewayContext> {
  return { requester: { sub: 'officer-1', country: 'PHL', agency: 'PNP', roles: ['INVESTIGATOR'], clearance: 2, issuer: 'dev', ...over }, purpose, requestId: `r-${Math.random()}` };
}

function options(context: Partial<GatewayContext> | undefined, query = QUERY, variables: Record<string, unknown> = { representations: [{ __typename: 'PhlPersonRecord', id: 'PHL:PNP:1' }] }) {
  return { kind: 'incoming operation', request: { query, variables }, context, incomingRequestContext: {} } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

function setup(fail = false) {
  const subgraph = slowSubgraph(fail);
  const metrics = createGatewayMetrics({ processMetrics: false });
  const shared = shareInflight(subgraph.source, 'phl', { shared: metrics.subgraphShared });
  const sharedCount = async () => (await metrics.subgraphShared.get()).values.find((v) => v.labels.subgraph === 'phl')?.value ?? 0;
  return { ...subgraph, shared, sharedCount };
}

describe('shareInflight: identical reads in flight go out once', () => {
  it('sends five identical calls once, and gives each caller an answer of its own', async () => {
    const { shared, calls, release, sharedCount } = setup();
    const answers = Array.from({ length: 5 }, () => shared.process(options(asker())));
    release();
    const results = await Promise.all(answers);
    expect(calls()).toBe(1);
    expect(await sharedCount()).toBe(4);
    for (const r of results) expect(r).toEqual({ data: { _entities: [{ id: 'PHL:PNP:1', names: [{ full: 'MARICEL VILLANUEVA' }] }] } });
    // The executor writes into what it receives: one request's writes must not reach another's.
    (results[0]!.data!._entities as { names: unknown }[])[0]!.names = null;
    expect((results[1]!.data!._entities as { names: unknown }[])[0]!.names).toEqual([{ full: 'MARICEL VILLANUEVA' }]);
  });

  it('keeps nothing once the call has settled: the next identical call goes out again', async () => {
    const { shared, calls, release } = setup();
    release();
    await shared.process(options(asker()));
    await shared.process(options(asker()));
    expect(calls()).toBe(2);
  });

  it.each([
    ['another officer', asker({ sub: 'officer-2' })],
    ['another case', asker({}, 'PHL-2024-0002')],
    ['no case', asker({}, null)],
    ['another country', asker({ country: 'THA', agency: 'RTP' })],
    ['other roles', asker({ roles: ['ANALYST'] })],
    ['another clearance', asker({ clearance: 3 })],
  ])('never shares between requesters that differ: %s', async (_what, other) => {
    const { shared, calls, release } = setup();
    const both = [shared.process(options(asker())), shared.process(options(other))];
    release();
    await Promise.all(both);
    expect(calls()).toBe(2);
  });

  it('never shares other variables or another operation', async () => {
    const { shared, calls, release } = setup();
    const all = [
      shared.process(options(asker())),
      shared.process(options(asker(), QUERY, { representations: [{ __typename: 'PhlPersonRecord', id: 'PHL:PNP:2' }] })),
      shared.process(options(asker(), QUERY.replace('names{full}', 'names{full script}'))),
    ];
    release();
    await Promise.all(all);
    expect(calls()).toBe(3);
  });

  it('never shares a mutation (it must act once per request) or a call made for nobody', async () => {
    const { shared, calls, release } = setup();
    const all = [
      shared.process(options(asker(), MUTATION, { a: 'PHL:PNP:1', b: 'THA:RTP:1' })),
      shared.process(options(asker(), MUTATION, { a: 'PHL:PNP:1', b: 'THA:RTP:1' })),
      shared.process(options(undefined)),
      shared.process(options(undefined)),
    ];
    release();
    await Promise.all(all);
    expect(calls()).toBe(4);
  });

  it('gives every waiter the failure of the one call, and then lets the next call go out', async () => {
    const { shared, calls, release } = setup(true);
    const answers = Array.from({ length: 3 }, () => shared.process(options(asker())));
    release();
    for (const a of answers) await expect(a).rejects.toThrow('PHL is unavailable');
    expect(calls()).toBe(1);
    await expect(shared.process(options(asker()))).rejects.toThrow('PHL is unavailable');
    expect(calls()).toBe(2);
  });
});
