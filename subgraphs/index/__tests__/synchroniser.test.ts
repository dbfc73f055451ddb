// The index reads what a country publishes through that country's real subgraph server: the whole
// feed once, then only its changes, with the cursor kept in the store (memory or Redis).
import { loadRegistry, parseRegistry } from '../../../schema/registry/registry';
import type { Listening } from '../../kit/http/listen';
import { createLogger } from '../../kit/log';
import { startCountrySubgraph } from '../../kit/subgraph/country-subgraph';
import { memoryAgency, person, type MemoryAgency } from '../../kit/subgraph/__tests__/memory-agency';
import { startIndex } from '../index-subgraph';
import type { KeyStore } from '../store/key-store';
import { Synchroniser } from '../sync/synchroniser';
import { resolveTrace } from '../trace/resolve-trace';
import { memoryTestStore, redisTestStore, startFeedTap, type FeedTap, type TestStore } from './fixtures';

const KEY = 'synchroniser-test-key-0123456789abcdef';
const ROTATED_KEY = 'synchroniser-test-key-rotated-0123456789';
const full = loadRegistry();
const registry = parseRegistry([full.byCode('PHL'), full.byCode('THA')], { index: full.index, operations: full.operations });
const log = createLogger('test', 'silent');
const THA_DOWN = { code: 'THA', subgraphUrl: 'http://127.0.0.1:9/graphql', timeoutMs: 300 };

const records = () => [
  person('PHL:PNP:1', 'P1111111A', '+639170000001'),
  person('PHL:PNP:2', 'P2222222B', '+639170000002'),
  person('PHL:PNP:3', 'P3333333C', '+639170000002'), // shares a phone with 2
];

/** A real country subgraph over the agency; every feed request re-reads the source (no throttle). */
const startSubgraph = (agency: MemoryAgency, indexKey = KEY) =>
  startCountrySubgraph({ adapter: agency.adapter, port: 0, indexKey, log, warmOperations: false, publication: { minIntervalMs: 0 } });

const passport = (value: string) => [{ kind: 'TRAVEL_DOCUMENT' as const, value, country: 'PHL' }];

function tracer(store: KeyStore, sync: Synchroniser, indexKey = KEY) {
  return (identifiers: { kind: 'TRAVEL_DOCUMENT' | 'PHONE'; value: string; country?: string }[], depth?: number) =>
    resolveTrace(
      { jurisdictions: registry.jurisdictions, store, indexKey, syncStates: sync.states, limits: { maxIdentifiers: 5, maxDepth: 2, defaultDepth: 0 } },
      { identifiers, depth },
    );
}

const ids = async (trace: ReturnType<ReturnType<typeof tracer>>) => (await trace).records.map((r) => r.id);

