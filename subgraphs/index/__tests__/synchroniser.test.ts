// The index reads what a country publishes through that country's real subgraph server.
import { loadRegistry, parseRegistry } from '../../../schema/registry/registry';
import type { Listening } from '../../kit/http/listen';
import { createLogger } from '../../kit/log';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { startCountrySubgraph } from '../../kit/subgraph/country-subgraph';
import type { NativeAdapter } from '../../kit/subgraph/native-adapter';
import { MemoryKeyStore } from '../store/key-store';
import { Synchroniser } from '../sync/synchroniser';
import { resolveTrace } from '../trace/resolve-trace';

const KEY = 'synchroniser-test-key-0123456789abcdef';
const full = loadRegistry();
const registry = parseRegistry([full.byCode('PHL'), full.byCode('THA')], { index: full.index, operations: full.operations });
const phl = registry.byCode('PHL')!;
const log = createLogger('test', 'silent');

function person(id: string, passport: string, phone: string): PersonRecord {
  return {
    id, jurisdiction: 'PHL', agency: 'PNP', roles: ['VICTIM'], names: [], sex: 'FEMALE', dateOfBirth: null, nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: passport, rawNumber: passport, issuingCountry: 'PHL', expiry: null, status: 'VALID' }],
    identifiers: [{ kind: 'PHONE', value: phone, raw: phone }],
    events: [], cases: [], handling: null, updatedAt: null,
  };
}

/** An in-memory agency, served through the kit like any jurisdiction: two records a page. */
function memoryAdapter(records: PersonRecord[], state: { failing: boolean }): NativeAdapter {
  return {
    jurisdiction: phl,
    fetchByIds: async (ids) => ids.map((id) => records.find((r) => r.id === id) ?? null),
    fetchPage: async (cursor) => {
      if (state.failing) throw new NativeSourceError('native source answered HTTP 500');
      const start = Number(cursor ?? 0);
      return { records: records.slice(start, start + 2), next: start + 2 < records.length ? String(start + 2) : null };
    },
  };
}

describe('index synchronisation', () => {
  let subgraph: Listening;
  const records = [
    person('PHL:PNP:1', 'P1111111A', '+639170000001'),
    person('PHL:PNP:2', 'P2222222B', '+639170000002'),
    person('PHL:PNP:3', 'P3333333C', '+639170000002'), // shares a phone with 2
  ];
  const state = { failing: false };
  const store = new MemoryKeyStore();
  let sync: Synchroniser;

  beforeAll(async () => {
    subgraph = await startCountrySubgraph({ adapter: memoryAdapter(records, state), port: 0, indexKey: KEY, log });
    const thaDown = { code: 'THA', subgraphUrl: 'http://127.0.0.1:9/graphql', timeoutMs: 300 };
    sync = new Synchroniser([{ code: 'PHL', subgraphUrl: `${subgraph.origin}/graphql`, timeoutMs: 2000 }, thaDown], store, log);
  });
  afterAll(() => subgraph.close());

  const trace = (identifiers: { kind: 'TRAVEL_DOCUMENT' | 'PHONE'; value: string; country?: string }[], depth?: number) =>
    resolveTrace(
      { jurisdictions: registry.jurisdictions, store, indexKey: KEY, syncStates: sync.states, limits: { maxIdentifiers: 5, maxDepth: 2, defaultDepth: 0 } },
      { identifiers, depth },
    );

  it('reads every page and stores keys only', async () => {
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ passes: 1, records: 3, lastError: null });
    expect(store.recordsOf('PHL').sort()).toEqual(['PHL:PNP:1', 'PHL:PNP:2', 'PHL:PNP:3']);
    expect(JSON.stringify(store.keysOf('PHL:PNP:1'))).not.toMatch(/P1111111A|639170000001/);
  });

  it('says which jurisdiction it has never read', () => {
    const result = trace([{ kind: 'TRAVEL_DOCUMENT', value: 'P1111111A', country: 'PHL' }]);
    expect(result.records).toEqual([{ __typename: 'PhlPersonRecord', id: 'PHL:PNP:1' }]);
    expect(result.jurisdictions).toEqual([
      { code: 'PHL', status: 'ANSWERED', hits: 1, skipped: 0, detail: null },
      expect.objectContaining({ code: 'THA', status: 'FAILED', detail: expect.stringContaining('unreachable') }),
    ]);
  });

  it('expands through identifiers found on the records, as deep as asked', () => {
    const byPassport = [{ kind: 'TRAVEL_DOCUMENT' as const, value: 'P2222222B', country: 'PHL' }];
    expect(trace(byPassport, 0).records.map((r) => r.id)).toEqual(['PHL:PNP:2']);
    expect(trace(byPassport, 1).records.map((r) => r.id)).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect(() => trace(byPassport, 3)).toThrow(/depth/);
  });

  it('keeps the last good pass when the source fails, and forgets records deleted at the source', async () => {
    state.failing = true;
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ passes: 1, lastError: expect.stringContaining('HTTP 502') });
    expect(store.recordsOf('PHL')).toHaveLength(3);

    state.failing = false;
    records.splice(0, 1);
    await sync.syncAll();
    expect(store.recordsOf('PHL').sort()).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect(trace([{ kind: 'TRAVEL_DOCUMENT', value: 'P1111111A', country: 'PHL' }]).records).toEqual([]);
  });
});
