import nock from 'nock';
import { MappingError } from '../../kit/mapping/mapping-error';
import { NativeSourceError } from '../../kit/native/native-source-error';
import type { PersonRecord } from '../../kit/record/person-record';
import { createVnmAdapter } from '../adapter';
import {
  VNM,
  drop,
  etagOf,
  expectDownload,
  expectListing,
  exportBytes,
  exportText,
  file,
  settings,
  sparseRow,
  suspectRow,
  victimRow,
} from './fixtures';

const VICTIM = 'VNM:MPS:C03-2024-000517';
const SUSPECT = 'VNM:MPS:C03-2024-000530';
const SPARSE = 'VNM:MPS:A08-2024-001204';

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
  expect(nock.pendingMocks()).toEqual([]);
  nock.cleanAll();
});

const idOf = (slot: PersonRecord | null | Error | undefined) => (slot instanceof Error || !slot ? slot : slot.id);
const first = file(1, exportBytes([victimRow(), suspectRow(), sparseRow()]));

describe('createVnmAdapter().fetchByIds', () => {
  it('reads the newest export once (listing + download) and answers in the order asked', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([first]);
    expectDownload(first);
    const slots = await adapter.fetchByIds([SUSPECT, VICTIM]);
    expect(slots.map(idOf)).toEqual([SUSPECT, VICTIM]);
    expect((slots[1] as PersonRecord).names[0]).toMatchObject({ full: 'Nguyễn Thị Lan', romanised: 'Nguyen Thi Lan', family: 'Nguyễn' });
  });

  it('answers a batch with the cache fresh with exactly one native call: the listing', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([first]);
    expectDownload(first);
    await adapter.fetchByIds([VICTIM]);
    expectListing([first]);
    expect((await adapter.fetchByIds([SPARSE, VICTIM])).map(idOf)).toEqual([SPARSE, VICTIM]);
  });

  it('re-reads when a new export appears, and answers from it', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([first]);
    expectDownload(first);
    expect((await adapter.fetchByIds([VICTIM]))[0]).toMatchObject({ roles: ['VICTIM'] });
    // The next export: the victim is now also a witness, the sparse record was deleted.
    const second = file(2, exportBytes([suspectRow(), victimRow({ vai_tro: 'Nạn nhân; Người làm chứng' })]));
    expectListing([first, second]);
    expectDownload(second);
    const [victim, sparse] = await adapter.fetchByIds([VICTIM, SPARSE]);
    expect(victim).toMatchObject({ roles: ['VICTIM', 'WITNESS'] });
    expect(sparse).toBeNull();
  });

  it('re-reads an export replaced under the same name (another etag)', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([first]);
    expectDownload(first);
    await adapter.fetchByIds([VICTIM]);
    const replaced = file(1, exportBytes([victimRow({ gioi_tinh: 'Khác' })]));
    expectListing([replaced]);
    expectDownload(replaced);
    expect((await adapter.fetchByIds([VICTIM]))[0]).toMatchObject({ sex: 'OTHER' });
  });

  it('picks the newest export by date then sequence, ignoring files that are not exports', async () => {
    const adapter = createVnmAdapter(settings);
    const older = { name: 'ho_so_doi_tuong_20241004_0007.csv', bytes: exportBytes([sparseRow()]) };
    const newest = { name: 'ho_so_doi_tuong_20241005_0001.csv', bytes: exportBytes([victimRow()]) };
    const notExports = [
      { name: 'ho_so_doi_tuong_20241006_0001.csv.part', size: 10 },
      { name: 'ho_so_doi_tuong_20241005_0001.csv.sha256', size: 64 },
      { name: 'README.txt' },
    ];
    expectListing([newest, older], notExports);
    expectDownload(newest);
    expect((await adapter.fetchByIds([VICTIM, SPARSE])).map(idOf)).toEqual([VICTIM, null]);
  });

  it('makes no call at all when no id is a VNM MPS id', async () => {
    const adapter = createVnmAdapter(settings);
    await expect(adapter.fetchByIds(['PHL:PNP:2024-000123', 'VNM:C03:C03-2024-000517', 'VNM:MPS:bad:id'])).resolves.toEqual([null, null, null]);
  });

  it('with a poll interval, makes no call within it and one listing call after it', async () => {
    let now = 0;
    const adapter = createVnmAdapter(settings, { pollIntervalMs: 5000, now: () => now });
    expectListing([first]);
    expectDownload(first);
    await adapter.fetchByIds([VICTIM]);
    now = 4999;
    expect((await adapter.fetchByIds([SUSPECT])).map(idOf)).toEqual([SUSPECT]);
    now = 5000;
    expectListing([first]);
    await adapter.fetchByIds([VICTIM]);
  });

  it('shares one look between concurrent batches', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([first]);
    expectDownload(first);
    const [a, b] = await Promise.all([adapter.fetchByIds([VICTIM]), adapter.fetchByIds([SUSPECT])]);
    expect([idOf(a[0]), idOf(b[0])]).toEqual([VICTIM, SUSPECT]);
  });

  it('answers null for every id when the drop holds no export', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([]);
    await expect(adapter.fetchByIds([VICTIM])).resolves.toEqual([null]);
  });

  it('puts a MappingError in the slot of a malformed line only; the others map', async () => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, exportBytes([victimRow(), sparseRow({ ngay_sinh: '31/02/1999' }), suspectRow()]));
    expectListing([f]);
    expectDownload(f);
    const [victim, bad, suspect] = await adapter.fetchByIds([VICTIM, SPARSE, SUSPECT]);
    expect([idOf(victim), idOf(suspect)]).toEqual([VICTIM, SUSPECT]);
    expect(bad).toBeInstanceOf(MappingError);
    expect((bad as MappingError).field).toBe('ngay_sinh');
  });

  it('answers a MappingError for a record number the export holds on two lines', async () => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, exportBytes([victimRow(), suspectRow(), victimRow({ ho_ten: 'Nguyễn Thị Lành' })]));
    expectListing([f]);
    expectDownload(f);
    const [victim, suspect] = await adapter.fetchByIds([VICTIM, SUSPECT]);
    expect(victim).toBeInstanceOf(MappingError);
    expect(idOf(suspect)).toBe(SUSPECT);
  });

  it('answers a MappingError, not null, for an id not found when a line has no readable record number', async () => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, exportBytes([victimRow(), suspectRow({ so_ho_so: 'C03:2024' })]));
    expectListing([f]);
    expectDownload(f);
    const [victim, suspect] = await adapter.fetchByIds([VICTIM, SUSPECT]);
    expect(idOf(victim)).toBe(VICTIM);
    expect(suspect).toBeInstanceOf(MappingError);
    expect((suspect as MappingError).field).toBe('so_ho_so');
  });

  it('reads a line whose fields do not line up with the header as an unreadable line', async () => {
    const adapter = createVnmAdapter(settings);
    const text = `${exportText([victimRow()])}C03-2024-000530,ZHANG WEI\r\n`;
    const f = file(1, Buffer.from(text, 'utf8'));
    expectListing([f]);
    expectDownload(f);
    const [victim, suspect] = await adapter.fetchByIds([VICTIM, SUSPECT]);
    expect(idOf(victim)).toBe(VICTIM);
    expect(suspect).toBeInstanceOf(MappingError);
  });
});

