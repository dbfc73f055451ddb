import { loadRegistry } from '../../../../schema/registry/registry';
import type { Scenario } from '../../../scenario/model';
import type { NativeServer } from '../../native-server';
import { MAX_IDS, MAX_LIMIT, PERSONS_PATH, QUERY_PATH } from '../persons-routes';
import { startUmfNativeSource } from '../server';
import type { UmfMessage, UmfPageBody, UmfPersonsBody } from '../umf-message';
import { NAMES, handMadeRecords } from './hand-made';

const registry = loadRegistry();
const AUS = registry.byCode('AUS')!;
const KOR = registry.byCode('KOR')!;
// Hand-made records only: the routes are tested on a world whose size the test knows.
const scenario: Scenario = { seed: 1, records: [...handMadeRecords('AUS'), ...handMadeRecords('KOR'), ...handMadeRecords('NZL')] };
const servers: Record<string, NativeServer> = {};

beforeAll(async () => {
  servers.AUS = await startUmfNativeSource({ scenario, jurisdiction: AUS, port: 0 });
  servers.KOR = await startUmfNativeSource({ scenario, jurisdiction: KOR, port: 0 });
});
afterAll(() => Promise.all(Object.values(servers).map((s) => s.close())));

async function call<T>(code: 'AUS' | 'KOR', path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${servers[code]!.origin}${path}`, init);
  return { status: res.status, body: (await res.json()) as T };
}
const post = (code: 'AUS' | 'KOR', body: unknown) =>
  call<UmfMessage<UmfPersonsBody>>(code, QUERY_PATH, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('simulated long-tail bureau', () => {
  it('serves one country per server, each its own records under its own sender and clock', async () => {
    const aus = await call<UmfMessage<UmfPageBody>>('AUS', `${PERSONS_PATH}?limit=3`);
    const kor = await call<UmfMessage<UmfPageBody>>('KOR', `${PERSONS_PATH}?limit=3`);
    expect(aus.body).toMatchObject({ umf: '1.0', header: { sender: 'AU' }, body: { offset: 0, limit: 3, total: NAMES.length } });
    expect(kor.body).toMatchObject({ umf: '1.0', header: { sender: 'KR' }, body: { offset: 0, limit: 3, total: NAMES.length } });
    expect(aus.body.body.persons.map((p) => p.personId)).toEqual(['AUS-HM-0000', 'AUS-HM-0001', 'AUS-HM-0002']);
    expect(kor.body.header.created).toMatch(/\+09:00$/);
    expect(aus.body.header.created).toMatch(/\+1[01]:00$/);
    expect(aus.body.header.messageId).not.toBe(kor.body.header.messageId);
  });

  it('answers /healthz with the country and its record count', async () => {
    expect(await call('KOR', '/healthz')).toEqual({ status: 200, body: { status: 'ok', jurisdiction: 'KOR', records: NAMES.length } });
  });

  it('writes event times in the country’s local time with its offset', async () => {
    const { body } = await call<UmfMessage<UmfPageBody>>('KOR', `${PERSONS_PATH}?offset=6&limit=1`);
    expect(body.body.persons[0]?.events.map((e) => e.dateTime)).toEqual([
      '2024',
      '2024-03',
      '2024-03-09',
      '2024-03-09T12:00:00+09:00',
      '2024-06',
      '2024-10-01T23:59:00+09:00',
      '2024-10-02T00:05:00+09:00',
      '2024-10-06T02:30:00+09:00',
      '2024-03-10T02:30:00+09:00',
      '2024-12-31T23:30:00+09:00',
    ]);
  });

  it('pages by offset and limit to the end, then answers empty pages', async () => {
    const ids: string[] = [];
    for (let offset = 0; offset < NAMES.length; offset += 4) {
      const { body } = await call<UmfMessage<UmfPageBody>>('AUS', `${PERSONS_PATH}?offset=${offset}&limit=4`);
      ids.push(...body.body.persons.map((p) => p.personId));
    }
    expect(ids).toEqual(handMadeRecords('AUS').map((r) => r.localId));
    const past = await call<UmfMessage<UmfPageBody>>('AUS', `${PERSONS_PATH}?offset=99`);
    expect(past.body.body).toEqual({ persons: [], offset: 99, limit: 100, total: NAMES.length });
  });

  it('answers a query in the order asked, each once, leaving out what it does not hold (or another country holds)', async () => {
    const { status, body } = await post('AUS', { personIds: ['AUS-HM-0003', 'AUS-HM-0099', 'KOR-HM-0001', 'AUS-HM-0001', 'AUS-HM-0003'] });
    expect(status).toBe(200);
    expect(body.header.sender).toBe('AU');
    expect(body.body.persons.map((p) => p.personId)).toEqual(['AUS-HM-0003', 'AUS-HM-0001']);
  });

  it.each([
    ['a negative offset', '?offset=-1'],
    ['an offset that is no number', '?offset=ten'],
    ['limit 0', '?limit=0'],
    [`limit over ${MAX_LIMIT}`, `?limit=${MAX_LIMIT + 1}`],
    ['a fractional limit', '?limit=2.5'],
  ])('answers 400 with a JSON error for a page with %s', async (_what, query) => {
    const { status, body } = await call<{ error: { status: number; message: string } }>('AUS', `${PERSONS_PATH}${query}`);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ status: 400, message: expect.any(String) });
  });

  it.each([
    ['a body that is not JSON', '{"personIds": ['],
    ['no personIds', {}],
    ['an empty list', { personIds: [] }],
    ['ids that are not strings', { personIds: [417] }],
    ['an empty id', { personIds: [''] }],
    ['fields the query does not have', { personIds: ['AUS-HM-0001'], offset: 3 }],
    [`more than ${MAX_IDS} ids`, { personIds: Array.from({ length: MAX_IDS + 1 }, (_, i) => `AUS-${i}`) }],
  ])('answers 400 with a JSON error for a query with %s', async (_what, body) => {
    const answer = await post('AUS', body);
    expect(answer.status).toBe(400);
  });

  it('answers 413 to a query body over its limit', async () => {
    const answer = await post('AUS', { personIds: ['x'.repeat(200 * 1024)] });
    expect(answer.status).toBe(413);
  });

  it('answers 405 to the wrong method on each route', async () => {
    expect((await call('AUS', PERSONS_PATH, { method: 'POST', body: '{}' })).status).toBe(405);
    expect((await call('AUS', QUERY_PATH)).status).toBe(405);
  });

  it('records the requests it answered and can be switched to fail', async () => {
    servers.KOR!.setFault('http-500');
    try {
      const res = await fetch(`${servers.KOR!.origin}${PERSONS_PATH}?offset=0&limit=5`);
      expect(res.status).toBe(500);
      expect(servers.KOR!.requests.at(-1)).toEqual({ path: PERSONS_PATH, search: '?offset=0&limit=5' });
    } finally {
      servers.KOR!.setFault('none');
    }
  });

  it('refuses to start for a country with no alpha-2 code to send under', async () => {
    await expect(startUmfNativeSource({ scenario, jurisdiction: { ...AUS, code: 'XXA' }, port: 0 })).rejects.toThrow(/alpha-2/);
  });
});
