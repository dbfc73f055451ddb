// Hand-written KHM scenario records that reach every word of the CNP vocabulary, every place rule
// and every naming case, whatever the generator happens to draw for a seed.
import type { Offence, Scenario, ScenarioRecord } from '../../../scenario/model';

const OFFENCES: Offence[] = ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'];

const base: ScenarioRecord = {
  jurisdiction: 'KHM',
  agency: 'CNP',
  localId: 'FIXTURE-KHM-0001',
  personKey: 'fixture-khm-1',
  roles: ['VICTIM'],
  name: { family: 'Sok', given: 'Chandara', nativeScript: 'សុខ ចាន់ដារ៉ា' },
  sex: 'FEMALE',
  birth: { year: 1998, month: 3, day: 14 },
  nationalities: ['KHM'],
  documents: [{ type: 'PASSPORT', number: 'N01234567', issuingCountry: 'KHM', expiry: { year: 2031, month: 6, day: 30 }, status: 'VALID' }],
  phones: ['012 345 678'],
  otherIdentifiers: [
    { kind: 'EMAIL', value: 'chandara.s@example.kh' },
    { kind: 'SOCIAL_HANDLE', value: 'telegram:chandara_s' },
    { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    { kind: 'BANK_ACCOUNT', value: 'ABA:000123456' },
    { kind: 'IMEI', value: '356938035643809' },
  ],
  events: [
    { type: 'RECRUITMENT', when: { year: 2024, month: 2 }, country: 'KHM', locality: 'Phnom Penh', summary: 'Answered an online advert.' },
    { type: 'TRANSIT', when: { year: 2024 }, country: 'THA', locality: 'Mae Sot, Tak', summary: 'Moved by car.' },
    { type: 'BORDER_CROSSING', when: { year: 2024, month: 3, day: 9 }, country: 'KHM', locality: 'Poipet, Banteay Meanchey', facility: 'Poipet checkpoint', summary: 'Crossed at the checkpoint.' },
    { type: 'EXPLOITATION', when: { year: 2024, month: 6 }, country: 'KHM', locality: 'Sihanoukville', facility: 'Kaibo compound', summary: 'Forced to run scams.' },
    { type: 'RESCUE', when: { year: 2024, month: 10, day: 2, hour: 5, minute: 30 }, country: 'KHM', locality: 'Sihanoukville', facility: 'Kaibo compound', operation: 'LIBERTERRA-II', summary: 'Rescued in a raid.' },
    { type: 'REPATRIATION', when: { year: 2024, month: 10, day: 20 }, country: 'KHM', locality: 'Kaibo village', summary: 'Returned home.' },
  ],
  cases: [{ reference: 'KHM-2024-0107', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'], offences: ['TRAFFICKING_IN_PERSONS'] }],
  handling: { code: 'H2', releasableTo: ['PHL', 'THA'] },
  updatedAt: '2024-10-05T09:15:00Z',
};

export const FIXTURE_RECORDS: ScenarioRecord[] = [
  base,
  {
    ...base,
    localId: 'FIXTURE-KHM-0002',
    personKey: 'fixture-khm-2',
    roles: ['SUSPECT', 'FACILITATOR'],
    name: { family: 'Wang', given: 'Xiaoming', nativeScript: '王小明' },
    sex: 'MALE',
    birth: { year: 1986 },
    nationalities: ['CHN'],
    documents: [{ type: 'PASSPORT', number: 'E 1234 5678', issuingCountry: 'CHN', status: 'UNKNOWN' }],
    phones: ['+86 138 0013 8000'],
    otherIdentifiers: [],
    events: [
      { type: 'ARREST', when: { year: 2024, month: 10, day: 1, hour: 18, minute: 0 }, country: 'KHM', locality: 'Preah Sihanouk', operation: 'LIBERTERRA-II', summary: 'Arrested at the compound.' },
      { type: 'CHARGE', when: { year: 2024, month: 10, day: 8 }, country: 'KHM', locality: 'Phnom Penh', summary: 'Case file sent to the prosecutor.' },
      { type: 'CONVICTION', when: { year: 2025, month: 2 }, country: 'KHM', locality: 'Phnom Penh', summary: 'Convicted.' },
    ],
    cases: [{ reference: 'KHM-2024-0107', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: OFFENCES }],
    handling: { code: 'H0', releasableTo: [] },
  },
  {
    ...base,
    localId: 'FIXTURE-KHM-0003',
    personKey: 'fixture-khm-3',
    roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM', 'WITNESS'],
    name: { given: 'Suharti' },
    sex: 'UNKNOWN',
    birth: { year: 2001, month: 7 },
    nationalities: ['IDN'],
    documents: [
      { type: 'PASSPORT', number: 'X1684051', issuingCountry: 'IDN', status: 'EXPIRED' },
      { type: 'NATIONAL_ID', number: '3171234567890001', issuingCountry: 'IDN', status: 'LOST' },
    ],
    phones: [],
    otherIdentifiers: [],
    events: [{ type: 'INTERCEPTION', when: { year: 2024, month: 9, day: 30 }, country: 'KHM', locality: 'Cambodia', summary: 'Stopped at a checkpoint.' }],
    cases: [{ reference: 'KHM-2024-0200', role: 'WITNESS', status: 'CLOSED', exploitationTypes: [], offences: ['IMMIGRATION_OFFENCE'] }, { reference: 'KHM-2024-0201', role: 'POTENTIAL_VICTIM', status: 'REFERRED_TO_NGO', exploitationTypes: ['SEXUAL_EXPLOITATION'], offences: [] }],
    handling: { code: 'H3', releasableTo: ['IDN'] },
  },
  {
    ...base,
    localId: 'FIXTURE-KHM-0004',
    personKey: 'fixture-khm-4',
    name: { family: 'Nguyễn', middle: 'Thị', given: 'Lan' },
    sex: 'OTHER',
    birth: null,
    nationalities: ['VNM'],
    documents: [{ type: 'PASSPORT', number: 'C1234567', issuingCountry: 'VNM', status: 'STOLEN' }],
    cases: [],
    events: [],
  },
  {
    ...base,
    localId: 'FIXTURE-KHM-0005',
    personKey: 'fixture-khm-5',
    name: { given: 'Nurul', patronymic: 'binti Abdullah' },
    nationalities: ['MYS'],
    documents: [{ type: 'PASSPORT', number: 'A12345678', issuingCountry: 'MYS', status: 'REVOKED' }],
    events: [],
    cases: [{ reference: 'KHM-2024-0300', role: 'VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING'] }],
  },
];

/** The generated scenario with the fixture records added. */
export function withFixtures(scenario: Scenario): Scenario {
  return { seed: scenario.seed, records: [...scenario.records, ...FIXTURE_RECORDS] };
}
