import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../../gateway-context';
import { createGatewayMetrics } from '../../observability/gateway-metrics';
import { CachingDataSource } from '../caching-data-source';
import { MemoryEntityStore } from '../memory-entity-store';
import type { GatewayGraphQLResponse } from '../split-entities';

const QUERY = 'query($representations:[_Any!]!){_entities(representations:$representations){...on PhlPersonRecord{id names{full}}}}';
type Rep = { __typename: string; id: string };
const rep = (n: number): Rep => ({ __typename: 'PhlPersonRecord', id: `PHL:PNP:${n}` });

/** A subgraph that answers each representation with its record, and errors/nulls where told. */
function fakeSubgraph(behaviour: { errorOn?: string[]; withheldOn?: string[]; nullOn?: string[]; pathless?: boolean; fail?: boolean } = {}) {
  const calls: string[][] = [];
  const source: GraphQLDataSource<GatewayContext> = {
    async process(options) {
      const reps = (options.request.variables?.representations ?? []) as Rep[];
      calls.push(reps.map((r) => r.id));
      if (behaviour.fail) return { data: null, errors: [{ message: 'PHL is unavailable' }] };
      const errors: NonNullable<GatewayGraphQLResponse['errors']>[number][] = [];
      const items = reps.map((r, j) => {
        if (behaviour.nullOn?.includes(r.id)) return null;
        if (behaviour.withheldOn?.includes(r.id)) {
          errors.push({ message: `withheld by PHL: ${r.id}`, path: ['_entities', j, 'names'], extensions: { code: 'FORBIDDEN', rule: 'originator:releasability', record: r.id } });
          if (behaviour.errorOn?.includes(r.id)) errors.push({ message: 'PHL native source timed out', path: ['_entities', j, 'events'], extensions: { code: 'SUBGRAPH_TIMEOUT' } });
          return { id: r.id, names: null };
        }
        if (behaviour.errorOn?.includes(r.id)) {
          errors.push({ message: 'withheld', path: ['_entities', j, 'names'], extensions: { code: 'FORBIDDEN' } });
          return { id: r.id, names: null };
        }
        return { id: r.id, names: [{ full: `name of ${r.id}` }] };
      });
      if (behaviour.pathless) errors.push({ message: 'something about the whole call' });
      return { data: { _entities: items }, ...(errors.length ? { errors } : {}) };
    },
  };
  return { source, calls };
}

