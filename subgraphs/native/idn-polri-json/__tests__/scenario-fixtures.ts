// Hand-written IDN scenario records that reach every word of the POLRI / Imigrasi vocabulary,
// both agencies' date and name styles, and every naming case, whatever the generator draws.
import type { Offence, Scenario, ScenarioRecord } from '../../../scenario/model';

const OFFENCES: Offence[] = ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE'];

const base: ScenarioRecord = {
  jurisdiction: 'IDN',
  agency: 'POLRI',
  localId: 'LP/B/FIXTURE-1/X/2024',
  personKey: 'fixture-idn-1',
  roles: ['VICTIM', 'IRREGULAR_MIGRANT'],
  name: { given: 'Suharti' },
  sex: 'FEMALE',
  birth: { year: 1998, month: 3, day: 14 },
  nationalities: ['IDN'],
  documents: [
    { type: 'PASSPORT', number: 'C1234567', issuingCountry: 'IDN', expiry: { year: 2031, month: 6, day: 30 }, status: 'VALID' },
    { type: 'NATIONAL_ID', number: '3171234567890001', issuingCountry: 'IDN', status: 'UNKNOWN' },
  ],
  phones: ['0812-3456-7890'],
  otherIdentifiers: [
    { kind: 'EMAIL', value: 'suharti98@example.id' },
    { kind: 'SOCIAL_HANDLE', value: 'facebook:suharti.98' },
    { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
    { kind: 'BANK_ACCOUNT', value: 'BRI:0123456789' },
    { kind: 'IMEI', value: '356938035643809' },
  ],
  events: [
    { type: 'RECRUITMENT', when: { year: 2024, month: 2 }, country: 'IDN', locality: 'Kabupaten Indramayu, Jawa Barat', summary: 'Direkrut lewat iklan daring.' },
    { type: 'INTERCEPTION', when: { year: 2024, month: 3, day: 1 }, country: 'IDN', locality: 'Tangerang', facility: 'Bandara Soekarno-Hatta', summary: 'Keberangkatan ditunda.' },
    { type: 'TRANSIT', when: { year: 2024 }, country: 'MYS', locality: 'Kuala Lumpur', summary: 'Transit.' },
    { type: 'BORDER_CROSSING', when: { year: 2024, month: 3, day: 9, hour: 23, minute: 40 }, country: 'KHM', locality: 'Poipet', summary: 'Masuk lewat darat.' },
    { type: 'EXPLOITATION', when: { year: 2024, month: 6 }, country: 'KHM', locality: 'Sihanoukville', facility: 'Kaibo compound', summary: 'Dipaksa menipu.' },
    { type: 'RESCUE', when: { year: 2024, month: 10, day: 2, hour: 5, minute: 30 }, country: 'KHM', locality: 'Sihanoukville', facility: 'Kaibo compound', operation: 'LIBERTERRA-II', summary: 'Diselamatkan.' },
    { type: 'REPATRIATION', when: { year: 2024, month: 10, day: 20 }, country: 'IDN', locality: '', summary: 'Dipulangkan.' },
  ],
  cases: [{ reference: 'BP/123/X/2024/DITTIPIDUM', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
  handling: { code: 'H1', releasableTo: ['KHM', 'PHL'] },
  updatedAt: '2024-10-05T09:15:00Z',
};

export const FIXTURE_RECORDS: ScenarioRecord[] = [
  base,
  // The same woman at Imigrasi: the passport's capitals, the mononym repeated, ISO dates.
  { ...base, agency: 'IMIGRASI', localId: 'IMI-FIXTURE-0001', personKey: 'fixture-idn-1' },
  {
    ...base,
    agency: 'IMIGRASI',
    localId: 'IMI-FIXTURE-0002',
    personKey: 'fixture-idn-2',
    roles: ['SUSPECT', 'FACILITATOR'],
    name: { given: 'Budi', family: 'Saputra' },
    sex: 'MALE',
    birth: { year: 1986, month: 7 },
    documents: [{ type: 'PASSPORT', number: 'X 918 2042', issuingCountry: 'IDN', expiry: { year: 2029, month: 1, day: 17 }, status: 'REVOKED' }],
    otherIdentifiers: [],
    events: [
      { type: 'ARREST', when: { year: 2024, month: 10, day: 1, hour: 18, minute: 0 }, country: 'IDN', locality: 'Tangerang, Banten', facility: 'Bandara Soekarno-Hatta', operation: 'LIBERTERRA-II', summary: 'Ditangkap.' },
      { type: 'CHARGE', when: { year: 2024, month: 11 }, country: 'IDN', locality: 'Jakarta', summary: 'Berkas P-21.' },
      { type: 'CONVICTION', when: { year: 2025 }, country: 'IDN', locality: 'Jakarta', summary: 'Divonis.' },
    ],
    cases: [{ reference: 'BP/123/X/2024/DITTIPIDUM', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'], offences: OFFENCES }],
    handling: { code: 'H0', releasableTo: [] },
  },
  {
    ...base,
    localId: 'LP/B/FIXTURE-3/X/2024',
    personKey: 'fixture-idn-3',
    roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM', 'WITNESS'],
    name: { family: 'Chan', given: 'Sreymom', nativeScript: 'ចាន់ ស្រីមុំ' },
    sex: 'OTHER',
    birth: { year: 2001 },
    nationalities: ['KHM'],
    documents: [
      { type: 'PASSPORT', number: 'N01234567', issuingCountry: 'KHM', status: 'STOLEN' },
      { type: 'NATIONAL_ID', number: '010203040', issuingCountry: 'KHM', status: 'LOST' },
    ],
    otherIdentifiers: [],
    cases: [
      { reference: 'BP/200/X/2024', role: 'WITNESS', status: 'CLOSED', exploitationTypes: [], offences: ['IMMIGRATION_OFFENCE'] },
      { reference: 'BP/201/X/2024', role: 'POTENTIAL_VICTIM', status: 'OPEN', exploitationTypes: ['SEXUAL_EXPLOITATION'], offences: [] },
      { reference: 'BP/202/X/2024', role: 'IRREGULAR_MIGRANT', status: 'REFERRED_TO_SHELTER', exploitationTypes: [], offences: [] },
    ],
  },
  { ...base, agency: 'IMIGRASI', localId: 'IMI-FIXTURE-0004', personKey: 'fixture-idn-4', name: { given: 'Nurul', patronymic: 'binti Abdullah' }, nationalities: ['MYS'], sex: 'UNKNOWN', birth: null },
  { ...base, localId: 'LP/B/FIXTURE-5/X/2024', personKey: 'fixture-idn-5', name: { family: 'Nguyễn', middle: 'Thị', given: 'Lan' }, nationalities: ['VNM'], events: [], cases: [] },
];

/** The generated scenario with the fixture records added. */
export function withFixtures(scenario: Scenario): Scenario {
  return { seed: scenario.seed, records: [...scenario.records, ...FIXTURE_RECORDS] };
}
