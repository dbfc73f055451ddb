import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createPhlAdapter } from '../adapter';
import { PNP_MAX_CONCURRENT_LOOKUPS, PNP_MAX_IDS } from '../native-api';
import { BASE_URL, PERSONS_PATH, PHL, caseNative, nativeApi, pageAnswer, settings, sparseNative, suspectNative, victimNative } from './fixtures';

const VICTIM = 'PHL:PNP:2024-000123';
const SUSPECT = 'PHL:PNP:2024-000131';
const adapter = createPhlAdapter(settings);

// Every request nock could not match: the proof that no call beyond the expected ones was made.
let unmatched: string[] = [];
const recordUnmatched = (req: { method?: string; path?: string }) => unmatched.push(`${req.method} ${req.path}`);

beforeAll(() => {
  nock.disableNetConnect();
  nock.emitter.on('no match', recordUnmatched);
});
afterAll(() => {
  nock.emitter.off('no match', recordUnmatched);
  nock.enableNetConnect();
});
beforeEach(() => {
  unmatched = [];
});
afterEach(() => {
  expect(unmatched).toEqual([]);
  nock.cleanAll();
});

const byIds = (ids: string) => nativeApi().get(PERSONS_PATH).query({ ids });
const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

describe('createPhlAdapter().fetchByIds', () => {
  it('fetches a batch with exactly one native call and answers in the order asked', async () => {
    // The source answers in its own order, not ours.
    const scope = byIds('2024-000131,2024-000123').reply(200, { data: [victimNative(), suspectNative()] });
    const slots = await adapter.fetchByIds([SUSPECT, VICTIM]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([SUSPECT, VICTIM]);
  });

  it('answers null for ids the source does not hold and for ids that are not PHL ids, asking only for PHL refs', async () => {
    const scope = byIds('2024-000123,2024-999999').reply(200, { data: [victimNative()] });
    const slots = await adapter.fetchByIds(['THA:RTP:2567-ATPD-000871', VICTIM, 'PHL:PNP:2024-999999', 'PHL:NBI:2024-000123', 'PHL:PNP:a,b']);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([null, VICTIM, null, null, null]);
  });

  it('makes no call at all when no id is a PHL id', async () => {
    await expect(adapter.fetchByIds(['THA:TIB:2567-TIB-004512'])).resolves.toEqual([null]);
  });

  it('answers null when the reference belongs to the other agency', async () => {
    const scope = byIds('2024-000123').reply(200, { data: [victimNative()] });
    await expect(adapter.fetchByIds(['PHL:BI:2024-000123'])).resolves.toEqual([null]);
    expect(scope.isDone()).toBe(true);
  });

  it('puts a MappingError in the slot of a malformed record only; the others map', async () => {
    const broken = sparseNative({ birth_date: '13/45/1998' });
    byIds('2024-000123,2024-000250,2024-000131').reply(200, { data: [victimNative(), broken, suspectNative()] });
    const [victim, bad, suspect] = await adapter.fetchByIds([VICTIM, 'PHL:BI:2024-000250', SUSPECT]);
    expect(idOf(victim)).toBe(VICTIM);
    expect(idOf(suspect)).toBe(SUSPECT);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('birth_date');
  });

  it('maps the offenses of each case, and fails only the record citing an offense it does not know', async () => {
    const unknownOffense = sparseNative({ cases: [caseNative(['RA 9208 (Anti-Trafficking in Persons Act)', 'RA 8042 (Migrant Workers Act)'])] });
    byIds('2024-000123,2024-000250').reply(200, { data: [victimNative(), unknownOffense] });
    const [victim, bad] = await adapter.fetchByIds([VICTIM, 'PHL:BI:2024-000250']);
    expect((victim as PersonRecord).cases.map((c) => c.offences)).toEqual([['TRAFFICKING_IN_PERSONS']]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('cases[0].offenses[1]');
    expect((bad as MappingError).message).not.toContain('8042');
  });

  it('puts an Error in the unmatched slot when the source answers a record without a pnp_ref', async () => {
    const { pnp_ref: _dropped, ...withoutRef } = suspectNative();
    byIds('2024-000123,2024-000131').reply(200, { data: [victimNative(), withoutRef] });
    const [victim, suspect] = await adapter.fetchByIds([VICTIM, SUSPECT]);
    expect(idOf(victim)).toBe(VICTIM);
    expect(suspect).toBeInstanceOf(MappingError);
    expect((suspect as MappingError).field).toBe('pnp_ref');
  });

  it('splits more than 100 refs into calls of 100, one per chunk', async () => {
    const refs = Array.from({ length: 150 }, (_, i) => `2024-${String(300 + i).padStart(6, '0')}`);
    const first = byIds(refs.slice(0, 100).join(',')).reply(200, { data: [] });
    const second = byIds(refs.slice(100).join(',')).reply(200, { data: [sparseNative({ pnp_ref: refs[120] })] });
    const slots = await adapter.fetchByIds(refs.map((r) => `PHL:BI:${r}`));
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(slots).toHaveLength(150);
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual([`PHL:BI:${refs[120]}`]);
  });

  /**
   * Intercept `times` lookups that each take `delayMs`, answering the first ref of each with a
   * record (or at once with HTTP 500 for the lookup numbered `failAt`); record the refs asked and
   * the most lookups ever in flight at once.
   */
  function slowLookups(times: number, delayMs: number, failAt?: number) {
    const seen = { asked: [] as string[][], inFlight: 0, maxInFlight: 0 };
    nativeApi()
      .get(PERSONS_PATH)
      .query(true)
      .times(times)
      .reply((uri, _body, callback) => {
        const refs = (new URL(uri, BASE_URL).searchParams.get('ids') ?? '').split(',');
        const n = seen.asked.push(refs);
        seen.inFlight += 1;
        seen.maxInFlight = Math.max(seen.maxInFlight, seen.inFlight);
        setTimeout(() => {
          seen.inFlight -= 1;
          callback(null, n === failAt ? [500, 'internal error'] : [200, { data: [sparseNative({ pnp_ref: refs[0] })] }]);
        }, n === failAt ? 0 : delayMs);
      });
    return seen;
  }

  it(`runs the lookups of a large batch ${PNP_MAX_CONCURRENT_LOOKUPS} at a time, one call per ${PNP_MAX_IDS} refs, each ref asked once`, async () => {
    const refs = Array.from({ length: 1000 }, (_, i) => `2024-${String(300 + i).padStart(6, '0')}`);
    const seen = slowLookups(10, 30);
    const slots = await adapter.fetchByIds(refs.map((r) => `PHL:BI:${r}`));
    expect(seen.asked).toHaveLength(10);
    expect(seen.asked.every((asked) => asked.length === PNP_MAX_IDS)).toBe(true);
    expect(seen.asked.flat().sort()).toEqual([...refs].sort());
    // Bounded, yet overlapping: not one at a time either.
    expect(seen.maxInFlight).toBeLessThanOrEqual(PNP_MAX_CONCURRENT_LOOKUPS);
    expect(seen.maxInFlight).toBeGreaterThan(1);
    expect(slots).toHaveLength(1000);
    const found = new Set(seen.asked.map((asked) => `PHL:BI:${asked[0]}`));
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual(refs.map((r) => `PHL:BI:${r}`).filter((id) => found.has(id)));
  });

  it('rejects a large batch with a NativeSourceError when one lookup fails, and starts no lookup after it', async () => {
    const refs = Array.from({ length: 1000 }, (_, i) => `2024-${String(300 + i).padStart(6, '0')}`);
    const seen = slowLookups(10, 30, 1);
    await expect(adapter.fetchByIds(refs.map((r) => `PHL:BI:${r}`))).rejects.toBeInstanceOf(NativeSourceError);
    // The first lookup fails while the next three are in flight: those finish, none follows.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen.asked).toHaveLength(PNP_MAX_CONCURRENT_LOOKUPS);
  });

  it.each([
    ['HTTP 500', () => byIds('2024-000123').reply(500, 'internal error')],
    ['a body that is not JSON', () => byIds('2024-000123').reply(200, '<html>maintenance</html>')],
    ['JSON of the wrong shape', () => byIds('2024-000123').reply(200, { persons: [victimNative()] })],
    ['data that is not a list', () => byIds('2024-000123').reply(200, { data: victimNative() })],
    ['a dropped connection', () => byIds('2024-000123').replyWithError('socket hang up')],
  ])('rejects the whole batch with a NativeSourceError on %s', async (_what, reply) => {
    const scope = reply();
    await expect(adapter.fetchByIds([VICTIM])).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('rejects with a timed-out NativeSourceError when the source is too slow', async () => {
    byIds('2024-000123').delay(settings.timeoutMs + 200).reply(200, { data: [] });
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as NativeSourceError).timedOut).toBe(true);
  });
});

describe('createPhlAdapter().fetchPage', () => {
  const perPage = String(PHL.native.pageSize);
  const page = (n: number) => nativeApi().get(PERSONS_PATH).query({ page: String(n), per_page: perPage });

  it('follows the pages with the registry page size until next is null', async () => {
    const scope = page(1)
      .reply(200, pageAnswer([victimNative(), suspectNative()], 1, 2, 3))
      .get(PERSONS_PATH)
      .query({ page: '2', per_page: perPage })
      .reply(200, pageAnswer([sparseNative()], 2, 2, 3));
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const result = await adapter.fetchPage(cursor);
      ids.push(...result.records.map((r) => (r instanceof Error ? 'error' : r.id)));
      cursor = result.next;
      pages += 1;
    } while (cursor !== null);
    expect(scope.isDone()).toBe(true);
    expect(pages).toBe(2);
    expect(ids).toEqual([VICTIM, SUSPECT, 'PHL:BI:2024-000250']);
  });

  it('keeps a malformed record of a page as an Error in its place', async () => {
    page(1).reply(200, pageAnswer([victimNative(), sparseNative({ pnp_ref: null })], 1, 1));
    const { records, next } = await adapter.fetchPage(null);
    expect(next).toBeNull();
    expect(idOf(records[0])).toBe(VICTIM);
    expect(records[1]).toBeInstanceOf(MappingError);
  });

  it('rejects a page answer of the wrong shape or for another page with a NativeSourceError', async () => {
    page(2).reply(200, { data: [], meta: { page: 'two' } });
    await expect(adapter.fetchPage('2')).rejects.toBeInstanceOf(NativeSourceError);
    page(3).reply(200, pageAnswer([], 1, 1));
    await expect(adapter.fetchPage('3')).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('refuses a cursor that is not a page number without calling the source', async () => {
    await expect(adapter.fetchPage('0')).rejects.toThrow(RangeError);
    await expect(adapter.fetchPage('2abc')).rejects.toThrow(RangeError);
  });
});
