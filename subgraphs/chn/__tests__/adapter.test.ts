import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createChnAdapter } from '../adapter';
import { CHN, PAGE_PATH, QUERY_PATH, foreignNative, nativeApi, ok, pageAnswer, settings, sparseNative, suspectNative, victimNative } from './fixtures';

const VICTIM = 'CHN:MPS:R5301002024100012';
const SUSPECT = 'CHN:MPS:R5301002024100031';
const FOREIGNER = 'CHN:MPS:R4501002024100077';
const WITNESS = 'CHN:MPS:R5301002024100099';
const ref = (id: string) => id.split(':')[2]!;
const adapter = createChnAdapter(settings);

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

const query = (ids: string[]) => nativeApi().post(QUERY_PATH, { rybhList: ids.map(ref) });
const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

describe('createChnAdapter().fetchByIds', () => {
  it('fetches a batch with exactly one native call and answers in the order asked', async () => {
    // The source answers in its own order, not ours.
    const scope = query([SUSPECT, FOREIGNER, VICTIM]).reply(200, ok({ list: [victimNative(), suspectNative(), foreignNative()] }));
    const slots = await adapter.fetchByIds([SUSPECT, FOREIGNER, VICTIM]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([SUSPECT, FOREIGNER, VICTIM]);
  });

  it('asks once for an id asked twice and fills both slots', async () => {
    const scope = query([VICTIM]).reply(200, ok({ list: [victimNative()] }));
    const slots = await adapter.fetchByIds([VICTIM, VICTIM]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([VICTIM, VICTIM]);
  });

  it('answers null for ids the source does not hold and for ids that are not CHN ids, asking only for CHN numbers', async () => {
    const scope = query([VICTIM, 'CHN:MPS:R0000000000000000']).reply(200, ok({ list: [victimNative()] }));
    const slots = await adapter.fetchByIds(['PHL:PNP:2024-000123', VICTIM, 'CHN:MPS:R0000000000000000', 'CHN:NIA:R5301002024100012', 'CHN:MPS:a b']);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([null, VICTIM, null, null, null]);
  });

  it('makes no call at all when no id is a CHN id', async () => {
    await expect(adapter.fetchByIds(['THA:TIB:2567-TIB-004512'])).resolves.toEqual([null]);
  });

  it('puts a MappingError in the slot of a malformed record only; the others map', async () => {
    const broken = sparseNative({ csrq: '19981345' });
    query([VICTIM, WITNESS, SUSPECT]).reply(200, ok({ list: [victimNative(), broken, suspectNative()] }));
    const [victim, bad, suspect] = await adapter.fetchByIds([VICTIM, WITNESS, SUSPECT]);
    expect([idOf(victim), idOf(suspect)]).toEqual([VICTIM, SUSPECT]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('csrq');
  });

  it('puts an Error in the unmatched slot when the source answers a record without a readable rybh', async () => {
    const { rybh: _dropped, ...withoutNumber } = suspectNative();
    query([VICTIM, SUSPECT]).reply(200, ok({ list: [victimNative(), withoutNumber] }));
    const [victim, suspect] = await adapter.fetchByIds([VICTIM, SUSPECT]);
    expect(idOf(victim)).toBe(VICTIM);
    expect(suspect).toBeInstanceOf(MappingError);
    expect((suspect as MappingError).field).toBe('rybh');
  });

  it('answers null when the source answers the number for another agency', async () => {
    query([VICTIM]).reply(200, ok({ list: [{ ...victimNative(), jgdm: 'NIA' }] }));
    await expect(adapter.fetchByIds([VICTIM])).resolves.toEqual([null]);
  });

  it('splits more than 100 numbers into queries of 100, one per chunk', async () => {
    const ids = Array.from({ length: 150 }, (_, i) => `CHN:MPS:R53010020241${String(i).padStart(5, '0')}`);
    const first = query(ids.slice(0, 100)).reply(200, ok({ list: [] }));
    const second = query(ids.slice(100)).reply(200, ok({ list: [sparseNative({ rybh: ref(ids[120]!) })] }));
    const slots = await adapter.fetchByIds(ids);
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(slots).toHaveLength(150);
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual([ids[120]]);
  });

  it.each([
    ['HTTP 500', () => query([VICTIM]).reply(500, 'internal error')],
    ['HTTP 400 from the interface', () => query([VICTIM]).reply(400, { code: '4001', msg: '参数错误', data: null })],
    ['a failure code with HTTP 200', () => query([VICTIM]).reply(200, { code: '5001', msg: '系统繁忙', data: null })],
    ['a body that is not JSON', () => query([VICTIM]).reply(200, '<html>系统维护中</html>')],
    ['JSON of the wrong shape', () => query([VICTIM]).reply(200, { code: '0000', data: [victimNative()] })],
    ['a list that is not a list', () => query([VICTIM]).reply(200, ok({ list: victimNative() }))],
    ['a dropped connection', () => query([VICTIM]).replyWithError('socket hang up')],
  ])('rejects the whole batch with a NativeSourceError on %s', async (_what, reply) => {
    const scope = reply();
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as Error).message).not.toMatch(/李娜|参数|系统/);
    expect(scope.isDone()).toBe(true);
  });

  it('rejects with a timed-out NativeSourceError when the source is too slow', async () => {
    query([VICTIM]).delay(settings.timeoutMs + 200).reply(200, ok({ list: [] }));
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as NativeSourceError).timedOut).toBe(true);
  });
});