describe.each([
  ['memory', memoryTestStore],
  ['redis', redisTestStore],
] as const)('index synchronisation with the %s store', (_name, openStore) => {
  let agency: MemoryAgency;
  let subgraph: Listening;
  let tap: FeedTap;
  let fixture: TestStore;
  let sync: Synchroniser;
  let trace: ReturnType<typeof tracer>;

  beforeAll(async () => {
    agency = memoryAgency(records());
    subgraph = await startSubgraph(agency);
    tap = await startFeedTap(subgraph.origin);
    fixture = openStore();
    sync = new Synchroniser([{ code: 'PHL', subgraphUrl: tap.url, timeoutMs: 2000 }, THA_DOWN], fixture.store, log, { indexKey: KEY });
    trace = tracer(fixture.store, sync);
  });
  afterAll(async () => {
    await subgraph.close();
    await tap.close();
    await fixture.dispose();
  });

  it('reads the whole feed the first time and stores keys only', async () => {
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ passes: 1, records: 3, received: 3, fullReads: 1, lastError: null, cursor: { seq: 3 } });
    expect((await fixture.store.recordsOf('PHL')).sort()).toEqual(['PHL:PNP:1', 'PHL:PNP:2', 'PHL:PNP:3']);
    expect(JSON.stringify(await fixture.store.keysOf('PHL:PNP:1'))).not.toMatch(/P1111111A|639170000001/);
    expect(tap.changes).toBe(3);
  });

  it('says which jurisdiction it has never read', async () => {
    const result = await trace(passport('P1111111A'));
    expect(result.records).toEqual([{ __typename: 'PhlPersonRecord', id: 'PHL:PNP:1' }]);
    expect(result.jurisdictions({})).toEqual([
      { code: 'PHL', status: 'ANSWERED', hits: 1, skipped: 0, detail: null },
      expect.objectContaining({ code: 'THA', status: 'FAILED', detail: expect.stringContaining('unreachable') }),
    ]);
  });

  it('expands through identifiers found on the records, as deep as asked', async () => {
    expect(await ids(trace(passport('P2222222B'), 0))).toEqual(['PHL:PNP:2']);
    expect(await ids(trace(passport('P2222222B'), 1))).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    await expect(trace(passport('P2222222B'), 3)).rejects.toThrow(/depth/);
  });

  it('then receives only what changed: nothing, then the one record updated', async () => {
    const before = tap.changes;
    await sync.syncAll();
    expect(tap.changes - before).toBe(0);
    expect(sync.states.get('PHL')).toMatchObject({ passes: 2, received: 0, fullReads: 1, records: 3 });

    agency.records[1] = person('PHL:PNP:2', 'P2222222B', '+639179999999');
    await sync.syncAll();
    expect(tap.changes - before).toBe(1);
    expect(sync.states.get('PHL')).toMatchObject({ passes: 3, received: 1, fullReads: 1, cursor: { seq: 4 } });
    // The old phone no longer leads from 2 to 3: exactly what 2 had published was replaced.
    expect(await ids(trace(passport('P2222222B'), 1))).toEqual(['PHL:PNP:2']);
    expect(await ids(trace([{ kind: 'PHONE', value: '+639179999999' }]))).toEqual(['PHL:PNP:2']);
  });

  it('forgets a record deleted at the native source: it leaves trace results', async () => {
    expect(await ids(trace(passport('P1111111A')))).toEqual(['PHL:PNP:1']);
    const before = tap.changes;
    agency.records.splice(0, 1);
    await sync.syncAll();
    expect(tap.changes - before).toBe(1);
    expect(await ids(trace(passport('P1111111A')))).toEqual([]);
    expect((await fixture.store.recordsOf('PHL')).sort()).toEqual(['PHL:PNP:2', 'PHL:PNP:3']);
    expect(sync.states.get('PHL')).toMatchObject({ records: 2, fullReads: 1 });
  });

  it('keeps what it holds when the native source fails, and catches up when it is back', async () => {
    agency.failing = true;
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ passes: 4, lastError: expect.stringContaining('HTTP 502') });
    expect(await fixture.store.countOf('PHL')).toBe(2);

    agency.failing = false;
    agency.records.push(person('PHL:PNP:4', 'P4444444D', '+639170000004'));
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ passes: 5, received: 1, records: 3, lastError: null, fullReads: 1 });
  });

  describe('a feed answering garbage leaves what the index holds', () => {
    const sinceOf = (url: URL) => Number(url.searchParams.get('since'));
    const garbage: [string, (url: URL) => { status: number; body: string }, RegExp][] = [
      ['a body that is not JSON', () => ({ status: 200, body: '<html>maintenance</html>' }), /not a feed page/],
      ['the old page format', () => ({ status: 200, body: JSON.stringify({ jurisdiction: 'PHL', entries: [], invalid: 0, next: null }) }), /not a feed page/],
      ['an HTTP error with a garbled body', () => ({ status: 500, body: '{"err' }), /HTTP 500/],
      [
        'changes out of order',
        (url) => ({ status: 200, body: JSON.stringify(page(sinceOf(url), [{ seq: sinceOf(url) + 2, op: 'DELETE', id: 'PHL:PNP:2' }, { seq: sinceOf(url) + 1, op: 'DELETE', id: 'PHL:PNP:3' }])) }),
        /not a feed page/,
      ],
      [
        'changes it was not asked for',
        (url) => ({ status: 200, body: JSON.stringify(page(sinceOf(url), [{ seq: 1, op: 'DELETE', id: 'PHL:PNP:2' }])) }),
        /not asked for/,
      ],
      [
        'another jurisdiction’s records',
        (url) => ({ status: 200, body: JSON.stringify(page(sinceOf(url), [{ seq: sinceOf(url) + 1, op: 'UPSERT', id: 'THA:RTP:1', keys: ['x'] }])) }),
        /not PHL's/,
      ],
      [
        'keys that no store can hold',
        (url) => ({ status: 200, body: JSON.stringify(page(sinceOf(url), [{ seq: sinceOf(url) + 1, op: 'UPSERT', id: 'PHL:PNP:2', keys: ['two words'] }])) }),
        /not a feed page/,
      ],
    ];

    /** A page as the real feed would frame it, around the given changes. */
    function page(since: number, changes: unknown[]) {
      const state = sync.states.get('PHL')!;
      return { jurisdiction: 'PHL', epoch: state.cursor!.epoch, keyId: state.cursor!.keyId, head: since + 2, floor: 0, invalid: 0, changes, next: null };
    }

    it.each(garbage)('%s', async (_what, answer, reason) => {
      const held = (await fixture.store.recordsOf('PHL')).sort();
      const cursor = sync.states.get('PHL')!.cursor;
      tap.intercept = answer;
      try {
        await sync.syncAll();
      } finally {
        tap.intercept = null;
      }
      expect(sync.states.get('PHL')!.lastError).toMatch(reason);
      expect((await fixture.store.recordsOf('PHL')).sort()).toEqual(held);
      expect(await fixture.store.cursorOf('PHL')).toEqual(cursor);
      expect(await ids(trace(passport('P2222222B')))).toEqual(['PHL:PNP:2']);
    });

    it('garbage on a later page keeps the pages before it, and the next pass goes on from there', async () => {
      agency.records.push(person('PHL:PNP:5', 'P5555555E', '+639170000005'), person('PHL:PNP:6', 'P6666666F', '+639170000006'));
      const start = sync.states.get('PHL')!.cursor!.seq;
      // The real first page cut to one change, so that the index asks for a second page: garbage.
      const onePage = await fetch(`${subgraph.origin}/index/feed?since=${start}&limit=1`).then((r) => r.json());
      tap.intercept = (url) => (sinceOf(url) === start ? { status: 200, body: JSON.stringify(onePage) } : { status: 200, body: 'garbage' });
      try {
        await sync.syncAll();
      } finally {
        tap.intercept = null;
      }
      expect(sync.states.get('PHL')!.lastError).toMatch(/not a feed page/);
      expect(await fixture.store.cursorOf('PHL')).toMatchObject({ seq: start + 1 });
      expect(await ids(trace(passport('P5555555E')))).toEqual(['PHL:PNP:5']);

      await sync.syncAll();
      expect(sync.states.get('PHL')).toMatchObject({ lastError: null, received: 1, cursor: { seq: start + 2 } });
      expect(await ids(trace(passport('P6666666F')))).toEqual(['PHL:PNP:6']);
    });
  });

  it('reads everything again when the subgraph restarts (a new epoch), dropping what went meanwhile', async () => {
    const epoch = sync.states.get('PHL')!.cursor!.epoch;
    await subgraph.close();
    agency.records.splice(0, 1); // PHL:PNP:2 deleted while the subgraph was down
    subgraph = await startSubgraph(agency);
    tap.target = subgraph.origin;
    const before = tap.changes;
    await sync.syncAll();
    const state = sync.states.get('PHL')!;
    expect(state).toMatchObject({ fullReads: 2, lastError: null, records: agency.records.length });
    expect(state.cursor!.epoch).not.toBe(epoch);
    expect(tap.changes - before).toBeGreaterThanOrEqual(agency.records.length);
    expect(await ids(trace(passport('P2222222B')))).toEqual([]);
    expect(await ids(trace(passport('P3333333C')))).toEqual(['PHL:PNP:3']);
  });

  it('reads everything again when the keys it holds were hashed with another INDEX_KEY', async () => {
    const cursor = sync.states.get('PHL')!.cursor!;
    await fixture.store.apply('PHL', [], { ...cursor, keyId: 'another-key-id' });
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ fullReads: 3, lastError: null, cursor });
  });
});