describe('export encodings', () => {
  it('strips a UTF-8 byte-order mark, so the first column is so_ho_so', async () => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, exportBytes([victimRow()], { bom: true }));
    expect([...f.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expectListing([f]);
    expectDownload(f);
    expect((await adapter.fetchByIds([VICTIM])).map(idOf)).toEqual([VICTIM]);
  });

  it('reads a file without a byte-order mark alike', async () => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, exportBytes([victimRow()], { bom: false }));
    expectListing([f]);
    expectDownload(f);
    expect((await adapter.fetchByIds([VICTIM])).map(idOf)).toEqual([VICTIM]);
  });

  it('reads decomposed (NFD) Vietnamese as the composed form', async () => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, Buffer.from(exportText([victimRow()]).normalize('NFD'), 'utf8'));
    expectListing([f]);
    expectDownload(f);
    const [victim] = (await adapter.fetchByIds([VICTIM])) as PersonRecord[];
    expect(victim!.names[0]!.full).toBe('Nguyễn Thị Lan'.normalize('NFC'));
    expect(victim!.sex).toBe('FEMALE');
  });

  it('fails the export with a NativeSourceError when it is not UTF-8, and does not download it again', async () => {
    const adapter = createVnmAdapter(settings);
    // The file re-saved as Latin-1 / ANSI: "ễ" cannot be written and "ê" becomes the single byte 0xEA.
    const latin1 = file(1, Buffer.from(exportText([victimRow({ ho_ten: 'Nguyên Thi Lan' })], { bom: false }), 'latin1'));
    expectListing([latin1]);
    expectDownload(latin1);
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as Error).message).toMatch(/not valid UTF-8/);
    // Still the newest export: the same error, after the listing call alone.
    expectListing([latin1]);
    await expect(adapter.fetchByIds([VICTIM])).rejects.toThrow(/not valid UTF-8/);
    // A good export replaces it.
    const fixed = file(2, exportBytes([victimRow()]));
    expectListing([latin1, fixed]);
    expectDownload(fixed);
    expect((await adapter.fetchByIds([VICTIM])).map(idOf)).toEqual([VICTIM]);
  });

  it.each([
    ['UTF-16 with a byte-order mark', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(exportText([victimRow()], { bom: false }), 'utf16le')]), /UTF-16/],
    ['UTF-16 without a byte-order mark', Buffer.from(exportText([victimRow()], { bom: false }), 'utf16le'), /NUL/],
    ['a file that is not CSV (an unclosed quote)', Buffer.from('so_ho_so,ho_ten\r\n"C03-2024-000517,Nguyễn\r\n', 'utf8'), /CSV_QUOTE_NOT_CLOSED/],
    ['a file delimited by semicolons (Excel, Vietnamese locale)', Buffer.from('so_ho_so;ho_ten\r\nC03-2024-000517;Nguyễn Thị Lan\r\n', 'utf8'), /no so_ho_so column/],
    ['a header without ho_ten', Buffer.from('so_ho_so,ten\r\nC03-2024-000517,Lan\r\n', 'utf8'), /no ho_ten column/],
    ['a header naming a column twice', Buffer.from('so_ho_so,ho_ten,HO_TEN\r\nC03-2024-000517,A,B\r\n', 'utf8'), /repeats a column/],
    ['an empty file', Buffer.alloc(0), /no header/],
  ])('fails the export with a NativeSourceError for %s', async (_what, bytes, message) => {
    const adapter = createVnmAdapter(settings);
    const f = file(1, bytes);
    expectListing([f]);
    expectDownload(f);
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as Error).message).toMatch(message);
  });
});

