import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createInterpolAdapter } from '../adapter';
import { INTERPOL, RED_ID, YELLOW_ID, globalId, lookupAnswer, nativeApi, pageAnswer, redNotice, settings, sparseNotice, strictNock, yellowNotice } from './fixtures';

const RED = globalId(RED_ID);
const YELLOW = globalId(YELLOW_ID);
const adapter = createInterpolAdapter(settings);
strictNock();

const lookup = (noticeIds: string[]) => nativeApi().post('/notices/lookup', { notice_ids: noticeIds });
const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

describe('createInterpolAdapter().fetchByIds', () => {
  it('fetches a batch with exactly one native call and answers in the order asked', async () => {
    // The source answers in its own order, not ours.
    const scope = lookup([YELLOW_ID, RED_ID]).reply(200, lookupAnswer([redNotice(), yellowNotice()]));
    const slots = await adapter.fetchByIds([YELLOW, RED]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([YELLOW, RED]);
  });

  it('answers null for notices the source does not hold and ids that are not INTERPOL ids, asking only for notice ids', async () => {
    const scope = lookup([RED_ID, '2024/99999']).reply(200, lookupAnswer([redNotice()]));
    const slots = await adapter.fetchByIds(['THA:RTP:2567-ATPD-000871', RED, globalId('2024/99999'), 'INTERPOL:NCB:2024/12345', 'INTERPOL:IPSG:2024/1,2', RED]);
    expect(scope.isDone()).toBe(true);
    expect(slots.map(idOf)).toEqual([null, RED, null, null, null, RED]);
  });

  it('makes no call at all when no id is an INTERPOL id', async () => {
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123'])).resolves.toEqual([null]);
  });

  it('puts a MappingError in the slot of a malformed notice only; the others map', async () => {
    const broken = sparseNotice({ date_of_birth: '1986/13/01' });
    lookup([RED_ID, '2024/34567', YELLOW_ID]).reply(200, lookupAnswer([redNotice(), broken, yellowNotice()]));
    const [red, bad, yellow] = await adapter.fetchByIds([RED, globalId('2024/34567'), YELLOW]);
    expect([idOf(red), idOf(yellow)]).toEqual([RED, YELLOW]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('date_of_birth');
  });

  it('puts an Error in the unmatched slot when the source answers a notice without a readable id', async () => {
    lookup([RED_ID, YELLOW_ID]).reply(200, lookupAnswer([redNotice(), yellowNotice({ notice_id: 'lost' })]));
    const [red, yellow] = await adapter.fetchByIds([RED, YELLOW]);
    expect(idOf(red)).toBe(RED);
    expect(yellow).toBeInstanceOf(MappingError);
    expect((yellow as MappingError).field).toBe('notice_id');
  });

  it('splits more than 100 notice ids into lookups of 100, one per chunk', async () => {
    const noticeIds = Array.from({ length: 150 }, (_, i) => `2024/${40000 + i}`);
    const first = lookup(noticeIds.slice(0, 100)).reply(200, lookupAnswer([]));
    const second = lookup(noticeIds.slice(100)).reply(200, lookupAnswer([sparseNotice({ notice_id: noticeIds[120] })]));
    const slots = await adapter.fetchByIds(noticeIds.map(globalId));
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(slots).toHaveLength(150);
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual([globalId(noticeIds[120]!)]);
  });

  it.each([
    ['HTTP 500', () => lookup([RED_ID]).reply(500, 'internal error')],
    ['a body that is not JSON', () => lookup([RED_ID]).reply(200, '<html>maintenance</html>')],
    ['JSON of the wrong shape', () => lookup([RED_ID]).reply(200, { notices: [redNotice()] })],
    ['notices that are not a list', () => lookup([RED_ID]).reply(200, { _embedded: { notices: redNotice() } })],
    ['a dropped connection', () => lookup([RED_ID]).replyWithError('socket hang up')],
  ])('rejects the whole batch with a NativeSourceError on %s', async (_what, reply) => {
    const scope = reply();
    await expect(adapter.fetchByIds([RED])).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('rejects with a timed-out NativeSourceError when the source is too slow', async () => {
    lookup([RED_ID]).delay(settings.timeoutMs + 200).reply(200, lookupAnswer([]));
    const error = await adapter.fetchByIds([RED]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as NativeSourceError).timedOut).toBe(true);
  });
});

describe('createInterpolAdapter().fetchPage', () => {
  const perPage = String(INTERPOL.native.pageSize);
  const page = (n: number) => nativeApi().get('/notices').query({ page: String(n), resultPerPage: perPage });

  it('follows the pages with the registry page size until the total is reached', async () => {
    const scope = page(1)
      .reply(200, pageAnswer([redNotice(), yellowNotice()], 1, INTERPOL.native.pageSize + 1))
      .get('/notices')
      .query({ page: '2', resultPerPage: perPage })
      .reply(200, pageAnswer([sparseNotice()], 2, INTERPOL.native.pageSize + 1));
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
    expect(ids).toEqual([RED, YELLOW, globalId('2024/34567')]);
  });

  it('stops after a page that reaches the total exactly', async () => {
    page(1).reply(200, pageAnswer([redNotice()], 1, 1));
    await expect(adapter.fetchPage(null)).resolves.toMatchObject({ next: null });
  });

  it('keeps a malformed notice of a page as an Error in its place', async () => {
    page(1).reply(200, pageAnswer([redNotice(), sparseNotice({ colour: 'GOLD' })], 1, 2));
    const { records, next } = await adapter.fetchPage(null);
    expect(next).toBeNull();
    expect(idOf(records[0])).toBe(RED);
    expect(records[1]).toBeInstanceOf(MappingError);
  });

  it('rejects a page answer of the wrong shape or for another page with a NativeSourceError', async () => {
    page(2).reply(200, { total: 3, query: { page: 'two' }, _embedded: { notices: [] } });
    await expect(adapter.fetchPage('2')).rejects.toBeInstanceOf(NativeSourceError);
    page(3).reply(200, pageAnswer([], 1, 0));
    await expect(adapter.fetchPage('3')).rejects.toBeInstanceOf(NativeSourceError);
    page(1).reply(503, 'maintenance');
    await expect(adapter.fetchPage(null)).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('refuses a cursor that is not a page number without calling the source', async () => {
    await expect(adapter.fetchPage('0')).rejects.toThrow(RangeError);
    await expect(adapter.fetchPage('2abc')).rejects.toThrow(RangeError);
  });
});