describe('a native source slower than one page budget', () => {
  let agency: MemoryAgency;
  let subgraph: Listening;
  let tap: FeedTap;
  let sync: Synchroniser;

  beforeAll(async () => {
    agency = memoryAgency(records(), 1);
    subgraph = await startSubgraph(agency);
    tap = await startFeedTap(subgraph.origin);
    sync = new Synchroniser([{ code: 'PHL', subgraphUrl: tap.url, timeoutMs: 300 }], memoryTestStore().store, log, { indexKey: KEY });
  });
  afterAll(async () => {
    await subgraph.close();
    await tap.close();
  });

  it('is read all the same while its publication keeps moving', async () => {
    agency.pageDelayMs = 200; // three pages: 600 ms, twice the budget of one request
    await sync.syncAll();
    expect(sync.states.get('PHL')).toMatchObject({ passes: 1, records: 3, lastError: null });
    expect(tap.requests).toBeGreaterThan(1);
  });

  it('is given up when its publication stops moving for a whole budget, keeping what the index holds', async () => {
    agency.pageDelayMs = 0;
    // A budget of its own, roomier than 300 ms: each request waits a third of it for the native read,
    // and on a busy machine the rest must still cover the answer, or the request itself times out.
    const budgetMs = 1500;
    const patient = new Synchroniser([{ code: 'PHL', subgraphUrl: tap.url, timeoutMs: budgetMs }], memoryTestStore().store, log, { indexKey: KEY });
    await patient.syncAll();
    expect(patient.states.get('PHL')).toMatchObject({ passes: 1, records: 3, lastError: null });
    agency.hangingAt = '1';
    const started = performance.now();
    await patient.syncAll();
    expect(patient.states.get('PHL')).toMatchObject({ passes: 1, records: 3, lastError: expect.stringMatching(/has not moved in 1500 ms/) });
    // Given up after about a budget without movement, not after the bound on answers taken.
    expect(performance.now() - started).toBeLessThan(4 * budgetMs);
  });
});

