import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createIdnAdapter } from '../adapter';
import { IDN, LOOKUP_PATH, PAGE_PATH, SPARSE_ID, SUSPECT_ID, VICTIM_ID, nativeApi, pageAnswer, settings, sparseNative, suspectNative, victimNative } from './fixtures';

const adapter = createIdnAdapter(settings);
const JSON_TYPE = { 'content-type': 'application/json' };

type Key = { instansi: string; nomor_registrasi: string };

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

/** Intercept one lookup and record the keys it asked for. */
function lookup(asked: Key[][] = []) {
  return nativeApi()
    .post(LOOKUP_PATH, (body: { kunci: Key[] }) => {
      asked.push(body.kunci);
      return true;
    })
    .matchHeader('content-type', /application\/json/);
}
const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);

describe('createIdnAdapter().fetchByIds', () => {
  it('fetches a batch with exactly one native call, by agency and number, answering in the order asked', async () => {
    const asked: Key[][] = [];
    const scope = lookup(asked).reply(200, { status: 'OK', data: [victimNative(), suspectNative()] });
    const slots = await adapter.fetchByIds([SUSPECT_ID, VICTIM_ID]);
    expect(scope.isDone()).toBe(true);
    expect(asked).toEqual([
      [
        { instansi: 'IMIGRASI', nomor_registrasi: 'IMI-2024-000871' },
        { instansi: 'POLRI', nomor_registrasi: 'LP/B/412/X/2024/BARESKRIM' },
      ],
    ]);
    expect(slots.map(idOf)).toEqual([SUSPECT_ID, VICTIM_ID]);
  });

  it('answers null for ids the source does not hold, ids of other countries or agencies, and asks each key once', async () => {
    const asked: Key[][] = [];
    const scope = lookup(asked).reply(200, { status: 'OK', data: [victimNative()] });
    const slots = await adapter.fetchByIds(['KHM:CNP:CNP-2024-000045', VICTIM_ID, 'IDN:POLRI:LP-999', 'IDN:BNN:LP-1', 'IDN:POLRI:a b', VICTIM_ID]);
    expect(scope.isDone()).toBe(true);
    expect(asked[0]?.map((k) => k.nomor_registrasi)).toEqual(['LP/B/412/X/2024/BARESKRIM', 'LP-999']);
    expect(slots.map(idOf)).toEqual([null, VICTIM_ID, null, null, null, VICTIM_ID]);
  });

  it('answers null when the number belongs to the other agency', async () => {
    lookup().reply(200, { status: 'OK', data: [victimNative()] });
    await expect(adapter.fetchByIds(['IDN:IMIGRASI:LP/B/412/X/2024/BARESKRIM'])).resolves.toEqual([null]);
  });

  it('makes no call at all when no id is an IDN id', async () => {
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123', 'nonsense'])).resolves.toEqual([null, null]);
  });

  it('puts a MappingError in the slot of a malformed record only; the others map', async () => {
    const broken = sparseNative({ perkara: [{ nomor_perkara: 'BP/1', pasal: ['Pasal 999 KUHP'] }] });
    lookup().reply(200, { status: 'OK', data: [victimNative(), broken, suspectNative()] });
    const [victim, bad, suspect] = await adapter.fetchByIds([VICTIM_ID, SPARSE_ID, SUSPECT_ID]);
    expect([idOf(victim), idOf(suspect)]).toEqual([VICTIM_ID, SUSPECT_ID]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('perkara[0].pasal[0]');
  });

  it('maps a record with its optional fields missing', async () => {
    lookup().reply(200, { status: 'OK', data: [sparseNative()] });
    await expect(adapter.fetchByIds([SPARSE_ID])).resolves.toEqual([expect.objectContaining({ id: SPARSE_ID, documents: [], events: [], dateOfBirth: null })]);
  });

  it('puts an Error in the unmatched slots when the source answers a record without a registration number', async () => {
    const { nomor_registrasi: _dropped, ...withoutRef } = suspectNative();
    lookup().reply(200, { status: 'OK', data: [victimNative(), withoutRef] });
    const [victim, suspect] = await adapter.fetchByIds([VICTIM_ID, SUSPECT_ID]);
    expect(idOf(victim)).toBe(VICTIM_ID);
    expect(suspect).toBeInstanceOf(MappingError);
  });

  it('splits more than 500 keys into calls of 500, one per chunk', async () => {
    const asked: Key[][] = [];
    const numbers = Array.from({ length: 600 }, (_, i) => `IMI-2024-${String(1000 + i).padStart(6, '0')}`);
    lookup(asked).reply(200, { status: 'OK', data: [] });
    lookup(asked).reply(200, { status: 'OK', data: [sparseNative({ nomor_registrasi: numbers[550] })] });
    const slots = await adapter.fetchByIds(numbers.map((n) => `IDN:IMIGRASI:${n}`));
    expect(asked.map((a) => a.length).sort()).toEqual([100, 500]);
    expect(slots.filter((s) => s !== null).map(idOf)).toEqual([`IDN:IMIGRASI:${numbers[550]}`]);
  });
});

describe('createIdnAdapter() with bodies in the wrong encoding', () => {
  it('reads a UTF-8 body that starts with a byte-order mark', async () => {
    lookup().reply(200, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify({ status: 'OK', data: [victimNative()] }))]), JSON_TYPE);
    await expect(adapter.fetchByIds([VICTIM_ID]).then((s) => s.map(idOf))).resolves.toEqual([VICTIM_ID]);
  });

  it('fails only the record saved in a legacy code page (bytes that are not UTF-8)', async () => {
    const latin1 = Buffer.from(JSON.stringify(sparseNative({ alias: ['Sutrisno Prawiro\u00E9'] })), 'latin1');
    const raw = Buffer.concat([Buffer.from('{"status":"OK","data":['), Buffer.from(JSON.stringify(victimNative())), Buffer.from(','), latin1, Buffer.from(']}')]);
    lookup().reply(200, raw, JSON_TYPE);
    const [victim, sparse] = await adapter.fetchByIds([VICTIM_ID, SPARSE_ID]);
    expect(idOf(victim)).toBe(VICTIM_ID);
    expect((sparse as MappingError).field).toBe('alias[0]');
  });

  it('rejects a UTF-16 body as a whole-source failure', async () => {
    lookup().reply(200, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify({ status: 'OK', data: [] }), 'utf16le')]), JSON_TYPE);
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toBeInstanceOf(NativeSourceError);
  });
});