describe('createChnAdapter().fetchPage', () => {
  const pageSize = String(CHN.native.pageSize);
  const page = (n: number) => nativeApi().get(PAGE_PATH).query({ pageNo: String(n), pageSize });

  it('follows the pages with the registry page size until next is null', async () => {
    const total = CHN.native.pageSize + 1;
    const scope = page(1)
      .reply(200, pageAnswer([victimNative(), suspectNative()], 1, total))
      .get(PAGE_PATH)
      .query({ pageNo: '2', pageSize })
      .reply(200, pageAnswer([foreignNative()], 2, total));
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
    expect(ids).toEqual([VICTIM, SUSPECT, FOREIGNER]);
  });

  it('counts pages by the page size the source answered, when it serves fewer than asked', async () => {
    page(1).reply(200, pageAnswer([victimNative()], 1, 2, 1));
    await expect(adapter.fetchPage(null)).resolves.toMatchObject({ next: '2' });
  });

  it('ends on an empty source', async () => {
    page(1).reply(200, pageAnswer([], 1, 0));
    await expect(adapter.fetchPage(null)).resolves.toEqual({ records: [], next: null });
  });

  it('keeps a malformed record of a page as an Error in its place', async () => {
    page(1).reply(200, pageAnswer([victimNative(), sparseNative({ rybh: null })], 1, 2));
    const { records, next } = await adapter.fetchPage(null);
    expect(next).toBeNull();
    expect(idOf(records[0])).toBe(VICTIM);
    expect(records[1]).toBeInstanceOf(MappingError);
  });

  it('rejects a page answer of the wrong shape or for another page with a NativeSourceError', async () => {
    page(2).reply(200, ok({ pageNo: 'two', list: [] }));
    await expect(adapter.fetchPage('2')).rejects.toBeInstanceOf(NativeSourceError);
    page(3).reply(200, pageAnswer([], 1, 0));
    await expect(adapter.fetchPage('3')).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('rejects HTTP 500 and a timeout with a NativeSourceError', async () => {
    page(1).reply(500, 'internal error');
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
    page(1).delay(settings.timeoutMs + 200).reply(200, pageAnswer([], 1, 0));
    await expect(adapter.fetchPage(null)).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });

  it('refuses a cursor that is not a page number without calling the source', async () => {
    await expect(adapter.fetchPage('0')).rejects.toThrow(RangeError);
    await expect(adapter.fetchPage('2abc')).rejects.toThrow(RangeError);
  });
});
