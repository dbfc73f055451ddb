import { generateScenario, recordsOf } from '../../../scenario/generate';
import type { NativeServer } from '../../native-server';
import { cnpDate, cnpDateTime, cnpTimestamp, khmerDigits } from '../dates';
import { DEFAULT_LIMIT, MAX_IDS, MAX_LIMIT, PEOPLE_PATH, type PeopleLookup, type PeoplePage } from '../people-route';
import { cnpLocation } from '../provinces';
import { renderCnpPerson } from '../render';
import { startKhmNativeSource } from '../server';
import { FIXTURE_RECORDS, withFixtures } from './scenario-fixtures';

const scenario = withFixtures(generateScenario());
const khmRecords = recordsOf(scenario, 'KHM');
let server: NativeServer;

beforeAll(async () => {
  server = await startKhmNativeSource({ scenario, port: 0 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

async function get<T>(pathAndQuery: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.origin}${pathAndQuery}`, init);
  return { status: res.status, body: (await res.json()) as T };
}

describe('simulated CNP people API', () => {
  it('answers /healthz', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok', records: khmRecords.length } });
  });

  it('pages through every KHM record by offset, with the total', async () => {
    const numbers: string[] = [];
    for (let offset = 0; offset < khmRecords.length; offset += MAX_LIMIT) {
      const { status, body } = await get<PeoplePage>(`${PEOPLE_PATH}?offset=${offset}&limit=${MAX_LIMIT}`);
      expect(status).toBe(200);
      expect(body).toMatchObject({ offset, limit: MAX_LIMIT, total: khmRecords.length });
      numbers.push(...body.items.map((p) => p.person_no));
    }
    expect(numbers).toEqual(khmRecords.map((r) => r.localId));
  });

  it('serves a default page, and an empty page past the end', async () => {
    expect((await get<PeoplePage>(PEOPLE_PATH)).body).toMatchObject({ offset: 0, limit: DEFAULT_LIMIT });
    expect((await get<PeoplePage>(`${PEOPLE_PATH}?offset=${khmRecords.length}`)).body.items).toEqual([]);
  });

  it('looks records up by person_no, leaving out the ones it does not hold', async () => {
    const { status, body } = await get<PeopleLookup>(`${PEOPLE_PATH}?ids=FIXTURE-KHM-0002,NO-SUCH-1,FIXTURE-KHM-0001`);
    expect(status).toBe(200);
    expect(body.items.map((p) => p.person_no).sort()).toEqual(['FIXTURE-KHM-0001', 'FIXTURE-KHM-0002']);
  });

  it.each([
    ['a negative offset', '?offset=-1'],
    ['an offset that is no number', '?offset=ten'],
    ['limit 0', '?limit=0'],
    [`limit over ${MAX_LIMIT}`, `?limit=${MAX_LIMIT + 1}`],
    ['an empty id list', '?ids='],
    [`more than ${MAX_IDS} ids`, `?ids=${Array.from({ length: MAX_IDS + 1 }, (_, i) => `X-${i}`).join(',')}`],
    ['ids with paging', '?ids=FIXTURE-KHM-0001&limit=5'],
    ['an unknown parameter', '?page=2'],
  ])('answers 400 with a JSON error for %s', async (_what, query) => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(`${PEOPLE_PATH}${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ code: 'BAD_REQUEST', message: expect.any(String) });
  });

  it('answers 405 to anything but GET, and 404 off its routes', async () => {
    expect((await get(`${PEOPLE_PATH}?offset=0`, { method: 'POST' })).status).toBe(405);
    expect((await get('/cnp/v1/cases')).status).toBe(404);
  });

  it('records the requests it answered and can be switched to fail', async () => {
    server.setFault('http-500');
    expect((await fetch(`${server.origin}${PEOPLE_PATH}?ids=FIXTURE-KHM-0001`)).status).toBe(500);
    expect(server.requests.at(-1)).toEqual({ path: PEOPLE_PATH, search: '?ids=FIXTURE-KHM-0001' });
  });
});

describe('renderCnpPerson', () => {
  it('is deterministic: same record, same JSON', () => {
    expect(khmRecords.map(renderCnpPerson)).toEqual(khmRecords.map(renderCnpPerson));
  });

  it('writes a Cambodian in Khmer script and the card romanisation, surname first, Khmer-digit birth date', () => {
    const person = renderCnpPerson(FIXTURE_RECORDS[0]!);
    expect(person).toMatchObject({ name_km: 'សុខ\u200B ចាន់ដារ៉ា', name_latin: 'SOK CHANDARA', gender: 'ស្រី', date_of_birth: '១៤-០៣-១៩៩៨', updated_at: '2024-10-05 16:15:00' });
    expect(person.cases[0]?.charges).toEqual([{ law: 'LSHTSE-2008', article: '10' }]);
  });

  it('writes a foreigner in Latin only, as the passport reads, without diacritics', () => {
    const [, chinese, , vietnamese, malay] = FIXTURE_RECORDS.map(renderCnpPerson);
    expect([chinese, vietnamese, malay].map((p) => [p?.name_km, p?.name_latin])).toEqual([
      [null, 'WANG XIAOMING'],
      [null, 'NGUYEN THI LAN'],
      [null, 'NURUL BINTI ABDULLAH'],
    ]);
  });

  it('writes dates day first with 00 for unknown parts, and times on a 24-hour clock', () => {
    expect([cnpDate({ year: 1998 }), cnpDate({ year: 1998, month: 3 }), khmerDigits('14-03-1998')]).toEqual(['00-00-1998', '00-03-1998', '១៤-០៣-១៩៩៨']);
    expect(cnpDateTime({ year: 2024, month: 10, day: 1, hour: 18, minute: 5 })).toBe('01-10-2024 18:05');
    expect(cnpTimestamp('2024-10-05T20:00:00Z')).toBe('2024-10-06 03:00:00');
  });

  it('codes Cambodian places by province, and keeps places abroad in words', () => {
    const at = (country: string, locality: string) => cnpLocation({ type: 'RESCUE', when: { year: 2024 }, country, locality, summary: '' });
    expect(at('KHM', 'Poipet, Banteay Meanchey')).toEqual({ country: null, province_code: '01', district: 'Poipet', site: null });
    expect(at('KHM', 'Sihanoukville')).toEqual({ country: null, province_code: '18', district: 'Sihanoukville', site: null });
    expect(at('KHM', 'Phnom Penh')).toEqual({ country: null, province_code: '12', district: null, site: null });
    expect(at('KHM', 'Kaibo village')).toEqual({ country: 'KHM', province_code: null, district: 'Kaibo village', site: null });
    expect(at('THA', 'Mae Sot, Tak')).toEqual({ country: 'THA', province_code: null, district: 'Mae Sot, Tak', site: null });
  });
});
