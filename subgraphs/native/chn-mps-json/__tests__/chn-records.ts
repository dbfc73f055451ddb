// Ground-truth CHN records of our own, beside whatever the scenario generator holds for CHN: they
// cover every native word, code and name form the simulator writes, so the round trip proves the
// adapter reads them all however small the generated scenario is. Every person is invented.
import { generateScenario } from '../../../scenario/generate';
import type { Scenario, ScenarioRecord } from '../../../scenario/model';

const OPERATION = 'LIBERTERRA-II';

const base = {
  jurisdiction: 'CHN',
  agency: 'MPS',
  otherIdentifiers: [],
  events: [],
  cases: [],
  phones: [],
} satisfies Partial<ScenarioRecord>;

export const CHN_RECORDS: ScenarioRecord[] = [
  {
    ...base,
    localId: 'R5301002024100201',
    personKey: 'chn-test-victim',
    roles: ['VICTIM'],
    name: { family: 'Li', given: 'Xiuying', nativeScript: '李秀英' },
    sex: 'FEMALE',
    birth: { year: 1997, month: 8, day: 3 },
    nationalities: ['CHN'],
    documents: [
      { type: 'PASSPORT', number: 'E87654321', issuingCountry: 'CHN', expiry: { year: 2031, month: 2, day: 28 }, status: 'VALID' },
      { type: 'NATIONAL_ID', number: '530102199708030026', issuingCountry: 'CHN', status: 'VALID' },
    ],
    phones: ['139 0871 2233'],
    otherIdentifiers: [
      { kind: 'SOCIAL_HANDLE', value: 'XiuYing_97' },
      { kind: 'EMAIL', value: 'Li.Xiuying@example.cn' },
    ],
    events: [
      { type: 'RECRUITMENT', when: { year: 2024, month: 3 }, country: 'CHN', locality: 'Kunming, Yunnan', summary: 'Answered an online job advert.' },
      { type: 'BORDER_CROSSING', when: { year: 2024, month: 4, day: 2, hour: 23, minute: 30 }, country: 'MMR', locality: 'Ruili border', summary: 'Crossed on foot with a guide.' },
      { type: 'EXPLOITATION', when: { year: 2024, month: 5 }, country: 'MMR', locality: 'Myawaddy', facility: 'KK Park', summary: 'Forced to run online scams.' },
      { type: 'RESCUE', when: { year: 2024, month: 10, day: 2 }, country: 'MMR', locality: 'Myawaddy', facility: 'KK Park', operation: OPERATION, summary: 'Rescued in the joint operation.' },
      { type: 'REPATRIATION', when: { year: 2024, month: 10, day: 9, hour: 8, minute: 5 }, country: 'CHN', locality: 'Kunming, Yunnan', summary: 'Flown home.' },
    ],
    cases: [{ reference: 'CHN-2024-0201', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY', 'FORCED_LABOUR'], offences: ['TRAFFICKING_IN_PERSONS', 'FRAUD'] }],
    handling: { code: 'H2', releasableTo: ['PHL', 'THA'] },
    updatedAt: '2024-10-10T01:02:03Z',
  },
  {
    ...base,
    localId: 'R5301002024100202',
    personKey: 'chn-test-suspect',
    roles: ['SUSPECT', 'FACILITATOR'],
    // No passport on file: the pinyin is pinyin-pro's, and the compound surname its dictionary's.
    name: { family: 'Ouyang', given: 'Jianguo', nativeScript: '欧阳建国' },
    sex: 'MALE',
    birth: { year: 1985 },
    nationalities: ['CHN'],
    documents: [{ type: 'NATIONAL_ID', number: '53010219850000001X', issuingCountry: 'CHN', status: 'VALID' }],
    phones: ['+95 9 7912 3456'],
    otherIdentifiers: [
      { kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' },
      { kind: 'BANK_ACCOUNT', value: '6222 0202 0011 2233 445' },
      { kind: 'IMEI', value: '35-209900-176148-1' },
    ],
    events: [
      { type: 'ARREST', when: { year: 2024, month: 10, day: 1, hour: 18, minute: 0 }, country: 'CHN', locality: 'Xishuangbanna', operation: OPERATION, summary: 'Arrested at a safe house.' },
      { type: 'CHARGE', when: { year: 2024, month: 11 }, country: 'CHN', locality: 'Kunming, Yunnan', summary: 'Indicted.' },
      { type: 'CONVICTION', when: { year: 2025 }, country: 'CHN', locality: 'Kunming, Yunnan', summary: 'Convicted at first instance.' },
    ],
    cases: [
      {
        reference: 'CHN-2024-0201',
        role: 'SUSPECT',
        status: 'CHARGED',
        exploitationTypes: ['FORCED_CRIMINALITY'],
        offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'MONEY_LAUNDERING', 'ILLEGAL_GAMBLING', 'DOCUMENT_FRAUD'],
      },
    ],
    handling: { code: 'H0', releasableTo: [] },
    updatedAt: '2025-01-15T16:30:00Z',
  },
  {
    ...base,
    localId: 'R5301002024100203',
    personKey: 'chn-test-witness',
    roles: ['WITNESS'],
    name: { family: 'Sima', given: 'Tingting', nativeScript: '司马婷婷' },
    sex: 'OTHER',
    birth: { year: 2001, month: 12 },
    nationalities: ['CHN'],
    documents: [{ type: 'PASSPORT', number: 'EA1234567', issuingCountry: 'CHN', expiry: { year: 2027, month: 6, day: 1 }, status: 'STOLEN' }],
    phones: ['021 6321 5566'],
    cases: [{ reference: 'CHN-2024-0202', role: 'WITNESS', status: 'CLOSED', exploitationTypes: ['SEXUAL_EXPLOITATION'], offences: [] }],
    handling: { code: 'H1', releasableTo: ['MMR'] },
    updatedAt: '2024-12-31T16:00:00Z',
  },
  {
    ...base,
    localId: 'R4501002024100204',
    personKey: 'chn-test-filipina',
    roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'],
    name: { given: 'Maricel', middle: 'Dizon', family: 'Villanueva' },
    sex: 'FEMALE',
    birth: { year: 1998, month: 3, day: 14 },
    nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: 'P4821937B', issuingCountry: 'PHL', expiry: { year: 2031, month: 6, day: 30 }, status: 'UNKNOWN' }],
    phones: ['+63 917 482 1937'],
    events: [
      { type: 'TRANSIT', when: { year: 2024, month: 3, day: 12 }, country: 'VNM', locality: 'Mong Cai', summary: 'Moved by car with a group.' },
      { type: 'INTERCEPTION', when: { year: 2024, month: 3, day: 15 }, country: 'CHN', locality: 'Dongxing port', summary: 'Stopped on entry.' },
    ],
    cases: [{ reference: 'CHN-2024-0203', role: 'POTENTIAL_VICTIM', status: 'OPEN', exploitationTypes: [], offences: ['IMMIGRATION_OFFENCE'] }],
    handling: { code: 'H3', releasableTo: ['PHL'] },
    updatedAt: '2024-03-16T01:00:00Z',
  },
  {
    ...base,
    localId: 'R4501002024100205',
    personKey: 'chn-test-malay',
    roles: ['VICTIM'],
    name: { given: 'Nurul', patronymic: 'binti Ismail' },
    sex: 'FEMALE',
    birth: null,
    nationalities: ['MYS'],
    documents: [{ type: 'NATIONAL_ID', number: '980314-14-5566', issuingCountry: 'MYS', status: 'EXPIRED' }],
    cases: [{ reference: 'CHN-2024-0204', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_MARRIAGE'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: ['MYS'] },
    updatedAt: '2024-06-01T00:00:00Z',
  },
  {
    ...base,
    localId: 'R4501002024100206',
    personKey: 'chn-test-mononym',
    roles: ['IRREGULAR_MIGRANT'],
    name: { given: 'Sutrisno' },
    sex: 'UNKNOWN',
    birth: { year: 1990 },
    nationalities: ['IDN'],
    documents: [
      { type: 'PASSPORT', number: 'X 1234567', issuingCountry: 'IDN', status: 'LOST' },
      { type: 'PASSPORT', number: 'XA0012345', issuingCountry: 'XXA', status: 'REVOKED' },
    ],
    handling: { code: 'H0', releasableTo: ['IDN'] },
    updatedAt: '2024-07-01T12:00:00Z',
  },
  {
    ...base,
    localId: 'R4501002024100207',
    personKey: 'chn-test-malaysian-chinese',
    roles: ['SUSPECT'],
    name: { family: 'Tan', given: 'Ah Kow', nativeScript: '陈亚九' },
    sex: 'MALE',
    birth: { year: 1979, month: 1, day: 31 },
    nationalities: ['MYS'],
    documents: [{ type: 'PASSPORT', number: 'A12345678', issuingCountry: 'MYS', status: 'VALID' }],
    handling: { code: 'H1', releasableTo: [] },
    updatedAt: '2024-08-08T08:08:08Z',
  },
  {
    ...base,
    localId: 'R4501002024100208',
    personKey: 'chn-test-vietnamese',
    roles: ['VICTIM'],
    name: { family: 'Nguyễn', middle: 'Thị', given: 'Lan' },
    sex: 'FEMALE',
    birth: { year: 2000, month: 2, day: 29 },
    nationalities: ['VNM'],
    documents: [{ type: 'PASSPORT', number: 'C1234567', issuingCountry: 'VNM', status: 'VALID' }],
    cases: [{ reference: 'CHN-2024-0205', role: 'VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_BEGGING', 'ORGAN_REMOVAL'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: ['VNM'] },
    updatedAt: '2024-09-09T09:09:09Z',
  },
];

/** The generated scenario (whatever CHN records it holds today) with our own CHN records added. */
export function scenarioWithChn(seed?: number): Scenario {
  const generated = generateScenario(seed);
  return Object.freeze({ seed: generated.seed, records: Object.freeze([...generated.records, ...CHN_RECORDS]) });
}
