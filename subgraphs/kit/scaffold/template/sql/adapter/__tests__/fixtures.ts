// Fixtures of the ZZX adapter's tests, in one place: a person as the agency's tables hold it, and
// the record the adapter's query assembles from those rows. SCAFFOLD: replace them with real
// (synthetic) rows of the agency's system.
import type { Jurisdiction } from '../../../../../../../schema/registry/registry';
import type { AgencyTables } from '../../native/tables';

export const jurisdiction: Jurisdiction = {
  code: 'ZZX',
  name: 'ZZX',
  typePrefix: 'Zzx',
  timeZone: 'UTC',
  agencies: ['NCB'],
  contact: 'ZZX contact point',
  adapter: 'zzx',
  subgraph: { port: 1, timeoutMs: 3000 },
  native: { service: 'zzx-native', format: 'sql', port: 2, pageSize: 2 },
};

/** One person, with a row in every table. */
export function goodTables(ref = 'R-1'): AgencyTables {
  const key = { ref, agency: 'NCB' };
  return {
    persons: [
      {
        ...key,
        full_name: 'Maria Santos Cruz',
        given_name: 'Maria',
        middle_name: 'Santos',
        family_name: 'Cruz',
        romanised_name: null,
        aliases: ['Mia'],
        sex: 'F',
        birth_date: '1998-03',
        nationalities: ['PHL'],
        roles: ['VICTIM'],
        handling_code: 'H1',
        releasable_to: ['THA'],
        updated_at: '2024-10-03T00:00:00Z',
      },
    ],
    documents: [{ ...key, seq: 0, doc_type: 'PASSPORT', doc_number: 'p 4821937 b', issuing_country: 'PHL', expiry_date: '2030-01-31', status: 'VALID' }],
    identifiers: [
      { ...key, seq: 0, kind: 'PHONE', value: '+63 917 555 0101' },
      { ...key, seq: 1, kind: 'EMAIL', value: 'Maria@Example.org' },
    ],
    events: [{ ...key, seq: 0, event_type: 'RESCUE', occurred_on: '2024-10-02', local_time: '05:30', country: 'PHL', locality: 'Bamban', facility: null, operation_code: 'LIBERTERRA-II', summary: 'rescued' }],
    case_parties: [{ ...key, seq: 0, case_reference: 'C-1', role: 'VICTIM', status: 'OPEN', exploitation_types: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
  };
}

/** goodTables() as the adapter's query assembles it: the row the mapping reads. */
export const goodRecord = {
  ref: 'R-1',
  agency: 'NCB',
  full_name: 'Maria Santos Cruz',
  given_name: 'Maria',
  middle_name: 'Santos',
  family_name: 'Cruz',
  romanised_name: null,
  aliases: ['Mia'],
  sex: 'F',
  birth_date: '1998-03',
  nationalities: ['PHL'],
  roles: ['VICTIM'],
  handling_code: 'H1',
  releasable_to: ['THA'],
  updated_at: '2024-10-03T00:00:00+00:00',
  documents: [{ type: 'PASSPORT', number: 'p 4821937 b', issuing_country: 'PHL', expiry: '2030-01-31', status: 'VALID' }],
  phones: ['+63 917 555 0101'],
  other_identifiers: [{ kind: 'EMAIL', value: 'Maria@Example.org' }],
  events: [{ type: 'RESCUE', date: '2024-10-02', time: '05:30', country: 'PHL', locality: 'Bamban', facility: null, operation: 'LIBERTERRA-II', summary: 'rescued' }],
  cases: [{ reference: 'C-1', role: 'VICTIM', status: 'OPEN', exploitation_types: ['FORCED_CRIMINALITY'], offences: ['TRAFFICKING_IN_PERSONS'] }],
};

/** Several tables' rows merged, for loading more than one person. */
export function mergeTables(...all: AgencyTables[]): AgencyTables {
  const out: AgencyTables = { persons: [], documents: [], identifiers: [], events: [], case_parties: [] };
  for (const t of all) for (const name of Object.keys(out) as (keyof AgencyTables)[]) (out[name] as unknown[]).push(...t[name]);
  return out;
}