describe('drop failures', () => {
  const listing = () => drop().get('/exports/');
  it.each([
    ['a listing answering HTTP 500', () => listing().reply(500, 'internal error')],
    ['a listing that is not JSON', () => listing().reply(200, '<html>maintenance</html>')],
    ['a listing of the wrong shape', () => listing().reply(200, { files: [] })],
    ['an export entry without its etag', () => listing().reply(200, { exports: [{ name: first.name, size: first.bytes.length }] })],
    ['a dropped connection', () => listing().replyWithError('socket hang up')],
    ['a listed export that is gone (404)', () => expectListing([first]).get(`/exports/${first.name}`).reply(404, { error: 'no such export' })],
    ['a download cut short', () => expectListing([first]).get(`/exports/${first.name}`).reply(200, first.bytes.subarray(0, 100), { etag: etagOf(first.bytes) })],
    ['a file replaced while downloading', () => expectListing([first]).get(`/exports/${first.name}`).reply(200, first.bytes, { etag: '"other"' })],
  ])('rejects the batch with a NativeSourceError on %s', async (_what, reply) => {
    const adapter = createVnmAdapter(settings);
    reply();
    await expect(adapter.fetchByIds([VICTIM])).rejects.toBeInstanceOf(NativeSourceError);
  });

  it('refuses an export larger than the limit without downloading it', async () => {
    const adapter = createVnmAdapter(settings, { maxExportBytes: 100 });
    expectListing([first]);
    await expect(adapter.fetchByIds([VICTIM])).rejects.toThrow(/larger than 100 bytes/);
  });

  it('retries a failed download on the next batch', async () => {
    const adapter = createVnmAdapter(settings);
    expectListing([first]).get(`/exports/${first.name}`).reply(503);
    await expect(adapter.fetchByIds([VICTIM])).rejects.toBeInstanceOf(NativeSourceError);
    expectListing([first]);
    expectDownload(first);
    expect((await adapter.fetchByIds([VICTIM])).map(idOf)).toEqual([VICTIM]);
  });

  it.each([
    ['the listing', () => listing().delay(settings.timeoutMs + 200).reply(200, { exports: [] })],
    ['the download', () => expectListing([first]).get(`/exports/${first.name}`).delay(settings.timeoutMs + 200).reply(200, first.bytes)],
  ])('rejects with a timed-out NativeSourceError when %s is too slow', async (_what, reply) => {
    const adapter = createVnmAdapter(settings);
    reply();
    const error = await adapter.fetchByIds([VICTIM]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NativeSourceError);
    expect((error as NativeSourceError).timedOut).toBe(true);
  });
});

