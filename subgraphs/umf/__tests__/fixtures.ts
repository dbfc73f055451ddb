// Person entities and messages of the standard format as two bureaus send them, written by hand
// so the adapter is tested against the format, not against our own simulator.
import nock from 'nock';
import { loadRegistry, type Jurisdiction } from '../../../schema/registry/registry';
import type { AdapterSettings } from '../../kit/subgraph/run-country';

export const AUS: Jurisdiction = loadRegistry().byCode('AUS')!;
export const KOR: Jurisdiction = loadRegistry().byCode('KOR')!;
export const AUS_URL = 'http://ncb-canberra.example.test';
export const KOR_URL = 'http://ncb-seoul.example.test/umf-gateway';
export const PERSONS_PATH = '/umf/persons';
export const QUERY_PATH = '/umf/persons/query';

export const settings = (jurisdiction: Jurisdiction, baseUrl: string): AdapterSettings => ({ jurisdiction, baseUrl, timeoutMs: 2000 });

/** A message of the standard format around a body. */
export function message(sender: string, body: Record<string, unknown>, umf = '1.0') {
  return { umf, header: { sender, messageId: 'c0a80f4e-5b1e-4d8e-9d55-1f0e1b7e9a01', created: '2024-10-05T10:00:00+10:00' }, body };
}

export const persons = (sender: string, list: unknown[]) => message(sender, { persons: list });
export const page = (sender: string, list: unknown[], offset: number, total: number, limit = 500) => message(sender, { persons: list, offset, limit, total });

/** The TD3 lines of the Australian victim's Philippine passport, as the bureau's reader scanned them. */
export const AUS_VICTIM_MRZ = ['P<PHLMANALO<<JOCELYN<SORIANO<<<<<<<<<<<<<<<<', 'P1234567A1PHL9607<<0F3001318<<<<<<<<<<<<<<08'];

/** A Filipino victim the Australian bureau identified: Latin name, Sydney times across DST, a scanned passport. */
export function ausVictim(): Record<string, unknown> {
  return {
    personId: 'AUS-2024-000417',
    names: [{ type: 'primary', surname: 'Manalo', forename: 'Jocelyn Soriano', fullName: 'Jocelyn Soriano Manalo', script: 'Latn' }],
    dateOfBirth: '1996-07',
    sex: 'F',
    nationalities: ['PH'],
    travelDocuments: [{ documentType: 'P', documentNumber: 'p 1234567 a', issuingCountry: 'PH', expiryDate: '2030-01-31', status: 'VALID', mrz: [...AUS_VICTIM_MRZ] }],
    contacts: [
      { type: 'phone', value: '0412 345 678' },
      { type: 'email', value: 'J.Manalo96@example.com' },
      { type: 'phone', value: '+61 412 345 678' },
    ],
    roles: ['VICTIM'],
    events: [
      { type: 'RECRUITMENT', dateTime: '2024-02', place: { country: 'PH', locality: 'Quezon City', facility: null }, operationCode: null, summary: 'Answered an online job advert.' },
      // March in Sydney is daylight time (+11:00).
      { type: 'BORDER_CROSSING', dateTime: '2024-03-09T23:40:00+11:00', place: { country: 'AU', locality: 'Mascot, NSW', facility: 'Sydney Airport' }, operationCode: null, summary: 'Arrived on a visitor visa.' },
      // 22:00 UTC on 1 October is 08:00 on 2 October in Sydney (+10:00 until DST on 6 October).
      { type: 'RESCUE', dateTime: '2024-10-01T22:00:00Z', place: { country: 'AU', locality: 'Parramatta, NSW', facility: null }, operationCode: 'LIBERTERRA-II', summary: 'Found during a labour inspection.' },
    ],
    cases: [{ reference: 'AFP-2024-1187', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_LABOUR'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: ['PH', 'TH'] },
    lastModified: '2024-10-03T19:15:00+10:00',
  };
}

/** A Korean suspect as the Korean bureau sends him: Hangul name with its romanisation, and an alias. */
export function korSuspect(): Record<string, unknown> {
  return {
    personId: 'KNPA-2024-0815',
    names: [
      { type: 'primary', surname: '김', forename: '민준', fullName: '김민준', script: 'Hang', latin: 'Kim Minjun' },
      { type: 'alias', fullName: 'Jun Kim', script: 'Latn' },
    ],
    dateOfBirth: '1984',
    sex: 'M',
    nationalities: ['KR'],
    travelDocuments: [{ documentType: 'P', documentNumber: 'M12345678', issuingCountry: 'KR', expiryDate: null, status: 'STOLEN' }],
    contacts: [
      { type: 'phone', value: '010-1234-5678' },
      { type: 'wallet', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    ],
    roles: ['SUSPECT', 'FACILITATOR'],
    events: [
      { type: 'ARREST', dateTime: '2024-10-01T23:30:00+09:00', place: { country: 'KR', locality: 'Incheon', facility: 'Incheon International Airport' }, operationCode: 'LIBERTERRA-II', summary: 'Arrested on arrival.' },
      // The same evening written in UTC by another desk: 00:30 on 2 October in Seoul.
      { type: 'CHARGE', dateTime: '2024-10-01T15:30:00Z', place: { country: 'KR', locality: 'Seoul', facility: null }, operationCode: null, summary: 'Charged.' },
    ],
    cases: [{ reference: 'KNPA-2024-77', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS', 'FRAUD', 'MONEY_LAUNDERING'] }],
    handling: { code: 'H1', releasableTo: ['PH'] },
    lastModified: '2024-10-02T09:00:00+09:00',
  };
}

/** A person with as little as a bureau ever sends: everything optional left out. */
export function sparsePerson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { personId: 'AUS-2024-000500', names: [{ surname: 'Nguyen', forename: 'Van Hung' }], roles: ['IRREGULAR_MIGRANT'], ...overrides };
}

export const bureau = (baseUrl: string): nock.Scope => nock(new URL(baseUrl).origin);
