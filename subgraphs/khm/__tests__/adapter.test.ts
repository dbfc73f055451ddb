import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createKhmAdapter } from '../adapter';
import { KHM, PEOPLE_PATH, SPARSE_ID, SUSPECT_ID, VICTIM_ID, nativeApi, pageAnswer, settings, sparseNative, suspectNative, victimNative } from './fixtures';

const adapter = createKhmAdapter(settings);
const JSON_TYPE = { 'content-type': 'application/json' };

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

const byIds = (ids: string) => nativeApi().get(PEOPLE_PATH).query({ ids });
const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

describe('createKhmAdapter().fetchByIds', () => {
  it('fetches a batch with exactly one native call and answers in the order asked', async () => {
    // The source answers in its own order, not ours.
    const scope = byIds('CNP-2024-000051,CNP-2024-000045').reply(200, { items: [victimNative(), suspectNative()] });
    const slots = await adapter.fetchByIds([SUSPECT_ID, VICTIM_ID]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([SUSPECT_ID, VICTIM_ID]);
  });

  it('answers null for ids the source does not hold and ids that are not KHM ids, asking only for KHM refs', async () => {
    const scope = byIds('CNP-2024-000045,CNP-2024-999999').reply(200, { items: [victimNative()] });
    const slots = await adapter.fetchByIds(['PHL:PNP:2024-000123', VICTIM_ID, 'KHM:CNP:CNP-2024-999999', 'KHM:GDI:CNP-2024-000045', 'KHM:CNP:a,b', 'garbage']);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([null, VICTIM_ID, null, null, null, null]);
  });

  it('asks once for an id wanted twice, and fills both slots', async () => {
    const scope = byIds('CNP-2024-000045').reply(200, { items: [victimNative()] });
    expect((await adapter.fetchByIds([VICTIM_ID, VICTIM_ID])).map(idOf)).toEqual([VICTIM_ID, VICTIM_ID]);
    expect(scope.isDone()).toBe(true);
  });

  it('makes no call at all when no id is a KHM id', async () => {
    await expect(adapter.fetchByIds(['THA:TIB:2567-TIB-004512'])).resolves.toEqual([null]);
  });

  it('puts a MappingError in the slot of a malformed record only; the others map', async () => {
    const broken = sparseNative({ events: [{ event_type: 'rescue', location: { province_code: '99' } }] });
    byIds('CNP-2024-000045,CNP-2024-000210,CNP-2024-000051').reply(200, { items: [victimNative(), broken, suspectNative()] });
    const [victim, bad, suspect] = await adapter.fetchByIds([VICTIM_ID, SPARSE_ID, SUSPECT_ID]);
    expect([idOf(victim), idOf(suspect)]).toEqual([VICTIM_ID, SUSPECT_ID]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('events[0].location.province_code');
  });

  it('maps a record with its optional fields missing', async () => {
    byIds('CNP-2024-000210').reply(200, { items: [sparseNative()] });
    const [sparse] = await adapter.fetchByIds([SPARSE_ID]);
    expect(sparse).toMatchObject({ id: SPARSE_ID, documents: [], events: [], dateOfBirth: null });
  });

  it('puts an Error in the unmatched slots when the source answers a record without a person_no', async () => {
    const { person_no: _dropped, ...withoutRef } = suspectNative();
    byIds('CNP-2024-000045,CNP-2024-000051').reply(200, { items: [victimNative(), withoutRef] });
    const [victim, suspect] = await adapter.fetchByIds([VICTIM_ID, SUSPECT_ID]);
    expect(idOf(victim)).toBe(VICTIM_ID);
    expect(suspect).toBeInstanceOf(MappingError);
  });

  it('splits more than 200 ids into calls of 200, one per chunk', async () => {
    const refs = Array.from({ length: 250 }, (_, i) => `CNP-2024-${String(300 + i).padStart(6, '0')}`);
    const first = byIds(refs.slice(0, 200).join(',')).reply(200, { items: [] });
    const second = byIds(refs.slice(200).join(',')).reply(200, { items: [sparseNative({ person_no: refs[220] })] });
    const slots = await adapter.fetchByIds(refs.map((r) => `KHM:CNP:${r}`));
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual([`KHM:CNP:${refs[220]}`]);
  });
});

describe('createKhmAdapter() with bodies in the wrong encoding', () => {
  const body = (items: unknown[]) => Buffer.from(JSON.stringify({ items }), 'utf8');

  it('reads a UTF-8 body that starts with a byte-order mark', async () => {
    byIds('CNP-2024-000045').reply(200, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body([victimNative()])]), JSON_TYPE);
    const [victim] = await adapter.fetchByIds([VICTIM_ID]);
    expect((victim as PersonRecord).names[0]?.full).toBe('សុខ ចាន់ដារ៉ា');
  });

  it('fails only the record saved in a legacy code page (bytes that are not UTF-8)', async () => {
    const latin1 = Buffer.from(JSON.stringify(sparseNative({ name_latin: 'SOK CHANDARA' })).replace('CHANDARA', 'CHANDAR\u00C0'), 'latin1');
    const raw = Buffer.concat([Buffer.from('{"items":['), Buffer.from(JSON.stringify(victimNative())), Buffer.from(','), latin1, Buffer.from(']}')]);
    byIds('CNP-2024-000045,CNP-2024-000210').reply(200, raw, JSON_TYPE);
    const [victim, sparse] = await adapter.fetchByIds([VICTIM_ID, SPARSE_ID]);
    expect(idOf(victim)).toBe(VICTIM_ID);
    expect(sparse).toBeInstanceOf(MappingError);
    expect((sparse as MappingError).field).toBe('name_latin');
  });

  it('rejects a UTF-16 body as a whole-source failure', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ items: [victimNative()] }), 'utf16le')]);
    byIds('CNP-2024-000045').reply(200, utf16, JSON_TYPE);
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toBeInstanceOf(NativeSourceError);
  });
});

