// Records of the Bamban compound kept abroad: after the raid of March 2023 the foreign nationals
// held there went home, where their own police opened cases and wrote down where they had been
// held, each agency in its own words. None takes part in an operation, so no operation total moves.
import type { ScenarioRecord } from './model';

const BAMBAN = { country: 'PHL', locality: 'Bamban, Tarlac' } as const;

/**
 * A Vietnamese woman held at the compound and the recruiter who sent her (Viet Nam), a Chinese
 * manager of one of its scam floors arrested on his return (China), and an Indonesian woman held
 * there (Indonesia): the compound's cases in three countries besides the Philippines.
 */
export function bambanReturneeRecords(): ScenarioRecord[] {
  const victimVnm: ScenarioRecord = {
    jurisdiction: 'VNM',
    agency: 'MPS',
    localId: 'C03-2023-000412',
    personKey: 'bamban-return-vnm-1',
    roles: ['VICTIM'],
    name: { given: 'Hạnh', middle: 'Thị', family: 'Lê' },
    sex: 'FEMALE',
    birth: { year: 2000, month: 7, day: 21 },
    nationalities: ['VNM'],
    documents: [{ type: 'PASSPORT', number: 'C4417093', issuingCountry: 'VNM', expiry: { year: 2032, month: 5, day: 9 }, status: 'VALID' }],
    phones: ['0912 417 093'],
    otherIdentifiers: [],
    events: [
      { type: 'RECRUITMENT', when: { year: 2022, month: 11 }, country: 'VNM', locality: 'Hà Tĩnh', summary: 'Answered a social-media advert for a casino job in Manila.' },
      { type: 'EXPLOITATION', when: { year: 2023, month: 1 }, ...BAMBAN, facility: 'Khu phức hợp Bamban', summary: 'Held in the dormitory blocks and made to work a scam floor.' },
      { type: 'REPATRIATION', when: { year: 2023, month: 4, day: 20 }, country: 'VNM', locality: 'Nội Bài, Hà Nội', summary: 'Returned home after the raid on the compound.' },
    ],
    cases: [{ reference: 'VNM-2023-0412', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: ['PHL'] },
    updatedAt: '2023-04-21T03:00:00Z',
  };
  // The recruiter never went to the compound: he is in its case, with no event there.
  const recruiterVnm: ScenarioRecord = {
    jurisdiction: 'VNM',
    agency: 'MPS',
    localId: 'C03-2023-000413',
    personKey: 'bamban-return-vnm-2',
    roles: ['SUSPECT', 'FACILITATOR'],
    name: { given: 'Đức', middle: 'Văn', family: 'Phạm' },
    sex: 'MALE',
    birth: { year: 1984 },
    nationalities: ['VNM'],
    documents: [],
    phones: ['0983 220 517'],
    otherIdentifiers: [],
    events: [
      { type: 'RECRUITMENT', when: { year: 2022, month: 11 }, country: 'VNM', locality: 'Hà Tĩnh', summary: 'Placed the advert and arranged the flight to Manila.' },
      { type: 'ARREST', when: { year: 2023, month: 6, day: 2 }, country: 'VNM', locality: 'Hà Tĩnh', summary: 'Arrested on the victim’s statement.' },
    ],
    cases: [{ reference: 'VNM-2023-0412', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H0', releasableTo: ['PHL'] },
    updatedAt: '2023-06-03T02:00:00Z',
  };
  const managerChn: ScenarioRecord = {
    jurisdiction: 'CHN',
    agency: 'MPS',
    localId: 'R350200202305110',
    personKey: 'bamban-return-chn-1',
    roles: ['SUSPECT'],
    name: { given: 'Zhiqiang', family: 'Chen', nativeScript: '陈志强' },
    sex: 'MALE',
    birth: { year: 1981, month: 9, day: 3 },
    nationalities: ['CHN'],
    documents: [{ type: 'PASSPORT', number: 'EG3310588', issuingCountry: 'CHN', expiry: { year: 2030, month: 2, day: 14 }, status: 'VALID' }],
    phones: [],
    otherIdentifiers: [],
    events: [
      { type: 'EXPLOITATION', when: { year: 2023, month: 2 }, ...BAMBAN, facility: '班班园区', summary: 'Managed a scam floor of the compound.' },
      { type: 'ARREST', when: { year: 2023, month: 5, day: 11 }, country: 'CHN', locality: 'Xiamen, Fujian', summary: 'Arrested on his return.' },
    ],
    cases: [{ reference: 'CHN-2023-0511', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['FRAUD', 'TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H0', releasableTo: ['PHL'] },
    updatedAt: '2023-05-12T01:00:00Z',
  };
  const victimIdn: ScenarioRecord = {
    jurisdiction: 'IDN',
    agency: 'POLRI',
    localId: 'LP-B-0405-IV-2023',
    personKey: 'bamban-return-idn-1',
    roles: ['VICTIM'],
    name: { given: 'Sulastri' },
    sex: 'FEMALE',
    birth: { year: 1997 },
    nationalities: ['IDN'],
    documents: [{ type: 'PASSPORT', number: 'X2290415', issuingCountry: 'IDN', expiry: { year: 2029, month: 8, day: 1 }, status: 'VALID' }],
    phones: [],
    otherIdentifiers: [],
    events: [
      { type: 'EXPLOITATION', when: { year: 2023, month: 1 }, ...BAMBAN, facility: 'Kompleks Bamban', summary: 'Held and made to run online scams.' },
      { type: 'REPATRIATION', when: { year: 2023, month: 4, day: 5 }, country: 'IDN', locality: 'Tangerang, Banten', facility: 'Bandara Soekarno-Hatta', summary: 'Returned home after the raid on the compound.' },
    ],
    cases: [{ reference: 'IDN-2023-0405', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H1', releasableTo: [] },
    updatedAt: '2023-04-06T04:00:00Z',
  };
  return [victimVnm, recruiterVnm, managerChn, victimIdn];
}