describe('createIdnAdapter() when the source fails as a whole', () => {
  it.each([
    ['HTTP 500', () => lookup().reply(500, 'internal error')],
    ['HTTP 400', () => lookup().reply(400, { status: 'GAGAL', pesan: 'permintaan tidak valid' })],
    ['a body that is not JSON', () => lookup().reply(200, '<html>pemeliharaan</html>')],
    ['a failure status in a 200', () => lookup().reply(200, { status: 'GAGAL', data: [] })],
    ['data that is not a list', () => lookup().reply(200, { status: 'OK', data: victimNative() })],
    ['a dropped connection', () => lookup().replyWithError('socket hang up')],
  ])('rejects the whole batch with a NativeSourceError on %s', async (_what, reply) => {
    const scope = reply();
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toBeInstanceOf(NativeSourceError);
    expect(scope.isDone()).toBe(true);
  });

  it('rejects with a timed-out NativeSourceError when the source is too slow', async () => {
    lookup().delay(settings.timeoutMs + 200).reply(200, { status: 'OK', data: [] });
    await expect(adapter.fetchByIds([VICTIM_ID])).rejects.toMatchObject({ name: 'NativeSourceError', timedOut: true });
  });
});

describe('createIdnAdapter().fetchPage', () => {
  const batas = String(IDN.native.pageSize);
  const page = (kursor?: string) => nativeApi().get(PAGE_PATH).query(kursor === undefined ? { batas } : { batas, kursor });

  it('follows the source’s cursors with the registry page size until there is none', async () => {
    const first = page().reply(200, pageAnswer([victimNative(), suspectNative()], 'SU1JfElNSS0yMDI0LTAwMDg3MQ', 3));
    const second = page('SU1JfElNSS0yMDI0LTAwMDg3MQ').reply(200, pageAnswer([sparseNative()], null, 3));
    const ids: unknown[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const result = await adapter.fetchPage(cursor);
      ids.push(...result.records.map(idOf));
      cursor = result.next;
      pages += 1;
    } while (cursor !== null);
    expect(first.isDone() && second.isDone()).toBe(true);
    expect(pages).toBe(2);
    expect(ids).toEqual([VICTIM_ID, SUSPECT_ID, SPARSE_ID]);
  });

  it('keeps a malformed record of a page as an Error in its place', async () => {
    page().reply(200, pageAnswer([victimNative(), sparseNative({ instansi: 'BNN' })], null));
    const { records, next } = await adapter.fetchPage(null);
    expect(next).toBeNull();
    expect(idOf(records[0])).toBe(VICTIM_ID);
    expect((records[1] as MappingError).field).toBe('instansi');
  });

  it.each([
    ['a page of the wrong shape', () => page('QQ').reply(200, { status: 'OK', data: [] })],
    ['the cursor it was given, again', () => page('QQ').reply(200, pageAnswer([victimNative()], 'QQ'))],
    ['an empty page with a next cursor', () => page('QQ').reply(200, pageAnswer([], 'Ug'))],
    ['a cursor that is not base64url', () => page('QQ').reply(200, pageAnswer([victimNative()], '../../etc'))],
  ])('rejects %s with a NativeSourceError', async (_what, reply) => {
    reply();
    await expect(adapter.fetchPage('QQ')).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('refuses a cursor that is not base64url without calling the source', async () => {
    await expect(adapter.fetchPage('a&batas=1')).rejects.toThrow(RangeError);
    await expect(adapter.fetchPage('')).rejects.toThrow(RangeError);
  });
});