describe('createKhmAdapter() when the source fails as a whole', () => {
  it.each([
    ['HTTP 500', () => byIds('CNP-2024-000045').reply(500, 'internal error')],
    ['HTTP 404', () => byIds('CNP-2024-000045').reply(404, { error: 'not found' })],
    ['a body that is not JSON', () => byIds('CNP-2024-000045').reply(200, '<html>maintenance</html>')],
    ['JSON of the wrong shape', () => byIds('CNP-2024-000045').reply(200, { data: [victimNative()] })],
    ['items that are not a list', () => byIds('CNP-2024-000045').reply(200, { items: victimNative() })],
    ['a dropped connection', () => byIds('CNP-2024-000045').replyWithError('socket hang up')],
  ])('rejects the whole batch with a NativeSourceError on %s', async (_what, reply) => {
    const scope = reply();
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('rejects with a timed-out NativeSourceError when the source is too slow', async () => {
    byIds('CNP-2024-000045').delay(settings.timeoutMs + 200).reply(200, { items: [] });
    const error = await adapter.fetchByIds([VICTIM_ID]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as NativeSourceError).timedOut).toBe(true);
  });
});

describe('createKhmAdapter().fetchPage', () => {
  const limit = String(KHM.native.pageSize);
  const page = (offset: number) => nativeApi().get(PEOPLE_PATH).query({ offset: String(offset), limit });

  it('walks the offsets with the registry page size until next is null', async () => {
    const scope = page(0).reply(200, pageAnswer([victimNative(), suspectNative()], 0, 3, 2));
    const second = page(2).reply(200, pageAnswer([sparseNative()], 2, 3, 2));
    const ids: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const result = await adapter.fetchPage(cursor);
      ids.push(...result.records.map(idOf));
      cursor = result.next;
      pages += 1;
    } while (cursor !== null);
    expect(scope.isDone() && second.isDone()).toBe(true);
    // The source capped the page at 2: the walk advanced by what came back, skipping nothing.
    expect(pages).toBe(2);
    expect(ids).toEqual([VICTIM_ID, SUSPECT_ID, SPARSE_ID]);
  });

  it('answers an empty source with one empty last page', async () => {
    page(0).reply(200, pageAnswer([], 0, 0));
    await expect(adapter.fetchPage(null)).resolves.toEqual({ records: [], next: null });
  });

  it('keeps a malformed record of a page as an Error in its place', async () => {
    page(0).reply(200, pageAnswer([victimNative(), sparseNative({ person_no: null })], 0, 2));
    const { records, next } = await adapter.fetchPage(null);
    expect(next).toBeNull();
    expect(idOf(records[0])).toBe(VICTIM_ID);
    expect(records[1]).toBeInstanceOf(MappingError);
  });

  it.each([
    ['a page of the wrong shape', () => page(0).reply(200, { items: [], offset: 'zero' })],
    ['another offset than the one asked', () => page(0).reply(200, pageAnswer([victimNative()], 200, 400))],
    ['an empty page before the last record', () => page(0).reply(200, pageAnswer([], 0, 5))],
  ])('rejects %s with a NativeSourceError', async (_what, reply) => {
    reply();
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('refuses a cursor that is not an offset without calling the source', async () => {
    await expect(adapter.fetchPage('-1')).rejects.toThrow(RangeError);
    await expect(adapter.fetchPage('2abc')).rejects.toThrow(RangeError);
  });
});