function options(reps: unknown[], context: Partial<GatewayContext> = asker(), query = QUERY, extra: Record<string, unknown> = {}): GraphQLDataSourceProcessOptions<GatewayContext> {
  return { kind: 'incoming operation', request: { query, variables: { ...extra, representations: reps } }, context, incomingRequestContext: {} } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

function asker(roles: ('INVESTIGATOR' | 'ANALYST')[] = ['INVESTIGATOR'], purpose: string | null = 'PHL-2024-0001'): GatewayContext {
  return { requester: { sub: 's', country: 'PHL', agency: 'PNP', roles, clearance: 2, issuer: 'dev' }, purpose, requestId: 'r' };
}

function setup(behaviour?: Parameters<typeof fakeSubgraph>[0], now = () => 0) {
  const subgraph = fakeSubgraph(behaviour);
  const store = new MemoryEntityStore({ ttlSeconds: 60, now });
  const metrics = createGatewayMetrics({ processMetrics: false });
  const cached = new CachingDataSource({ subgraph: 'phl', url: 'http://phl', inner: subgraph.source, store, metrics });
  const counts = async () => Object.fromEntries((await metrics.cacheLookups.get()).values.map((v) => [v.labels.result, v.value]));
  return { ...subgraph, store, cached, counts };
}

describe('CachingDataSource: split and merge of _entities calls', () => {
  it('answers a repeated call from the cache without calling the subgraph', async () => {
    const { cached, calls, counts } = setup();
    const first = await cached.process(options([rep(1), rep(2)]));
    const second = await cached.process(options([rep(1), rep(2)]));
    expect(calls).toEqual([['PHL:PNP:1', 'PHL:PNP:2']]);
    expect(second).toEqual(first);
    expect(second.errors).toBeUndefined();
    expect(await counts()).toEqual({ hit: 2, miss: 2 });
  });

  it('sends only the misses, in order, and merges cached and fresh items back into the original order', async () => {
    const { cached, calls } = setup();
    await cached.process(options([rep(2), rep(4)]));
    const answer = await cached.process(options([rep(1), rep(2), rep(3), rep(4), rep(5)]));
    expect(calls[1]).toEqual(['PHL:PNP:1', 'PHL:PNP:3', 'PHL:PNP:5']);
    expect((answer.data!._entities as { id: string }[]).map((e) => e.id)).toEqual([1, 2, 3, 4, 5].map((n) => `PHL:PNP:${n}`));
  });

  it('remaps error paths to the original positions and never caches an item that carried an error, or null', async () => {
    const { cached, calls } = setup({ errorOn: ['PHL:PNP:3'], nullOn: ['PHL:PNP:5'] });
    await cached.process(options([rep(2)]));
    const answer = await cached.process(options([rep(1), rep(2), rep(3), rep(5)]));
    // The subgraph saw PHL:PNP:3 at position 1 of [1, 3, 5]; the client asked it at position 2.
    expect(answer.errors).toEqual([{ message: 'withheld', path: ['_entities', 2, 'names'], extensions: { code: 'FORBIDDEN' } }]);
    expect(answer.data!._entities[3]).toBeNull();
    await cached.process(options([rep(1), rep(2), rep(3), rep(5)]));
    expect(calls[2]).toEqual(['PHL:PNP:3', 'PHL:PNP:5']);
  });

  it("caches an item the owner withheld fields of, with the owner's errors, and answers them again at the item's new position", async () => {
    const { cached, calls } = setup({ withheldOn: ['PHL:PNP:3'] });
    const first = await cached.process(options([rep(3)]));
    expect(first.errors).toEqual([{ message: 'withheld by PHL: PHL:PNP:3', path: ['_entities', 0, 'names'], extensions: { code: 'FORBIDDEN', rule: 'originator:releasability', record: 'PHL:PNP:3' } }]);
    const again = await cached.process(options([rep(1), rep(3)]));
    expect(calls).toEqual([['PHL:PNP:3'], ['PHL:PNP:1']]);
    expect(again.data!._entities).toEqual([{ id: 'PHL:PNP:1', names: [{ full: 'name of PHL:PNP:1' }] }, { id: 'PHL:PNP:3', names: null }]);
    expect(again.errors).toEqual([{ ...first.errors![0], path: ['_entities', 1, 'names'] }]);
    const fromCacheOnly = await cached.process(options([rep(3), rep(1)]));
    expect(calls).toHaveLength(2);
    expect(fromCacheOnly.errors).toEqual([{ ...first.errors![0], path: ['_entities', 0, 'names'] }]);
  });

  it('keeps an item out of the cache when any of its errors is not an owner\'s release decision', async () => {
    const { cached, calls } = setup({ withheldOn: ['PHL:PNP:3'], errorOn: ['PHL:PNP:3'] });
    await cached.process(options([rep(3)]));
    await cached.process(options([rep(3)]));
    expect(calls).toEqual([['PHL:PNP:3'], ['PHL:PNP:3']]);
  });

  it('caches nothing of an answer with an error that points at no item', async () => {
    const { cached, calls } = setup({ pathless: true });
    await cached.process(options([rep(1)]));
    await cached.process(options([rep(1)]));
    expect(calls).toHaveLength(2);
  });

  it('passes a failed call on as it came (the cached items do not turn it into a partial answer)', async () => {
    const { cached, store } = setup({ fail: true });
    const answer = await cached.process(options([rep(1)]));
    expect(answer).toEqual({ data: null, errors: [{ message: 'PHL is unavailable' }] });
    expect(store.size).toBe(0);
  });

  it('never hands an entry to a requester of another scope, nor for another query text or variables', async () => {
    const { cached, calls } = setup();
    await cached.process(options([rep(1)]));
    await cached.process(options([rep(1)], asker(['ANALYST'])));
    await cached.process(options([rep(1)], asker(['INVESTIGATOR'], null)));
    await cached.process(options([rep(1)], asker(), `${QUERY} `));
    await cached.process(options([rep(1)], asker(), QUERY, { flag: true }));
    expect(calls).toHaveLength(5);
  });

  it('hands out a copy: changing one answer does not change the next', async () => {
    const { cached } = setup();
    const first = await cached.process(options([rep(1)]));
    (first.data!._entities[0] as { names: unknown }).names = 'changed in place by the gateway';
    const second = await cached.process(options([rep(1)]));
    expect((second.data!._entities[0] as { names: unknown }).names).toEqual([{ full: 'name of PHL:PNP:1' }]);
  });

  it('fetches a record again after its invalidation, and after its TTL', async () => {
    let now = 0;
    const { cached, calls, store } = setup(undefined, () => now);
    await cached.process(options([rep(1), rep(2)]));
    expect(await store.invalidate(['PHL:PNP:1'])).toBe(1);
    await cached.process(options([rep(1), rep(2)]));
    expect(calls[1]).toEqual(['PHL:PNP:1']);
    now = 60_000;
    await cached.process(options([rep(1), rep(2)]));
    expect(calls[2]).toEqual(['PHL:PNP:1', 'PHL:PNP:2']);
  });

  it('lets calls that are not entity calls for a requester through untouched', async () => {
    const { cached, calls } = setup();
    const trace = { kind: 'incoming operation', request: { query: '{ trace { id } }', variables: {} }, context: asker(), incomingRequestContext: {} } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    await cached.process(trace);
    await cached.process(trace);
    await cached.process(options([rep(1)], {}));
    await cached.process(options([rep(1)], {}));
    expect(calls).toHaveLength(4);
  });
});

describe('MemoryEntityStore', () => {
  it('keeps at most maxEntries, dropping the least recently used', async () => {
    const store = new MemoryEntityStore({ ttlSeconds: 60, maxEntries: 2 });
    await store.setMany([{ key: 'a', recordId: 'A', value: '1' }, { key: 'b', recordId: 'B', value: '2' }]);
    await store.getMany(['a']);
    await store.setMany([{ key: 'c', recordId: 'C', value: '3' }]);
    expect(await store.getMany(['a', 'b', 'c'])).toEqual(['1', undefined, '3']);
    expect(await store.invalidate(['B'])).toBe(0);
  });
});
