/**
 * The example trace printed at start and shown in the README (a test keeps the two identical and
 * checks that it answers from both jurisdictions on the embedded default).
 */
export const EXAMPLE_TRACE = `{
  trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) {
    records {
      id
      jurisdiction
      names { full script romanised }
      dateOfBirth { iso raw calendar }
      documents { number issuingCountry }
      events { type when { iso raw } where { country locality } }
    }
    jurisdictions { code status hits }
  }
}`;

/** The curl line that sends a query to the gateway (GET, so no JSON escaping is needed). */
export function curlLine(query: string, url = 'http://localhost:4000/graphql'): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return `curl -sG ${url} -H 'apollo-require-preflight: true' --data-urlencode '${"query="}${oneLine}'`;
}
