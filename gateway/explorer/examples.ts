// The saved operations the explorer opens with, one tab each. Pure data: bundled into the page.
import { EXAMPLE_PURPOSE, EXAMPLE_TRACE } from '../stack/example-trace';

export interface ExplorerExample {
  readonly title: string;
  readonly query: string;
}

/** `{ … }` → `query Name { … }`: GraphiQL titles a tab by its operation's name. */
const named = (name: string, anonymous: string) => `query ${name} ${anonymous.trimStart()}`;

export const EXPLORER_EXAMPLES: readonly ExplorerExample[] = [
  { title: 'Trace by passport', query: named('TraceByPassport', EXAMPLE_TRACE) },
  {
    title: 'Trace by name, in two scripts',
    // The same woman as the PNP (Latin script) and the Thai Immigration Bureau (Thai script) wrote her name.
    query: `query TraceByNameInTwoScripts {
  trace(identifiers: [
    { kind: NAME, value: "Maricel Dizon Villanueva", birthYear: 1998 }
    { kind: NAME, value: "มาริเซล ดิซอน วิลลานูเอวา", birthYear: 1998 }
  ]) {
    records { id jurisdiction names { full script romanised } dateOfBirth { iso raw calendar } }
    jurisdictions { code status hits }
  }
}`,
  },
  {
    title: 'Operation summary',
    query: `query OperationSummary {
  operation(code: "LIBERTERRA-II") {
    code
    countryCount
    victimsRescued
    arrests
    arrestsForTraffickingOrSmuggling
    irregularMigrantsIdentified
    missingCountries
    byCountry { country victimsRescued arrests }
  }
}`,
  },
  {
    title: 'Facility with its cases',
    // The Bamban compound: what it is (from the index), and the cases every country holds about it,
    // each from its own records; every person is completed by the record's owner, as in a trace.
    query: `query FacilityWithItsCases {
  facility(id: "PHL-BAMBAN") {
    id
    name
    kind
    country
    locality
    description
    complete
    missingCountries
    withheldRecords
    cases {
      jurisdiction
      reference
      status
      exploitationTypes
      offences
      persons { role record { id jurisdiction names { full } } }
      events { type when { iso } where { facility } record { id } }
    }
  }
}`,
  },
];

/** The purpose the page suggests until the user sets one. */
export const EXPLORER_DEFAULT_PURPOSE = EXAMPLE_PURPOSE;
