// The conformance check, run for every registered jurisdiction: its subgraph composes, publishes to
// the index, answers `_entities` for its records with one native call per batch, maps every shared
// field, and reports bad native records instead of dropping them.
import { composeSupergraph, registrySubgraphs } from '../schema/compose/compose';
import { isCountry, loadRegistry, type Jurisdiction } from '../schema/registry/registry';
import { createLogger } from '../subgraphs/kit/log';
import { fetchEntities, publishedIds, refusesUnsignedCalls, unmappedFields } from '../subgraphs/kit/conformance/check-subgraph';
import { startCountrySubgraph } from '../subgraphs/kit/subgraph/country-subgraph';
import { adapterFactory, nativeSourceStarter } from '../subgraphs/kit/wiring/adapters';
import { generateScenario } from '../subgraphs/scenario/generate';
import { TEST_INDEX_KEY, registryOf } from '../gateway/stack/in-process';

const registry = loadRegistry();
const log = createLogger('conformance', 'silent');
/** Fields a source may legitimately never fill for a whole jurisdiction. */
const OPTIONAL_EVERYWHERE = new Set(['identifiers']);
/** INTERPOL's notices describe a wanted or missing person, not a trail: they carry no events. */
const OPTIONAL_FOR: Record<string, string[]> = { INTERPOL: ['events'] };

/** How many records per `_entities` call: within every native API's own batch limit. */
const BATCH = 50;

async function check(j: Jurisdiction) {
  const scenario = generateScenario();
  const native = await nativeSourceStarter(j)({ scenario, jurisdiction: j, port: 0 });
  const adapter = adapterFactory(j)({ jurisdiction: j, baseUrl: native.origin, timeoutMs: 10_000 });
  const subgraph = await startCountrySubgraph({ adapter, port: 0, indexKey: TEST_INDEX_KEY, log });
  const url = `${subgraph.origin}/graphql`;
  try {
    // With one country beside it: operation figures need at least one country to count them.
    const withCountry = isCountry(j) ? [j.code] : [j.code, 'PHL'];
    expect(() => composeSupergraph(registrySubgraphs(registryOf(withCountry)))).not.toThrow();
    const { ids, invalid } = await publishedIds(url);
    expect(invalid).toBe(0);
    expect(ids.length).toBeGreaterThan(0);

    expect(await refusesUnsignedCalls(url)).toBe(true);
    const sample = ids.slice(0, BATCH);
    const before = native.requests.length;
    const one = await fetchEntities(url, j, sample);
    expect(one.body.errors).toBeUndefined();
    // A database source is queried directly, where this harness cannot count round trips: its
    // adapter's own tests count them (subgraphs/mys/__tests__). Every HTTP source is counted here.
    if (j.native.format !== 'sql') expect(native.requests.length - before).toBe(1);

    const records: Record<string, unknown>[] = [...one.body.data._entities];
    for (let i = BATCH; i < ids.length; i += BATCH * 10) {
      const more = await fetchEntities(url, j, ids.slice(i, i + BATCH * 10));
      expect(more.body.errors).toBeUndefined();
      records.push(...more.body.data._entities);
    }
    expect(records.every((r) => r && typeof r.id === 'string')).toBe(true);
    const optional = new Set([...OPTIONAL_EVERYWHERE, ...(OPTIONAL_FOR[j.code] ?? [])]);
    expect(unmappedFields(records).filter((f) => !optional.has(f))).toEqual([]);
  } finally {
    await subgraph.close();
    await native.close();
  }
}

describe.each(registry.jurisdictions.map((j) => [j.code, j] as const))('conformance of %s', (_code, j) => {
  it('composes, publishes, refuses unsigned calls, batches and maps every shared field', () => check(j), 120_000);
});
