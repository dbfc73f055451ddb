// VNM records for tests, in the scenario's own model: a Vietnamese victim, and the foreigners and
// odd cases an MPS desk also records. Every person is synthetic.
import { loadRegistry, type Jurisdiction } from '../../../../schema/registry/registry';
import { generateScenario } from '../../../scenario/generate';
import type { Scenario, ScenarioRecord } from '../../../scenario/model';

export const VNM: Jurisdiction = loadRegistry().byCode('VNM')!;

const base = {
  jurisdiction: 'VNM',
  agency: 'MPS',
  otherIdentifiers: [],
  events: [],
  cases: [],
  handling: { code: 'H1' as const, releasableTo: [] },
  updatedAt: '2024-10-05T09:15:00Z',
};

export const VNM_RECORDS: readonly ScenarioRecord[] = [
  {
    ...base,
    localId: 'C03-2024-000517',
    personKey: 'vnm-test-lan',
    roles: ['VICTIM'],
    name: { family: 'Nguyễn', middle: 'Thị', given: 'Lan' },
    sex: 'FEMALE',
    birth: { year: 1999, month: 3 },
    nationalities: ['VNM'],
    documents: [
      { type: 'PASSPORT', number: 'C1234567', issuingCountry: 'VNM', expiry: { year: 2031, month: 6, day: 30 }, status: 'VALID' },
      { type: 'NATIONAL_ID', number: '042199001234', issuingCountry: 'VNM', status: 'VALID' },
    ],
    phones: ['0912 345 678', '+855 12 345 678'],
    otherIdentifiers: [
      { kind: 'EMAIL', value: 'Lan.Nguyen99@example.vn' },
      { kind: 'SOCIAL_HANDLE', value: 'lan.nguyen.99' },
    ],
    events: [
      { type: 'RECRUITMENT', when: { year: 2024, month: 5 }, country: 'VNM', locality: 'Hà Tĩnh', summary: 'Nhận lời mời việc làm "lương cao" qua mạng, đi Campuchia.' },
      { type: 'BORDER_CROSSING', when: { year: 2024, month: 5, day: 12, hour: 6, minute: 40 }, country: 'VNM', locality: 'Mộc Bài, Tây Ninh', summary: 'Xuất cảnh qua cửa khẩu Mộc Bài.' },
      { type: 'RESCUE', when: { year: 2024, month: 10, day: 2, hour: 5, minute: 30 }, country: 'KHM', locality: 'Sihanoukville', facility: 'Khu phức hợp "Golden Sun"', operation: 'LIBERTERRA-II', summary: 'Được giải cứu; bàn giao tại cửa khẩu.' },
      { type: 'REPATRIATION', when: { year: 2024, month: 10, day: 4 }, country: 'VNM', locality: 'Mộc Bài, Tây Ninh', summary: 'Tiếp nhận trở về.' },
    ],
    cases: [{ reference: 'VNM-2024-0088', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: ['KHM', 'THA'] },
  },
  {
    ...base,
    localId: 'C03-2024-000530',
    personKey: 'vnm-test-zhang',
    roles: ['SUSPECT'],
    name: { family: 'Zhang', given: 'Wei', nativeScript: '张伟' },
    sex: 'MALE',
    birth: { year: 1986, month: 11, day: 2 },
    nationalities: ['CHN'],
    documents: [{ type: 'PASSPORT', number: 'E 1234 5678', issuingCountry: 'CHN', status: 'UNKNOWN' }],
    phones: ['+86 138 0013 8000'],
    otherIdentifiers: [{ kind: 'CRYPTO_WALLET', value: 'TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' }],
    events: [{ type: 'ARREST', when: { year: 2024, month: 10, day: 3, hour: 21, minute: 5 }, country: 'VNM', locality: 'Móng Cái, Quảng Ninh', operation: 'LIBERTERRA-II', summary: 'Bắt giữ khi đang đưa người qua biên giới.' }],
    cases: [{ reference: 'VNM-2024-0088', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING'] }],
    handling: { code: 'H0', releasableTo: [] },
  },
  {
    ...base,
    localId: 'A08-2024-001204',
    personKey: 'vnm-test-huong',
    roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'],
    name: { family: 'Trần', middle: 'Thị Thu', given: 'Hương' },
    sex: 'FEMALE',
    birth: { year: 2001 },
    nationalities: ['VNM'],
    documents: [{ type: 'PASSPORT', number: 'c7654321', issuingCountry: 'VNM', status: 'STOLEN' }],
    phones: ['0987 654 321'],
    events: [{ type: 'INTERCEPTION', when: { year: 2024, month: 9 }, country: 'VNM', locality: 'Lào Cai', summary: 'Bị chặn lại khi định vượt biên trái phép.' }],
  },
  {
    ...base,
    localId: 'A08-2024-001377',
    personKey: 'vnm-test-rowena',
    roles: ['VICTIM'],
    name: { given: 'Rowena', middle: 'Soriano', family: 'Bautista' },
    sex: 'FEMALE',
    birth: { year: 1995, month: 7, day: 21 },
    nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: 'P7700123A', issuingCountry: 'PHL', expiry: { year: 2029, month: 1, day: 15 }, status: 'EXPIRED' }],
    phones: ['+63 917 555 0101'],
    otherIdentifiers: [{ kind: 'BANK_ACCOUNT', value: '0011 2233 4455' }, { kind: 'IMEI', value: '35-209900-176148-1' }],
  },
  {
    ...base,
    localId: 'A08-2024-001402',
    personKey: 'vnm-test-nurul',
    roles: ['WITNESS'],
    name: { given: 'Nurul', patronymic: 'binti Ismail' },
    sex: 'FEMALE',
    birth: null,
    nationalities: ['MYS'],
    documents: [],
    phones: [],
  },
  {
    ...base,
    localId: 'A08-2024-001415',
    personKey: 'vnm-test-suharti',
    roles: ['FACILITATOR'],
    name: { given: 'Suharti' },
    sex: 'UNKNOWN',
    birth: null,
    nationalities: ['IDN'],
    documents: [{ type: 'NATIONAL_ID', number: '3173 0123 4567 0001', issuingCountry: 'IDN', status: 'LOST' }],
    phones: [],
    cases: [{ reference: 'VNM-2024-0102', role: 'FACILITATOR', status: 'SUSPENDED', exploitationTypes: ['DEBT_BONDAGE', 'FORCED_LABOUR'], offences: ['DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'FRAUD', 'ILLEGAL_GAMBLING', 'IMMIGRATION_OFFENCE'] }],
  },
];

/**
 * The generated world plus these records, so the tests cover both whatever VNM records the
 * scenario generates and the cases above, whether or not it generates any.
 */
export function vnmTestScenario(seed?: number): Scenario {
  const generated = generateScenario(seed);
  const taken = new Set(generated.records.filter((r) => r.jurisdiction === 'VNM').map((r) => r.localId));
  return { seed: generated.seed, records: [...generated.records, ...VNM_RECORDS.filter((r) => !taken.has(r.localId))] };
}