describe('an index restarted with the same Redis', () => {
  let agency: MemoryAgency;
  let subgraph: Listening;
  let tap: FeedTap;
  let fixture: ReturnType<typeof redisTestStore>;

  beforeAll(async () => {
    agency = memoryAgency(records());
    subgraph = await startSubgraph(agency);
    tap = await startFeedTap(subgraph.origin);
    fixture = redisTestStore();
  });
  afterAll(async () => {
    await subgraph.close();
    await tap.close();
    await fixture.dispose();
  });

  const startIndexOn = (store: KeyStore) =>
    startIndex({
      jurisdictions: registryOfPhl().jurisdictions,
      sources: [{ code: 'PHL', subgraphUrl: tap.url, timeoutMs: 2000 }],
      port: 0,
      indexKey: KEY,
      syncIntervalMs: 60_000,
      store,
      log,
    });

  it('goes on from its cursor without reading the whole feed again, and is ready once it has', async () => {
    const first = await startIndexOn(fixture.store);
    await first.synchroniser.syncAll();
    expect(first.synchroniser.states.get('PHL')).toMatchObject({ fullReads: 1, received: 3 });
    await first.close();
    agency.records.splice(0, 1);

    const before = tap.changes;
    const second = await startIndexOn(fixture.reopen());
    try {
      await second.synchroniser.syncAll();
      expect(second.synchroniser.states.get('PHL')).toMatchObject({ passes: 1, fullReads: 0, received: 1, records: 2, lastError: null });
      expect(tap.changes - before).toBe(1);
      const ready = await fetch(`${second.origin}/readyz`);
      expect(ready.status).toBe(200);
    } finally {
      await second.close();
    }
  });
});

