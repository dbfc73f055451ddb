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
    // There is no facility query yet: this traces a person held at the Bamban compound and selects
    // where each event happened (its facility) and the cases the record appears in.
    query: `query FacilityWithItsCases {
  trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) {
    records {
      id
      jurisdiction
      events { type when { iso } where { country locality facility } }
      cases { reference role }
    }
  }
}`,
  },
];

/** The purpose the page suggests until the user sets one. */
export const EXPLORER_DEFAULT_PURPOSE = EXAMPLE_PURPOSE;
