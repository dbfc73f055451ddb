// Budgets are generous: the suite shares two cores, and only the timeout tests wait them out.
// Native PNP / BI records and API answers as the agency documents them, written by hand so the
// adapter is tested against the native contract, not against our own simulator.
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const PHL: Jurisdiction = loadRegistry().byCode('PHL')!;
export const BASE_URL = 'http://pnp.example.test';
export const PERSONS_PATH = '/api/v1/persons';
export const settings: AdapterSettings = { jurisdiction: PHL, baseUrl: BASE_URL, timeoutMs: 2000 };

/** The story's victim, as the PNP holds her. */
export function victimNative(): Record<string, unknown> {
  return {
    pnp_ref: '2024-000123',
    agency: 'PNP',
    first_name: 'Maricel',
    middle_name: 'Dizon',
    last_name: 'Villanueva',
    sex: 'F',
    birth_date: '03/14/1998',
    citizenship: 'PH',
    passports: [{ passport_no: 'P4821937B', issuing_country: 'PH', expiry: '06/30/2031', status: 'valid' }],
    government_ids: [],
    contact_numbers: ['0917 482 1937'],
    emails: ['Maricel.V98@example.ph'],
    other_identifiers: [],
    involvement: ['victim'],
    incidents: [
      { incident_type: 'recruitment', incident_date: '02/2024', place: { province_city: 'Quezon City', country: 'PH', facility: null }, operation_code: null, narrative: 'Answered an online advert.' },
      { incident_type: 'rescue', incident_date: '10/02/2024 05:30 AM', place: { province_city: 'Bamban, Tarlac', country: 'PH', facility: 'Bamban compound' }, operation_code: 'LIBERTERRA-II', narrative: 'Rescued in a raid on the compound.' },
    ],
    cases: [
      {
        case_no: 'PHL-2024-0001',
        involvement: 'victim',
        case_status: 'under investigation',
        exploitation: ['forced criminality'],
        offenses: ['RA 9208 (Anti-Trafficking in Persons Act)'],
      },
    ],
    handling_code: 'H2',
    release_to: ['TH'],
    last_modified: '2024-10-03T09:15:00Z',
  };
}

/** The story's recruiter, known to the PNP only from the victim's statement: no birth date. */
export function suspectNative(): Record<string, unknown> {
  return {
    pnp_ref: '2024-000131',
    agency: 'PNP',
    first_name: 'Wira',
    middle_name: null,
    last_name: 'Kaewmanee',
    sex: 'M',
    birth_date: null,
    citizenship: 'TH',
    passports: [{ passport_no: 'AA 3318842', issuing_country: 'TH', expiry: null, status: 'unverified' }],
    contact_numbers: ['+66 81 774 2290'],
    emails: [],
    involvement: ['suspect'],
    incidents: [],
    cases: [],
    handling_code: 'H0',
    release_to: ['TH'],
    last_modified: '2024-10-03T09:20:00Z',
  };
}

/** A Bureau of Immigration record with as little as the BI desk ever writes down. */
export function sparseNative(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { pnp_ref: '2024-000250', agency: 'BI', first_name: 'Rowena', last_name: 'Bautista', involvement: ['irregular migrant'], ...overrides };
}

/** A docket entry of one case, citing `offenses` (omitted when undefined, as the BI desk does). */
export function caseNative(offenses?: unknown, caseNo = 'PHL-2024-0002'): Record<string, unknown> {
  return { case_no: caseNo, involvement: 'suspect', case_status: 'filed in court', exploitation: [], ...(offenses === undefined ? {} : { offenses }) };
}

/** A page answer of the PNP API around the given records. */
export function pageAnswer(data: unknown[], page: number, totalPages: number, total = data.length) {
  return {
    data,
    meta: { page, per_page: PHL.native.pageSize, total, total_pages: totalPages },
    links: { next: page < totalPages ? `${BASE_URL}${PERSONS_PATH}?page=${page + 1}&per_page=${PHL.native.pageSize}` : null },
  };
}

/** The native API under nock; nothing else on the network answers. */
export function nativeApi(): nock.Scope {
  return nock(BASE_URL);
}
