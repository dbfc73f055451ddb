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

/**
 * The same person's timeline, as the README shows it: every jurisdiction's events in one
 * chronological order, each with its source record (a test checks that it answers).
 */
export const EXAMPLE_TIMELINE = `{
  trace(identifiers: [{ kind: TRAVEL_DOCUMENT, value: "P4821937B", country: "PHL" }]) {
    timeline {
      type
      when { iso time utcOffset instant raw }
      where { country locality }
      jurisdiction
      record { id }
    }
  }
}`;

/** How the README and the start banner obtain a development token. */
export const TOKEN_COMMAND = 'npm run -s token -- --country PHL --roles INVESTIGATOR --agency PNP';

/** The purpose the examples declare: a Philippine case. */
export const EXAMPLE_PURPOSE = 'PHL-2024-0001';

/**
 * The curl line that sends a query to the gateway as a PHL investigator with a purpose (GET, so
 * no JSON escaping is needed).
 */
export function curlLine(query: string, url = 'http://localhost:4000/graphql'): string {
  const oneLine = query.replace(/\s+/g, ' ').trim();
  return `curl -sG ${url} -H 'apollo-require-preflight: true' -H "Authorization: Bearer $(${TOKEN_COMMAND})" -H 'X-Purpose: ${EXAMPLE_PURPOSE}' --data-urlencode '${'query='}${oneLine}'`;
}
