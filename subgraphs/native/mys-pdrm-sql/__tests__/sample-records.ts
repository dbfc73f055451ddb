// Hand-written MYS scenario records covering what the generated scenario may not: every table, a
// patronymic with each agency, partial dates, a family-first name, a name in Thai script, dual
// nationality, a mononym with nothing else known. References start `UJI` (uji: test) so they
// never collide with the generated scenario's.
import type { ScenarioRecord } from '../../../scenario/model';

const OPERATION = 'LIBERTERRA-II';

/** PDRM's recruiter: patronymic name, birth year only, MyKad and passport, arrested in the operation. */
export const suspect: ScenarioRecord = {
  jurisdiction: 'MYS',
  agency: 'PDRM',
  localId: 'UJI/D3/2024/0117',
  personKey: 'uji-suspect',
  roles: ['SUSPECT', 'FACILITATOR'],
  name: { given: 'Mohd Faizal', patronymic: 'bin Osman' },
  sex: 'MALE',
  birth: { year: 1984 },
  nationalities: ['MYS'],
  documents: [
    { type: 'PASSPORT', number: 'A38291047', issuingCountry: 'MYS', expiry: { year: 2030, month: 5, day: 11 }, status: 'VALID' },
    { type: 'NATIONAL_ID', number: '840517-14-5523', issuingCountry: 'MYS', status: 'UNKNOWN' },
  ],
  phones: ['012-384 2291'],
  otherIdentifiers: [
    { kind: 'BANK_ACCOUNT', value: 'MBB:5140 1234 5678' },
    { kind: 'EMAIL', value: 'Faizal.Kerja@Example.my' },
  ],
  events: [
    { type: 'RECRUITMENT', when: { year: 2024, month: 1 }, country: 'MYS', locality: 'Johor Bahru', summary: 'Posted fake job adverts for work in Cambodia.' },
    { type: 'ARREST', when: { year: 2024, month: 10, day: 2, hour: 23, minute: 40 }, country: 'MYS', locality: 'Johor Bahru', operation: OPERATION, summary: 'Arrested at his flat.' },
  ],
  cases: [
    { reference: 'UJI-MYS-2024-0117', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS', 'MONEY_LAUNDERING'] },
  ],
  handling: { code: 'H0', releasableTo: ['PHL', 'THA'] },
  updatedAt: '2024-10-03T01:30:00Z',
};

/** PDRM's witness: `binti`, birth year and month only. */
export const witness: ScenarioRecord = {
  jurisdiction: 'MYS',
  agency: 'PDRM',
  localId: 'UJI/D3/2024/0118',
  personKey: 'uji-witness',
  roles: ['WITNESS'],
  name: { given: 'Nor Azlina', patronymic: 'binti Hamid' },
  sex: 'FEMALE',
  birth: { year: 1999, month: 7 },
  nationalities: ['MYS'],
  documents: [],
  phones: ['019-772 0345'],
  otherIdentifiers: [{ kind: 'SOCIAL_HANDLE', value: 'telegram:@azlina_kerja' }],
  events: [],
  cases: [{ reference: 'UJI-MYS-2024-0117', role: 'WITNESS', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
  handling: { code: 'H1', releasableTo: [] },
  updatedAt: '2024-10-04T16:05:00Z',
};

/** JIM's record of a Filipina intercepted at the Thai border: middle name, passport surname. */
export const intercepted: ScenarioRecord = {
  jurisdiction: 'MYS',
  agency: 'JIM',
  localId: 'UJI/JIM/KDH/0032',
  personKey: 'uji-victim',
  roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'],
  name: { given: 'Rowena', middle: 'Santos', family: 'Bautista' },
  sex: 'FEMALE',
  birth: { year: 1996, month: 11, day: 23 },
  nationalities: ['PHL'],
  documents: [{ type: 'PASSPORT', number: 'p 7730215 c', issuingCountry: 'PHL', expiry: { year: 2031, month: 2, day: 28 }, status: 'VALID' }],
  phones: ['+63 917 553 0192'],
  otherIdentifiers: [],
  events: [
    { type: 'BORDER_CROSSING', when: { year: 2024, month: 3, day: 9, hour: 0, minute: 15 }, country: 'MYS', locality: 'Sepang', facility: 'KLIA Terminal 1', summary: 'Entered on a social visit pass.' },
    { type: 'INTERCEPTION', when: { year: 2024, month: 10, day: 1 }, country: 'MYS', locality: 'Bukit Kayu Hitam', facility: 'ICQS Bukit Kayu Hitam', operation: OPERATION, summary: 'Stopped in a van heading for the Thai border.' },
  ],
  cases: [{ reference: 'UJI-JIM-KDH-0032', role: 'POTENTIAL_VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'], offences: ['MIGRANT_SMUGGLING', 'IMMIGRATION_OFFENCE'] }],
  handling: { code: 'H2', releasableTo: ['PHL'] },
  updatedAt: '2024-10-01T10:00:00Z',
};

/** JIM: a Vietnamese name, family name first, with an expired passport. */
export const repatriated: ScenarioRecord = {
  jurisdiction: 'MYS',
  agency: 'JIM',
  localId: 'UJI/JIM/SGR/0410',
  personKey: 'uji-migrant',
  roles: ['IRREGULAR_MIGRANT'],
  name: { family: 'Nguyễn', middle: 'Thị', given: 'Lan' },
  sex: 'FEMALE',
  birth: { year: 2001 },
  nationalities: ['VNM'],
  documents: [{ type: 'PASSPORT', number: 'C1234567', issuingCountry: 'VNM', expiry: { year: 2023, month: 4, day: 30 }, status: 'EXPIRED' }],
  phones: [],
  otherIdentifiers: [],
  events: [{ type: 'REPATRIATION', when: { year: 2024, month: 12 }, country: 'VNM', locality: 'Hà Nội', summary: 'Sent home after the detention order.' }],
  cases: [],
  handling: { code: 'H1', releasableTo: [] },
  updatedAt: '2024-12-20T03:00:00Z',
};

/** PDRM: a Thai national (also Myanmar) with the name in Thai script from his ID card, sex not recorded as M/F. */
export const dualNational: ScenarioRecord = {
  jurisdiction: 'MYS',
  agency: 'PDRM',
  localId: 'UJI/D3/2024/0120',
  personKey: 'uji-dual',
  roles: ['SUSPECT'],
  name: { given: 'Anan', family: 'Srisuk', nativeScript: 'อนันต์ ศรีสุข' },
  sex: 'OTHER',
  birth: { year: 1979, month: 2, day: 28 },
  nationalities: ['THA', 'MMR'],
  documents: [{ type: 'PASSPORT', number: 'AB1234567', issuingCountry: 'THA', status: 'STOLEN' }],
  phones: ['+66 81 774 2290'],
  otherIdentifiers: [{ kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' }, { kind: 'IMEI', value: '35-209900-176148-1' }],
  events: [{ type: 'CHARGE', when: { year: 2024, month: 10, day: 5 }, country: 'MYS', locality: 'Kuala Lumpur', summary: 'Charged in the Sessions Court.' }],
  cases: [{ reference: 'UJI-MYS-2024-0117', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: [], offences: ['FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD'] }],
  handling: { code: 'H3', releasableTo: ['THA'] },
  updatedAt: '2024-10-05T09:00:00Z',
};

/** JIM: a mononym and nothing else known. */
export const sparse: ScenarioRecord = {
  jurisdiction: 'MYS',
  agency: 'JIM',
  localId: 'UJI/JIM/PNG/0007',
  personKey: 'uji-sparse',
  roles: ['IRREGULAR_MIGRANT'],
  name: { given: 'Hartono' },
  sex: 'UNKNOWN',
  birth: null,
  nationalities: [],
  documents: [],
  phones: [],
  otherIdentifiers: [],
  events: [],
  cases: [],
  handling: { code: 'H0', releasableTo: [] },
  updatedAt: '2024-10-02T00:00:00Z',
};

export const SAMPLE_RECORDS: readonly ScenarioRecord[] = [suspect, witness, intercepted, repatriated, dualNational, sparse];

export const globalId = (r: ScenarioRecord): string => `MYS:${r.agency}:${r.localId}`;