describe('INDEX_KEY rotation', () => {
  let agency: MemoryAgency;
  let subgraph: Listening;
  let tap: FeedTap;
  let fixture: ReturnType<typeof redisTestStore>;

  beforeAll(async () => {
    agency = memoryAgency(records());
    subgraph = await startSubgraph(agency, KEY);
    tap = await startFeedTap(subgraph.origin);
    fixture = redisTestStore();
  });
  afterAll(async () => {
    await subgraph.close();
    await tap.close();
    await fixture.dispose();
  });

  it('refuses a feed hashed with another key, keeping what it holds, and reads everything again once both have rotated', async () => {
    const before = new Synchroniser([{ code: 'PHL', subgraphUrl: tap.url, timeoutMs: 2000 }], fixture.store, log, { indexKey: KEY });
    await before.syncAll();
    expect(await ids(tracer(fixture.store, before, KEY)(passport('P1111111A')))).toEqual(['PHL:PNP:1']);

    // The index comes back with the new key first: the subgraph's keys would never match its traces.
    const rotated = new Synchroniser([{ code: 'PHL', subgraphUrl: tap.url, timeoutMs: 2000 }], fixture.reopen(), log, { indexKey: ROTATED_KEY });
    await rotated.syncAll();
    expect(rotated.states.get('PHL')).toMatchObject({ passes: 0, lastError: expect.stringContaining('hashed with key') });
    expect(await fixture.store.countOf('PHL')).toBe(3);

    // The subgraph rotates too: it restarts with the new key.
    await subgraph.close();
    subgraph = await startSubgraph(agency, ROTATED_KEY);
    tap.target = subgraph.origin;
    await rotated.syncAll();
    expect(rotated.states.get('PHL')).toMatchObject({ passes: 1, fullReads: 1, lastError: null, records: 3 });
    const traceRotated = tracer(fixture.store, rotated, ROTATED_KEY);
    expect(await ids(traceRotated(passport('P1111111A')))).toEqual(['PHL:PNP:1']);
    // No key hashed with the old secret is left.
    expect(await ids(tracer(fixture.store, rotated, KEY)(passport('P1111111A')))).toEqual([]);
  });
});

function registryOfPhl() {
  return parseRegistry([full.byCode('PHL')], { index: full.index, operations: full.operations });
}

describe('announcing changed records (the gateways drop what they cached of them)', () => {
  it('tells onChanged the ids of each incremental page, not of the first full read, and never fails the pass for it', async () => {
    const agency = memoryAgency(records());
    const subgraph = await startSubgraph(agency);
    const fixture = memoryTestStore();
    const announced: string[][] = [];
    let failNext = false;
    const sync = new Synchroniser([{ code: 'PHL', subgraphUrl: `${subgraph.origin}/graphql`, timeoutMs: 2000 }], fixture.store, log, {
      indexKey: KEY,
      onChanged: (recordIds) => {
        announced.push(recordIds);
        if (failNext) throw new Error('redis down');
      },
    });
    try {
      await sync.syncAll();
      expect(announced).toEqual([]);
      agency.records[0] = person('PHL:PNP:1', 'P1111111A', '+639178888888');
      agency.records.splice(2, 1);
      await sync.syncAll();
      expect(announced.flat().sort()).toEqual(['PHL:PNP:1', 'PHL:PNP:3']);
      failNext = true;
      agency.records[1] = person('PHL:PNP:2', 'P2222222B', '+639177777777');
      await sync.syncAll();
      expect(announced.flat()).toContain('PHL:PNP:2');
      expect(sync.states.get('PHL')).toMatchObject({ lastError: null, records: 2 });
    } finally {
      await subgraph.close();
      await fixture.dispose();
    }
  });
});
