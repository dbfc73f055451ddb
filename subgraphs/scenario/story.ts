// The hand-written heart of the scenario: one trail that crosses two countries, told the way each
// agency recorded it. Filler records around it come from the seeded generator.
import type { ScenarioRecord } from './model';

const OPERATION = 'LIBERTERRA-II';

/**
 * A victim recruited online in the Philippines by a fake job advert, moved through Thailand, held
 * in a scam compound and rescued in the Philippines; and the suspect who recruited her.
 */
export function storyRecords(): ScenarioRecord[] {
  const victimPhl: ScenarioRecord = {
    jurisdiction: 'PHL',
    agency: 'PNP',
    localId: '2024-000123',
    personKey: 'story-victim-1',
    roles: ['VICTIM'],
    name: { given: 'Maricel', middle: 'Dizon', family: 'Villanueva' },
    sex: 'FEMALE',
    birth: { year: 1998, month: 3, day: 14 },
    nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: 'P4821937B', issuingCountry: 'PHL', expiry: { year: 2031, month: 6, day: 30 }, status: 'VALID' }],
    phones: ['0917 482 1937'],
    otherIdentifiers: [{ kind: 'EMAIL', value: 'maricel.v98@example.ph' }],
    events: [
      { type: 'RECRUITMENT', when: { year: 2024, month: 2 }, country: 'PHL', locality: 'Quezon City', summary: 'Answered an online advert for a customer-service job in Bangkok.' },
      { type: 'EXPLOITATION', when: { year: 2024, month: 6 }, country: 'PHL', locality: 'Bamban, Tarlac', facility: 'Bamban compound', summary: 'Forced to run online scams under debt bondage.' },
      { type: 'RESCUE', when: { year: 2024, month: 10, day: 2, hour: 5, minute: 30 }, country: 'PHL', locality: 'Bamban, Tarlac', facility: 'Bamban compound', operation: OPERATION, summary: 'Rescued in a raid on the compound.' },
    ],
    cases: [{ reference: 'PHL-2024-0001', role: 'VICTIM', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: ['THA'] },
    updatedAt: '2024-10-03T09:15:00Z',
  };

  // Thai immigration wrote her name surname-first from the passport, in Thai script too, with a
  // spaced passport number and her Philippine number in international form.
  const victimTha: ScenarioRecord = {
    ...victimPhl,
    jurisdiction: 'THA',
    agency: 'TIB',
    localId: '2567-TIB-004512',
    roles: ['IRREGULAR_MIGRANT', 'POTENTIAL_VICTIM'],
    name: { given: 'Maricel Dizon', family: 'Villanueva', nativeScript: 'มาริเซล ดิซอน วิลลานูเอวา' },
    documents: [{ type: 'PASSPORT', number: 'p 4821937 b', issuingCountry: 'PHL', expiry: { year: 2031, month: 6, day: 30 }, status: 'VALID' }],
    phones: ['+63 917 482 1937'],
    otherIdentifiers: [],
    events: [
      { type: 'BORDER_CROSSING', when: { year: 2024, month: 3, day: 9, hour: 23, minute: 40 }, country: 'THA', locality: 'Samut Prakan', facility: 'Suvarnabhumi Airport', summary: 'Entered on a tourist visa exemption.' },
      { type: 'TRANSIT', when: { year: 2024, month: 3, day: 12 }, country: 'THA', locality: 'Mae Sot, Tak', summary: 'Moved by car towards the border with a group of recruits.' },
    ],
    cases: [{ reference: 'THA-2024-0415', role: 'POTENTIAL_VICTIM', status: 'OPEN', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H1', releasableTo: ['PHL'] },
    updatedAt: '2024-03-15T04:00:00Z',
  };

  const suspectTha: ScenarioRecord = {
    jurisdiction: 'THA',
    agency: 'RTP',
    localId: '2567-ATPD-000871',
    personKey: 'story-suspect-1',
    roles: ['SUSPECT', 'FACILITATOR'],
    name: { given: 'Wira', family: 'Kaewmanee', nativeScript: 'วีระ แก้วมณี' },
    sex: 'MALE',
    birth: { year: 1986 },
    nationalities: ['THA'],
    documents: [{ type: 'PASSPORT', number: 'AA3318842', issuingCountry: 'THA', expiry: { year: 2029, month: 1, day: 17 }, status: 'VALID' }],
    phones: ['081 774 2290'],
    otherIdentifiers: [{ kind: 'CRYPTO_WALLET', value: 'TQ7mYk3d9Lr2xPwq8FzN4cVb6HsJt1aE5u' }],
    events: [
      { type: 'ARREST', when: { year: 2024, month: 10, day: 1, hour: 18, minute: 0 }, country: 'THA', locality: 'Mae Sot, Tak', operation: OPERATION, summary: 'Arrested for recruiting for a scam compound.' },
    ],
    cases: [{ reference: 'THA-2024-0415', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H0', releasableTo: ['PHL'] },
    updatedAt: '2024-10-02T02:00:00Z',
  };

  // The PNP knows the recruiter only from the victim's statement: the phone and the passport scan.
  const suspectPhl: ScenarioRecord = {
    ...suspectTha,
    jurisdiction: 'PHL',
    agency: 'PNP',
    localId: '2024-000131',
    roles: ['SUSPECT'],
    name: { given: 'Wira', family: 'Kaewmanee' },
    birth: null,
    documents: [{ type: 'PASSPORT', number: 'AA 3318842', issuingCountry: 'THA', status: 'UNKNOWN' }],
    phones: ['+66 81 774 2290'],
    otherIdentifiers: [],
    events: [
      { type: 'RECRUITMENT', when: { year: 2024, month: 2 }, country: 'PHL', locality: 'Quezon City', summary: 'Named by a rescued victim as the online recruiter.' },
    ],
    cases: [{ reference: 'PHL-2024-0001', role: 'SUSPECT', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H0', releasableTo: ['THA'] },
    updatedAt: '2024-10-03T09:20:00Z',
  };

  return [victimPhl, victimTha, suspectTha, suspectPhl];
}
