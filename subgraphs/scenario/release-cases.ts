// Records whose handling exercises each of the owners' release rules (SPEC §5, originator
// control), beside the story. None takes part in an operation, so no operation total moves.
import type { ScenarioRecord } from './model';

/**
 * A document forger known to Thailand under owner-specified restrictions (H3, no releasability
 * list) and to the Philippines from a victim's statement (H1); and a Philippine victim held by
 * Thai police (H2, no list), whose identity Thailand may not release to the Philippines, the
 * country she fled, without saying so explicitly.
 */
export function releaseCaseRecords(): ScenarioRecord[] {
  const forgerTha: ScenarioRecord = {
    jurisdiction: 'THA',
    agency: 'RTP',
    localId: '2567-ATPD-000902',
    personKey: 'release-forger-1',
    roles: ['FACILITATOR'],
    name: { given: 'Somchai', family: 'Rattanakul', nativeScript: 'สมชาย รัตนกุล' },
    sex: 'MALE',
    birth: { year: 1979, month: 11, day: 2 },
    nationalities: ['THA'],
    documents: [{ type: 'PASSPORT', number: 'AB1200345', issuingCountry: 'THA', expiry: { year: 2028, month: 4, day: 30 }, status: 'VALID' }],
    phones: ['089 555 0142'],
    otherIdentifiers: [],
    events: [{ type: 'CHARGE', when: { year: 2024, month: 5, day: 20 }, country: 'THA', locality: 'Bangkok', summary: 'Charged with forging passports for recruits.' }],
    cases: [{ reference: 'THA-2024-0522', role: 'SUSPECT', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['DOCUMENT_FRAUD'] }],
    handling: { code: 'H3', releasableTo: [] },
    updatedAt: '2024-05-21T03:00:00Z',
  };
  const forgerPhl: ScenarioRecord = {
    ...forgerTha,
    jurisdiction: 'PHL',
    agency: 'PNP',
    localId: '2024-000140',
    name: { given: 'Somchai', family: 'Rattanakul' },
    birth: null,
    documents: [],
    phones: ['+66 89 555 0142'],
    events: [{ type: 'RECRUITMENT', when: { year: 2024, month: 4 }, country: 'PHL', locality: 'Pasay', summary: 'Named by a victim as the man who supplied her travel papers.' }],
    cases: [{ reference: 'PHL-2024-0001', role: 'SUSPECT', status: 'UNDER_INVESTIGATION', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['DOCUMENT_FRAUD'] }],
    handling: { code: 'H1', releasableTo: [] },
    updatedAt: '2024-06-01T01:00:00Z',
  };
  const victimTha: ScenarioRecord = {
    jurisdiction: 'THA',
    agency: 'RTP',
    localId: '2567-ATPD-000903',
    personKey: 'release-victim-1',
    roles: ['VICTIM'],
    name: { given: 'Jocelyn', family: 'Manalastas' },
    sex: 'FEMALE',
    birth: { year: 2001, month: 8 },
    nationalities: ['PHL'],
    documents: [{ type: 'PASSPORT', number: 'P7700451A', issuingCountry: 'PHL', expiry: { year: 2032, month: 1, day: 15 }, status: 'VALID' }],
    phones: ['+63 918 700 0451'],
    otherIdentifiers: [],
    events: [{ type: 'EXPLOITATION', when: { year: 2024, month: 7 }, country: 'THA', locality: 'Mae Sot, Tak', summary: 'Held in a compound near the border.' }],
    cases: [{ reference: 'THA-2024-0522', role: 'VICTIM', status: 'CHARGED', exploitationTypes: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
    handling: { code: 'H2', releasableTo: [] },
    updatedAt: '2024-08-02T05:00:00Z',
  };
  return [forgerTha, forgerPhl, victimTha];
}
