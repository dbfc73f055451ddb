import { generateScenario } from '../../../scenario/generate';
import type { NativeServer } from '../../native-server';
import { deriveNotices } from '../derive-notices';
import { deriveSltd } from '../derive-sltd';
import type { NoticesLookup, NoticesPage, SltdCheckAnswer } from '../i247-shapes';
import { LOOKUP_PATH, MAX_LOOKUP_IDS, MAX_RESULT_PER_PAGE, NOTICES_PATH } from '../notices-route';
import { startInterpolNativeSource } from '../server';
import { MAX_SLTD_QUERIES, SLTD_CHECK_PATH } from '../sltd-route';

const scenario = generateScenario();
const notices = deriveNotices(scenario.records);
const sltd = deriveSltd(scenario.records);
let server: NativeServer;

beforeAll(async () => {
  server = await startInterpolNativeSource({ scenario, port: 0 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

async function call<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.origin}${path}`, init);
  return { status: res.status, body: (await res.json()) as T };
}
const post = <T>(path: string, body: unknown) => call<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('simulated INTERPOL system', () => {
  it('answers /healthz with what it holds', async () => {
    expect(await call('/healthz')).toEqual({ status: 200, body: { status: 'ok', notices: notices.length, sltd: sltd.length } });
  });

  it('pages through every notice and diffusion, with next links until the total is reached', async () => {
    const ids: string[] = [];
    let path: string | null = `${NOTICES_PATH}?page=1&resultPerPage=10`;
    let pages = 0;
    while (path !== null) {
      const { status, body }: { status: number; body: NoticesPage } = await call<NoticesPage>(path);
      expect(status).toBe(200);
      expect(body.total).toBe(notices.length);
      ids.push(...body._embedded.notices.map((n) => n.notice_id));
      path = body._links.next?.href ?? null;
      pages += 1;
    }
    expect(ids).toEqual(notices.map((n) => n.notice_id));
    expect(pages).toBe(Math.ceil(notices.length / 10));
  });

  it('answers an empty page past the end, and 20 per page by default', async () => {
    expect((await call<NoticesPage>(`${NOTICES_PATH}?page=99`)).body).toMatchObject({ query: { page: 99, resultPerPage: 20 }, _embedded: { notices: [] } });
  });

  it('looks notices up by id, leaving out the ones it does not hold', async () => {
    const wanted = [notices[3]!.notice_id, '2024/00001', notices[0]!.notice_id];
    const { status, body } = await post<NoticesLookup>(LOOKUP_PATH, { notice_ids: wanted });
    expect(status).toBe(200);
    expect(body._embedded.notices.map((n) => n.notice_id).sort()).toEqual([notices[0]!.notice_id, notices[3]!.notice_id].sort());
  });

  it('checks documents against SLTD whatever their spacing and case, answering the hits and the count', async () => {
    const entry = sltd[0]!;
    const spaced = `${entry.document_number.slice(0, 3).toLowerCase()} ${entry.document_number.slice(3)}`;
    const { status, body } = await post<SltdCheckAnswer>(SLTD_CHECK_PATH, { documents: [{ number: 'AA3318842', country: 'THA' }, { number: spaced, country: entry.issuing_country }] });
    expect(status).toBe(200);
    expect(body).toEqual({ checked: 2, hits: [entry] });
  });

  it.each([
    ['page 0', `${NOTICES_PATH}?page=0`],
    ['a page that is no number', `${NOTICES_PATH}?page=two`],
    [`resultPerPage over ${MAX_RESULT_PER_PAGE}`, `${NOTICES_PATH}?resultPerPage=${MAX_RESULT_PER_PAGE + 1}`],
  ])('answers 400 with a JSON error for %s', async (_what, path) => {
    const { status, body } = await call<{ error: { code: string; message: string } }>(path);
    expect(status).toBe(400);
    expect(body.error.code).toBe('BAD_REQUEST');
  });

  it.each([
    ['a body that is not JSON', LOOKUP_PATH, '{"notice_ids": ['],
    ['no notice_ids', LOOKUP_PATH, { ids: ['2024/12345'] }],
    ['an empty id list', LOOKUP_PATH, { notice_ids: [] }],
    [`more than ${MAX_LOOKUP_IDS} ids`, LOOKUP_PATH, { notice_ids: Array.from({ length: MAX_LOOKUP_IDS + 1 }, (_, i) => `2024/${10000 + i}`) }],
    ['an id that is not text', LOOKUP_PATH, { notice_ids: [12345] }],
    ['no documents', SLTD_CHECK_PATH, { documents: [] }],
    [`more than ${MAX_SLTD_QUERIES} documents`, SLTD_CHECK_PATH, { documents: Array.from({ length: MAX_SLTD_QUERIES + 1 }, () => ({ number: 'AA1', country: 'THA' })) }],
    ['an alpha-2 issuing state', SLTD_CHECK_PATH, { documents: [{ number: 'AA3318842', country: 'TH' }] }],
    ['a number with no letters or digits', SLTD_CHECK_PATH, { documents: [{ number: '--', country: 'THA' }] }],
  ])('answers 400 with a JSON error for %s', async (_what, path, body) => {
    const answer = await post<{ error: { code: string; message: string } }>(path, body);
    expect(answer.status).toBe(400);
    expect(answer.body.error).toEqual({ code: 'BAD_REQUEST', message: expect.any(String) });
  });

  it('answers 405 to the wrong method and 404 to an unknown path', async () => {
    expect((await call(NOTICES_PATH, { method: 'POST' })).status).toBe(405);
    expect((await call(LOOKUP_PATH)).status).toBe(405);
    expect((await call(SLTD_CHECK_PATH)).status).toBe(405);
    expect((await call('/notices/red')).status).toBe(404);
  });

  it('answers 413 to a body over its limit', async () => {
    const documents = Array.from({ length: 400 }, () => ({ number: 'A'.repeat(40), country: 'THA', padding: 'x'.repeat(300) }));
    expect((await post(SLTD_CHECK_PATH, { documents })).status).toBe(413);
  });

  it('records the requests it answered and can be switched to fail', async () => {
    server.setFault('http-500');
    const res = await fetch(`${server.origin}${SLTD_CHECK_PATH}`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(500);
    expect(server.requests.at(-1)).toEqual({ path: SLTD_CHECK_PATH, search: '' });
  });
});