describe('createVnmAdapter().fetchPage', () => {
  const paged = { ...settings, jurisdiction: { ...VNM, native: { ...VNM.native, pageSize: 2 } } };
  const ids = (records: ReadonlyArray<PersonRecord | Error>) => records.map((r) => (r instanceof Error ? 'error' : r.id));

  it('pages through the newest export with the registry page size, the cursor naming the export', async () => {
    const adapter = createVnmAdapter(paged);
    expectListing([first]);
    expectDownload(first);
    const one = await adapter.fetchPage(null);
    expect(ids(one.records)).toEqual([VICTIM, SUSPECT]);
    expect(one.next).toBe(`${first.name}:2`);
    // Later pages of the pass come from the same cached export: no native call.
    const two = await adapter.fetchPage(one.next);
    expect(ids(two.records)).toEqual([SPARSE]);
    expect(two.next).toBeNull();
  });

  it('keeps a malformed line of a page as an Error in its place', async () => {
    const adapter = createVnmAdapter(paged);
    const f = file(1, exportBytes([victimRow({ ma_xu_ly: 'H9' }), suspectRow()]));
    expectListing([f]);
    expectDownload(f);
    const { records, next } = await adapter.fetchPage(null);
    expect(next).toBeNull();
    expect(records[0]).toBeInstanceOf(MappingError);
    expect(ids(records)).toEqual(['error', SUSPECT]);
  });

  it('answers an empty last page when the drop holds no export', async () => {
    const adapter = createVnmAdapter(paged);
    expectListing([]);
    await expect(adapter.fetchPage(null)).resolves.toEqual({ records: [], next: null });
  });

  it('fails a pass whose export was replaced meanwhile, so that the index starts again on the new one', async () => {
    const adapter = createVnmAdapter(paged);
    expectListing([first]);
    expectDownload(first);
    const { next } = await adapter.fetchPage(null);
    const second = file(2, exportBytes([victimRow()]));
    expectListing([first, second]);
    expectDownload(second);
    await adapter.fetchByIds([VICTIM]);
    expectListing([first, second]);
    await expect(adapter.fetchPage(next)).rejects.toThrow(/replaced/);
  });

  it('continues a pass another replica started on a newer export, after one look', async () => {
    const adapter = createVnmAdapter(paged);
    expectListing([first]);
    expectDownload(first);
    await adapter.fetchByIds([VICTIM]);
    const second = file(2, exportBytes([victimRow(), suspectRow(), sparseRow()]));
    expectListing([first, second]);
    expectDownload(second);
    expect(ids((await adapter.fetchPage(`${second.name}:2`)).records)).toEqual([SPARSE]);
  });

  it('refuses a cursor that is not an export and a line without calling the drop', async () => {
    const adapter = createVnmAdapter(paged);
    for (const cursor of ['2', `${first.name}:0`, `${first.name}:x`, '../etc/passwd:2', `${first.name}.part:2`]) {
      await expect(adapter.fetchPage(cursor)).rejects.toThrow(RangeError);
    }
  });
});

describe('createAdapter', () => {
  it('refuses a registry row without the MPS agency', () => {
    expect(() => createVnmAdapter({ ...settings, jurisdiction: { ...VNM, agencies: ['C03'] } })).toThrow(/MPS/);
  });
});
