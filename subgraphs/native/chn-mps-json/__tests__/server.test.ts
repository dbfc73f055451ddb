import { loadRegistry } from '../../../../schema/registry/registry';
import { recordsOf } from '../../../scenario/generate';
import type { NativeServer } from '../../native-server';
import type { MpsPerson } from '../mps-person';
import { beijingTime, mpsDate, mpsDateTime, passportName } from '../native-values';
import { renderMpsPerson } from '../render';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MAX_QUERY_IDS, PERSONS_PATH, QUERY_PATH, type MpsAnswer, type PersonsPage } from '../routes';
import { startChnNativeSource } from '../server';
import { CHN_RECORDS, scenarioWithChn } from './chn-records';

const CHN = loadRegistry().byCode('CHN')!;
const scenario = scenarioWithChn();
const numbers = recordsOf(scenario, 'CHN').map((r) => r.localId);
let server: NativeServer;

beforeAll(async () => {
  server = await startChnNativeSource({ scenario, jurisdiction: CHN, port: 0 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

async function call<T>(path: string, init?: RequestInit): Promise<{ status: number; contentType: string | null; body: MpsAnswer<T> }> {
  const res = await fetch(`${server.origin}${path}`, init);
  return { status: res.status, contentType: res.headers.get('content-type'), body: (await res.json()) as MpsAnswer<T> };
}
const query = (body: string) => call<{ list: MpsPerson[] }>(QUERY_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
const rybhs = (list: MpsPerson[] | undefined) => (list ?? []).map((p) => p.rybh);

describe('simulated MPS person-information interface', () => {
  it('answers /healthz with the number of records', async () => {
    const { status, body } = await call('/healthz');
    expect(status).toBe(200);
    expect(body).toEqual({ code: '0000', msg: '成功', data: { status: 'ok', records: numbers.length } });
  });

  it('pages through every CHN record in storage order, in its own envelope and charset', async () => {
    const seen: string[] = [];
    const pageSize = 3;
    for (let pageNo = 1; pageNo <= Math.ceil(numbers.length / pageSize); pageNo += 1) {
      const { status, contentType, body } = await call<PersonsPage>(`${PERSONS_PATH}?pageNo=${pageNo}&pageSize=${pageSize}`);
      expect([status, contentType, body.code]).toEqual([200, 'application/json;charset=UTF-8', '0000']);
      expect(body.data).toMatchObject({ pageNo, pageSize, total: numbers.length });
      seen.push(...rybhs(body.data?.list));
    }
    expect(seen).toEqual(numbers);
  });

  it('uses its own default page size, serves the registry page size, and answers an empty page past the end', async () => {
    expect((await call<PersonsPage>(PERSONS_PATH)).body.data?.pageSize).toBe(DEFAULT_PAGE_SIZE);
    expect(CHN.native.pageSize).toBeLessThanOrEqual(MAX_PAGE_SIZE);
    const past = await call<PersonsPage>(`${PERSONS_PATH}?pageNo=9999&pageSize=${MAX_PAGE_SIZE}`);
    expect(past.body.data).toMatchObject({ list: [], total: numbers.length });
  });

  it.each(['pageNo=0', 'pageNo=-1', 'pageNo=1.5', 'pageNo=one', `pageSize=${MAX_PAGE_SIZE + 1}`, 'pageSize=0'])(
    'answers 400 with its error envelope for %s',
    async (q) => {
      const { status, body } = await call(`${PERSONS_PATH}?${q}`);
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: '4001', data: null, msg: expect.any(String) });
    },
  );

  it('answers a query with the records held, in storage order, once each', async () => {
    const asked = [numbers[2]!, 'R0000000000000000', numbers[0]!, numbers[2]!];
    const { status, body } = await query(JSON.stringify({ rybhList: asked }));
    expect([status, body.code]).toEqual([200, '0000']);
    expect(rybhs(body.data?.list)).toEqual([numbers[0], numbers[2]]);
  });

  it.each([
    ['a body that is not JSON', 'rybhList=R1'],
    ['no rybhList', '{"ids":["R1"]}'],
    ['an empty rybhList', '{"rybhList":[]}'],
    ['numbers that are not strings', '{"rybhList":[42]}'],
    [`more than ${MAX_QUERY_IDS} numbers`, JSON.stringify({ rybhList: Array.from({ length: MAX_QUERY_IDS + 1 }, (_, i) => `R${i}`) })],
  ])('answers 400 to a query with %s', async (_what, body) => {
    const answer = await query(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ code: '4001', data: null });
  });

  it('answers 413 to an oversized query', async () => {
    expect((await query(JSON.stringify({ rybhList: ['R'.repeat(70_000)] }))).status).toBe(413);
  });

  it('answers 405 to the wrong method on either route', async () => {
    expect((await call(PERSONS_PATH, { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await call(QUERY_PATH)).status).toBe(405);
  });

  it('records the requests it answered and can be switched to fail', async () => {
    server.setFault('http-500');
    const res = await fetch(`${server.origin}${PERSONS_PATH}?pageNo=1`);
    expect(res.status).toBe(500);
    expect(server.requests.at(-1)).toEqual({ path: PERSONS_PATH, search: '?pageNo=1' });
  });
});

describe('renderMpsPerson', () => {
  const [victim, suspect, , filipina, malay, mononym, malaysianChinese, vietnamese] = CHN_RECORDS.map(renderMpsPerson);

  it('is deterministic for a seed', () => {
    const render = (seed: number) => recordsOf(scenarioWithChn(seed), 'CHN').map(renderMpsPerson);
    expect(render(7)).toEqual(render(7));
  });

  it('writes a Chinese citizen in Han, with the passport pinyin only when it has a passport', () => {
    expect(victim).toMatchObject({ xm: '李秀英', xmpy: 'LI XIUYING', wwx: null, wwm: null, xb: '2', csrq: '19970803', gj: ['156'] });
    expect(suspect).toMatchObject({ xm: '欧阳建国', xmpy: null, csrq: '19850000' });
  });

  it('writes foreigners by their passport name, and keeps a Chinese form of it when there is one', () => {
    expect(filipina).toMatchObject({ xm: null, wwx: 'VILLANUEVA', wwm: 'MARICEL DIZON', gj: ['608'] });
    expect(malay).toMatchObject({ xm: null, wwx: null, wwm: 'NURUL BINTI ISMAIL', csrq: null });
    expect(mononym).toMatchObject({ wwx: null, wwm: 'SUTRISNO', xb: '0' });
    expect(malaysianChinese).toMatchObject({ xm: '陈亚九', xmpy: null, wwx: 'TAN', wwm: 'AH KOW' });
    expect(vietnamese).toMatchObject({ wwx: 'NGUYEN', wwm: 'THI LAN' });
  });

  it('writes documents with MPS type codes, GB/T 2659 numbers, and no issuing country on a resident card', () => {
    expect(victim?.zjxx).toEqual([
      { zjlx: '414', zjhm: 'E87654321', qfgj: '156', yxqz: '20310228', zjzt: '有效' },
      { zjlx: '111', zjhm: '530102199708030026', qfgj: null, yxqz: null, zjzt: '有效' },
    ]);
    expect(malay?.zjxx[0]).toMatchObject({ zjlx: '990', qfgj: '458', zjzt: '已过期' });
    // ICAO's stateless code has no number: the standard's alpha-3 code stands in.
    expect(mononym?.zjxx[1]).toMatchObject({ qfgj: 'XXA', zjzt: '已注销' });
  });

  it('writes events, cases and handling in native words and codes', () => {
    expect(victim?.sjjl[1]).toEqual({ sjlx: '出入境', fssj: '20240402233000', fsdgj: '104', fsdd: 'Ruili border', csmc: null, xddh: null, jyqk: 'Crossed on foot with a guide.' });
    expect(suspect?.ajxx[0]).toMatchObject({ rysf: '犯罪嫌疑人', ajzt: '已移送起诉', bqxs: ['强迫犯罪'] });
    expect(suspect?.ajxx[0]?.sxzm.map((o) => o.xftk)).toEqual(['240', '318', '191', '303', '320']);
    expect(filipina).toMatchObject({ rysf: ['偷越国（边）境人员', '疑似被害人'], gxxz: '按提供方规定', kgxgj: ['608'] });
  });

  it('writes dates the MPS way: 00 for unknown parts, times only on full dates, Beijing time', () => {
    expect([mpsDate({ year: 1998 }), mpsDate({ year: 1998, month: 3 }), mpsDate({ year: 1998, month: 3, day: 14 })]).toEqual(['19980000', '19980300', '19980314']);
    expect(mpsDateTime({ year: 2024, month: 10, day: 1, hour: 18, minute: 5 })).toBe('20241001180500');
    expect(mpsDateTime({ year: 2024, month: 10 })).toBe('20241000');
    expect(beijingTime('2024-12-31T16:00:00Z')).toBe('20250101000000');
  });

  it('writes passport names in capitals without diacritics, middle names where the passport puts them', () => {
    expect(passportName({ family: 'Đặng', given: 'Hùng', middle: 'Văn' }, 'VNM')).toEqual({ surname: 'DANG', given: 'VAN HUNG' });
    expect(passportName({ family: 'Villanueva', given: 'Maricel', middle: 'Dizon' }, 'PHL')).toEqual({ surname: 'VILLANUEVA', given: 'MARICEL DIZON' });
  });
});
