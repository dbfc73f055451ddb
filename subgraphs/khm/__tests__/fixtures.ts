// Native CNP records and API answers as the agency documents them, written by hand so the adapter
// is tested against the native contract, not against our own simulator.
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const KHM: Jurisdiction = loadRegistry().byCode('KHM')!;
export const BASE_URL = 'http://cnp.example.test';
export const PEOPLE_PATH = '/cnp/v1/people';
export const settings: AdapterSettings = { jurisdiction: KHM, baseUrl: BASE_URL, timeoutMs: 2000 };

export const VICTIM_ID = 'KHM:CNP:CNP-2024-000045';
export const SUSPECT_ID = 'KHM:CNP:CNP-2024-000051';
export const SPARSE_ID = 'KHM:CNP:CNP-2024-000210';

/** A Cambodian victim: Khmer-script name with the card's romanisation, Khmer-digit birth date. */
export function victimNative(): Record<string, unknown> {
  return {
    person_no: 'CNP-2024-000045',
    agency: 'CNP',
    name_km: 'សុខ ចាន់ដារ៉ា',
    name_latin: 'SOK CHANDARA',
    gender: 'ស្រី',
    date_of_birth: '១៤-០៣-១៩៩៨',
    nationality: ['KHM'],
    documents: [{ doc_type: 'passport', doc_no: 'N01234567', issued_by: 'KHM', expiry_date: '30-06-2031', doc_status: 'valid' }],
    phones: ['012 345 678'],
    contacts: [{ type: 'email', value: 'Chandara.S@example.kh' }],
    person_type: ['victim'],
    events: [
      { event_type: 'recruitment', event_date: '00-02-2024', location: { country: null, province_code: '12', district: null, site: null }, operation: null, remarks: 'Answered an online advert.' },
      {
        event_type: 'rescue',
        event_date: '02-10-2024 05:30',
        location: { country: null, province_code: '18', district: 'Sihanoukville', site: 'Kaibo compound' },
        operation: 'LIBERTERRA-II',
        remarks: 'Rescued in a raid on the compound.',
      },
    ],
    cases: [{ case_no: 'KHM-2024-0107', person_type: 'victim', stage: 'investigating', exploitation: ['forced criminality'], charges: [{ law: 'LSHTSE-2008', article: '12' }] }],
    handling_code: 'H2',
    release_to: ['PHL', 'THA'],
    updated_at: '2024-10-05 16:15:00',
  };
}

/** A foreign suspect, known from his passport only: a Latin name, no Khmer form, year of birth. */
export function suspectNative(): Record<string, unknown> {
  return {
    person_no: 'CNP-2024-000051',
    agency: 'CNP',
    name_km: null,
    name_latin: 'WANG XIAOMING',
    gender: 'ប្រុស',
    date_of_birth: '00-00-1986',
    nationality: ['CHN'],
    documents: [{ doc_type: 'passport', doc_no: 'E 1234 5678', issued_by: 'CHN', expiry_date: null, doc_status: 'unverified' }],
    phones: ['+86 138 0013 8000'],
    contacts: [{ type: 'wallet', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' }],
    person_type: ['suspect', 'broker'],
    events: [
      { event_type: 'arrest', event_date: '01-10-2024 18:00', location: { country: 'KHM', province_code: '18', district: null, site: 'Kaibo compound' }, operation: 'LIBERTERRA-II', remarks: null },
    ],
    cases: [
      {
        case_no: 'KHM-2024-0107',
        person_type: 'suspect',
        stage: 'sent to court',
        exploitation: ['forced criminality'],
        charges: [{ law: 'LSHTSE-2008', article: '15' }, { law: 'CC-2009', article: '377' }, { law: 'lshtse-2008', article: '010' }],
      },
    ],
    handling_code: 'H0',
    release_to: [],
    updated_at: '2024-10-02 09:00:00',
  };
}

/** As little as a border-post clerk writes down: a mononym in Latin, one role. */
export function sparseNative(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { person_no: 'CNP-2024-000210', agency: 'CNP', name_latin: 'SUHARTI', person_type: ['illegal immigrant'], ...overrides };
}

/** A page answer of the CNP API. */
export function pageAnswer(items: unknown[], offset: number, total: number, limit = KHM.native.pageSize) {
  return { items, offset, limit, total };
}

/** The native API under nock; nothing else on the network answers. */
export function nativeApi(): nock.Scope {
  return nock(BASE_URL);
}
