import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { NativeServer } from '../../native-server';
import { decodeCursor, encodeCursor } from '../cursor';
import { eventTime, indonesianDate, isoDate, wibTimestamp } from '../dates';
import { renderSubject } from '../render';
import { startIdnNativeSource } from '../server';
import { DEFAULT_PAGE, LOOKUP_PATH, MAX_KEYS, MAX_PAGE, SUBJECTS_PATH, type SubjectLookup, type SubjectPage } from '../subject-routes';
import { FIXTURE_RECORDS, withFixtures } from './scenario-fixtures';

const scenario = withFixtures(generateScenario());
const idnRecords = recordsOf(scenario, 'IDN');
let server: NativeServer;

beforeAll(async () => {
  server = await startIdnNativeSource({ scenario, port: 0 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

async function call<T>(pathAndQuery: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.origin}${pathAndQuery}`, init);
  return { status: res.status, body: (await res.json()) as T };
}
const post = <T>(body: unknown, contentType = 'application/json') =>
  call<T>(LOOKUP_PATH, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('simulated POLRI / Imigrasi subject API', () => {
  it('answers /healthz', async () => {
    expect(await call('/healthz')).toEqual({ status: 200, body: { status: 'OK', records: idnRecords.length } });
  });

  it('pages through every IDN record by cursor, with the total, until the cursor runs out', async () => {
    const keys: string[] = [];
    let path: string | null = `${SUBJECTS_PATH}?batas=${MAX_PAGE}`;
    while (path !== null) {
      const { status, body }: { status: number; body: SubjectPage } = await call<SubjectPage>(path);
      expect(status).toBe(200);
      expect(body.jumlah_total).toBe(idnRecords.length);
      keys.push(...body.data.map((s) => `${s.instansi}:${s.nomor_registrasi}`));
      path = body.kursor_berikutnya && `${SUBJECTS_PATH}?batas=${MAX_PAGE}&kursor=${body.kursor_berikutnya}`;
    }
    expect(keys).toEqual(idnRecords.map((r) => `${r.agency}:${r.localId}`));
  });

  it('serves a default page size', async () => {
    expect((await call<SubjectPage>(SUBJECTS_PATH)).body.data).toHaveLength(Math.min(DEFAULT_PAGE, idnRecords.length));
  });

  it('looks records up by agency and registration number, leaving out the ones it does not hold', async () => {
    const kunci = [
      { instansi: 'IMIGRASI', nomor_registrasi: 'IMI-FIXTURE-0002' },
      { instansi: 'POLRI', nomor_registrasi: 'IMI-FIXTURE-0002' },
      { instansi: 'POLRI', nomor_registrasi: 'LP/B/FIXTURE-1/X/2024' },
    ];
    const { status, body } = await post<SubjectLookup>({ kunci });
    expect(status).toBe(200);
    expect(body.data.map((s) => `${s.instansi}:${s.nomor_registrasi}`).sort()).toEqual(['IMIGRASI:IMI-FIXTURE-0002', 'POLRI:LP/B/FIXTURE-1/X/2024']);
  });

  it.each([
    ['batas 0', '?batas=0'],
    [`batas over ${MAX_PAGE}`, `?batas=${MAX_PAGE + 1}`],
    ['batas that is no number', '?batas=seratus'],
    ['a cursor that is not base64url', '?kursor=../x'],
    ['a cursor of no record', `?kursor=${encodeCursor('POLRI', 'NO-SUCH')}`],
    ['an unknown parameter', '?halaman=2'],
  ])('answers 400 to a page request with %s', async (_what, query) => {
    const { status, body } = await call<{ status: string; pesan: string }>(`${SUBJECTS_PATH}${query}`);
    expect(status).toBe(400);
    expect(body).toEqual({ status: 'GAGAL', pesan: expect.any(String) });
  });

  it.each([
    ['a body that is not JSON', '{kunci:'],
    ['no kunci', {}],
    ['an empty kunci', { kunci: [] }],
    ['a key without its agency', { kunci: [{ nomor_registrasi: 'X' }] }],
    [`more than ${MAX_KEYS} keys`, { kunci: Array.from({ length: MAX_KEYS + 1 }, (_, i) => ({ instansi: 'POLRI', nomor_registrasi: `X-${i}` })) }],
  ])('answers 400 to a lookup with %s', async (_what, body) => {
    const answer = await post<{ status: string }>(body);
    expect([answer.status, answer.body.status]).toEqual([400, 'GAGAL']);
  });

  it('answers 415 to a lookup that is not JSON, 405 to the wrong method, 404 off its routes', async () => {
    expect((await post('kunci=1', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await call(LOOKUP_PATH)).status).toBe(405);
    expect((await call(SUBJECTS_PATH, { method: 'POST' })).status).toBe(405);
    expect((await call('/api/v2/perkara')).status).toBe(404);
  });

  it('records the requests it answered and can be switched to fail', async () => {
    server.setFault('http-500');
    expect((await fetch(`${server.origin}${SUBJECTS_PATH}?batas=1`)).status).toBe(500);
    expect(server.requests.at(-1)).toEqual({ path: SUBJECTS_PATH, search: '?batas=1' });
  });
});

describe('renderSubject', () => {
  it('is deterministic: same record, same JSON', () => {
    expect(idnRecords.map(renderSubject)).toEqual(idnRecords.map(renderSubject));
  });

  it('writes each agency’s own name and date style', () => {
    const [polri, imigrasi, suspect, khmer, malay, vietnamese] = FIXTURE_RECORDS.map(renderSubject);
    expect(polri).toMatchObject({ nama_lengkap: 'Suharti', nama_depan: 'Suharti', nama_belakang: null, tanggal_lahir: '14 Maret 1998', jenis_kelamin: 'P' });
    expect(imigrasi).toMatchObject({ nama_lengkap: 'SUHARTI', nama_depan: 'SUHARTI', nama_belakang: 'SUHARTI', tanggal_lahir: '1998-03-14' });
    expect(suspect).toMatchObject({ nama_lengkap: 'BUDI SAPUTRA', nama_depan: 'BUDI', nama_belakang: 'SAPUTRA', tanggal_lahir: '1986-07' });
    expect(khmer).toMatchObject({ nama_lengkap: 'Chan Sreymom', nama_depan: 'Sreymom', nama_belakang: 'Chan', jenis_kelamin: null, peran: ['WNA ILEGAL', 'TERDUGA KORBAN', 'SAKSI'] });
    expect(malay).toMatchObject({ nama_lengkap: 'NURUL BINTI ABDULLAH', nama_depan: 'NURUL BINTI ABDULLAH', nama_belakang: null });
    expect(vietnamese).toMatchObject({ nama_lengkap: 'Nguyễn Thị Lan', nama_depan: 'Thị Lan', nama_belakang: 'Nguyễn' });
    expect(suspect?.perkara[0]?.pasal).toContain('Pasal 120 UU No. 6 Tahun 2011');
  });

  it('writes dates as far as they are known, in Indonesian or ISO, and stamps WIB', () => {
    expect([indonesianDate({ year: 1998 }), indonesianDate({ year: 1998, month: 2 }), indonesianDate({ year: 1998, month: 2, day: 7 })]).toEqual(['1998', 'Februari 1998', '7 Februari 1998']);
    expect([isoDate({ year: 1998 }), isoDate({ year: 1998, month: 2 }), isoDate({ year: 1998, month: 2, day: 7 })]).toEqual(['1998', '1998-02', '1998-02-07']);
    const when = { year: 2024, month: 10, day: 2, hour: 5, minute: 30 };
    expect([eventTime(when, 'POLRI'), eventTime(when, 'IMIGRASI')]).toEqual(['2 Oktober 2024 pukul 05.30', '2024-10-02T05:30']);
    expect(wibTimestamp('2024-10-05T20:00:00Z')).toBe('2024-10-06T03:00:00+07:00');
  });

  it('encodes a cursor that decodes to the same key, and refuses one that is not', () => {
    expect(decodeCursor(encodeCursor('POLRI', 'LP/B/1/X/2024'))).toEqual({ agency: 'POLRI', registrationNo: 'LP/B/1/X/2024' });
    expect(decodeCursor('not a cursor')).toBeNull();
  });
});
