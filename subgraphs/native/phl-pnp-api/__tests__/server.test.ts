import { DEFAULT_SEED, generateScenario, recordsOf } from '../../../scenario/generate';
import type { Offence } from '../../../scenario/model';
import type { NativeServer } from '../../native-server';
import { MAX_IDS, PERSONS_PATH, type PersonsByIds, type PersonsPage } from '../persons-route';
import { renderPnpPerson } from '../render';
import { startPhlNativeSource } from '../server';
import { incidentDate, usDate } from '../us-dates';
import { OFFENSE } from '../vocabulary';

const scenario = generateScenario();
const phlRecords = recordsOf(scenario, 'PHL');
let server: NativeServer;

beforeAll(async () => {
  server = await startPhlNativeSource({ scenario, port: 0 });
});
afterAll(() => server.close());
afterEach(() => server.setFault('none'));

async function get<T>(pathAndQuery: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  const res = await fetch(`${server.origin}${pathAndQuery}`, init);
  return { status: res.status, body: (await res.json()) as T };
}

describe('simulated PNP / BI API', () => {
  it('answers /healthz', async () => {
    expect(await get('/healthz')).toEqual({ status: 200, body: { status: 'ok', records: phlRecords.length } });
  });

  it('pages through every PHL record of the scenario, with next links until the last page', async () => {
    const refs: string[] = [];
    let path: string | null = `${PERSONS_PATH}?page=1&per_page=25`;
    const metas: PersonsPage['meta'][] = [];
    while (path !== null) {
      const { status, body }: { status: number; body: PersonsPage } = await get<PersonsPage>(path);
      expect(status).toBe(200);
      refs.push(...body.data.map((p) => p.pnp_ref));
      metas.push(body.meta);
      path = body.links.next && new URL(body.links.next).pathname + new URL(body.links.next).search;
    }
    expect(refs).toEqual(phlRecords.map((r) => r.localId));
    expect(metas.map((m) => m.page)).toEqual(Array.from({ length: Math.ceil(phlRecords.length / 25) }, (_, i) => i + 1));
    expect(metas[0]).toEqual({ page: 1, per_page: 25, total: phlRecords.length, total_pages: metas.length });
  });

  it('answers an empty page past the end', async () => {
    const { body } = await get<PersonsPage>(`${PERSONS_PATH}?page=99`);
    expect(body.data).toEqual([]);
    expect(body.links.next).toBeNull();
  });

  it('looks records up by pnp_ref, leaving out the ones it does not hold', async () => {
    const { status, body } = await get<PersonsByIds>(`${PERSONS_PATH}?ids=2024-000131,2024-999999,2024-000123`);
    expect(status).toBe(200);
    expect(body.data.map((p) => p.pnp_ref).sort()).toEqual(['2024-000123', '2024-000131']);
  });

  it.each([
    ['page 0', '?page=0'],
    ['a page that is no number', '?page=two'],
    ['per_page over 100', '?per_page=101'],
    ['an empty id list', '?ids='],
    [`more than ${MAX_IDS} ids`, `?ids=${Array.from({ length: MAX_IDS + 1 }, (_, i) => `2024-${i}`).join(',')}`],
    ['ids with paging', '?ids=2024-000123&page=1'],
  ])('answers 400 with a JSON error for %s', async (_what, query) => {
    const { status, body } = await get<{ error: { message: string } }>(`${PERSONS_PATH}${query}`);
    expect(status).toBe(400);
    expect(typeof body.error.message).toBe('string');
  });

  it('answers 405 to anything but GET', async () => {
    expect((await get(`${PERSONS_PATH}?page=1`, { method: 'POST' })).status).toBe(405);
  });

  it('records the requests it answered and can be switched to fail', async () => {
    server.setFault('http-500');
    const res = await fetch(`${server.origin}${PERSONS_PATH}?ids=2024-000123`);
    expect(res.status).toBe(500);
    expect(server.requests.at(-1)).toEqual({ path: PERSONS_PATH, search: '?ids=2024-000123' });
  });
});

describe('renderPnpPerson', () => {
  it('is deterministic for a seed, and another seed renders another world', () => {
    // One world besides the default: each is some 23,000 records to generate.
    const rendered = phlRecords.map(renderPnpPerson);
    expect(structuredClone(phlRecords).map(renderPnpPerson)).toEqual(rendered);
    expect(recordsOf(generateScenario(DEFAULT_SEED + 1), 'PHL').map(renderPnpPerson)).not.toEqual(rendered);
  });

  it('writes the story victim in the PNP shape: US dates, alpha-2 codes, native words', () => {
    const victim = renderPnpPerson(phlRecords.find((r) => r.localId === '2024-000123')!);
    expect(victim).toMatchObject({ agency: 'PNP', middle_name: 'Dizon', sex: 'F', birth_date: '03/14/1998', citizenship: 'PH', involvement: ['victim'], release_to: ['TH'] });
    expect(victim.passports).toEqual([{ passport_no: 'P4821937B', issuing_country: 'PH', expiry: '06/30/2031', status: 'valid' }]);
    expect(victim.incidents.map((i) => i.incident_date)).toEqual(['02/2024', '06/2024', '10/02/2024 05:30 AM']);
    expect(victim.cases[0]).toEqual({
      case_no: 'PHL-2024-0001',
      involvement: 'victim',
      case_status: 'under investigation',
      exploitation: ['forced criminality'],
      offenses: ['RA 9208 (Anti-Trafficking in Persons Act)'],
    });
  });

  it('cites each offence by its Philippine statute, one distinct citation per offence', () => {
    const offences: Offence[] = ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'];
    const story = phlRecords.find((r) => r.cases.length > 0)!;
    const rendered = renderPnpPerson({ ...story, cases: [{ ...story.cases[0]!, offences }, { ...story.cases[0]!, offences: [] }] });
    expect(rendered.cases.map((c) => c.offenses)).toEqual([offences.map((o) => OFFENSE[o]), []]);
    expect(new Set(Object.values(OFFENSE)).size).toBe(offences.length);
    expect(Object.keys(OFFENSE).sort()).toEqual([...offences].sort());
  });

  it('writes unknown date parts as 00 and times on a 12-hour clock', () => {
    expect([usDate({ year: 1998 }), usDate({ year: 1998, month: 3 })]).toEqual(['00/00/1998', '03/00/1998']);
    expect(incidentDate({ year: 2024 })).toBe('2024');
    expect(incidentDate({ year: 2024, month: 10, day: 1, hour: 0, minute: 5 })).toBe('10/01/2024 12:05 AM');
    expect(incidentDate({ year: 2024, month: 10, day: 1, hour: 12, minute: 0 })).toBe('10/01/2024 12:00 PM');
    expect(incidentDate({ year: 2024, month: 10, day: 1, hour: 18, minute: 0 })).toBe('10/01/2024 06:00 PM');
  });
});
