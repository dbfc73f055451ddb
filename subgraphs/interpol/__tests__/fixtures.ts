// Native I-24/7 notices and API answers as INTERPOL's documentation describes them, written by
// hand so the adapter is tested against the native contract, not against our own simulator.
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const INTERPOL: Jurisdiction = loadRegistry().byCode('INTERPOL')!;
export const BASE_URL = 'http://i247.example.test';
export const settings: AdapterSettings = { jurisdiction: INTERPOL, baseUrl: BASE_URL, timeoutMs: 2000 };

export const RED_ID = '2024/12345';
export const YELLOW_ID = '2024/23456';
export const globalId = (noticeId: string) => `INTERPOL:IPSG:${noticeId}`;

/** The story's recruiter, wanted by Thailand: year of birth only, Thai script, a crypto wallet. */
export function redNotice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    notice_id: RED_ID,
    kind: 'NOTICE',
    colour: 'RED',
    state: 'PUBLISHED',
    requesting_country: 'TH',
    forename: 'Wira',
    name: 'KAEWMANEE',
    name_in_original_script: 'วีระ แก้วมณี',
    sex_id: 'M',
    date_of_birth: '1986/00/00',
    nationalities: ['TH'],
    travel_documents: [{ document_type: 'PASSPORT', document_number: 'AA 3318842', issuing_country: 'TH', expiry_date: '2029/01/17' }],
    telephones: ['+66 81 774 2290'],
    emails: [],
    other_identifiers: [{ type: 'VIRTUAL_ASSET_ADDRESS', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' }],
    arrest_warrants: [{ charge: 'Trafficking in human beings', issuing_country: 'TH' }],
    crime_areas: ['Trafficking in human beings', 'Fraud'],
    exploitation: ['forced criminality'],
    victim_identified: null,
    handling_code: 'H0',
    disseminated_to: ['PH'],
    publication_date: '2024/10/02',
    last_updated: '2024-10-02T02:00:00Z',
    ...overrides,
  };
}

/** The story's victim while she was missing, asked for by the Philippines. */
export function yellowNotice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    notice_id: YELLOW_ID,
    kind: 'NOTICE',
    colour: 'YELLOW',
    state: 'CANCELLED',
    requesting_country: 'PH',
    forename: 'Maricel Dizon',
    name: 'VILLANUEVA',
    sex_id: 'F',
    date_of_birth: '1998/03/14',
    nationalities: ['PH'],
    travel_documents: [{ document_type: 'PASSPORT', document_number: 'P4821937B', issuing_country: 'PH', expiry_date: null }],
    telephones: ['0917 482 1937'],
    emails: ['Maricel.V98@example.ph'],
    crime_areas: ['Trafficking in human beings'],
    exploitation: ['forced criminality'],
    victim_identified: true,
    handling_code: 'H2',
    disseminated_to: ['TH'],
    publication_date: '2024/05/20',
    last_updated: '2024-10-03T09:15:00Z',
    ...overrides,
  };
}

/** A notice with as little as a requesting country ever sends. */
export function sparseNotice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { notice_id: '2024/34567', kind: 'NOTICE', colour: 'BLUE', state: 'PUBLISHED', requesting_country: 'VN', name: 'NGUYỄN', ...overrides };
}

/** An answer of `POST /notices/lookup`. */
export const lookupAnswer = (notices: unknown[]) => ({ _embedded: { notices } });

/** An answer of `GET /notices`. */
export function pageAnswer(notices: unknown[], page: number, total: number, resultPerPage = INTERPOL.native.pageSize) {
  return { total, query: { page, resultPerPage }, _embedded: { notices }, _links: { self: { href: `/notices?page=${page}&resultPerPage=${resultPerPage}` } } };
}

/** An SLTD hit as `POST /sltd/check` answers it. */
export function sltdHit(number: string, country: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { document_number: number, issuing_country: country, document_type: 'PASSPORT', status: 'STOLEN', reporting_country: country, date_reported: '2024-06-01', ...overrides };
}

/** The native API under nock; nothing else on the network answers. */
export function nativeApi(): nock.Scope {
  return nock(BASE_URL);
}

/**
 * Fails the test on any request nock could not match: the proof that no call beyond the expected
 * ones was made. Local servers (a subgraph under test) stay reachable.
 */
export function strictNock(): { unmatched: () => string[] } {
  let unmatched: string[] = [];
  const record = (req: { method?: string; path?: string }) => unmatched.push(`${req.method} ${req.path}`);
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    nock.emitter.on('no match', record);
  });
  afterAll(() => {
    nock.emitter.off('no match', record);
    nock.enableNetConnect();
  });
  beforeEach(() => {
    unmatched = [];
  });
  afterEach(() => {
    expect(unmatched.filter((u) => !u.includes('/graphql'))).toEqual([]);
    nock.cleanAll();
  });
  return { unmatched: () => unmatched };
}
