import type { PersonRecord } from '../record/person-record';
import { lookupKey, normaliseIdentifier, type NormalisedIdentifier } from './normalise';

/** Every identifier of a record, normalised for the index; values that do not normalise are skipped. */
export function recordIdentifiers(record: PersonRecord): NormalisedIdentifier[] {
  const out = new Map<string, NormalisedIdentifier>();
  const add = (input: Parameters<typeof normaliseIdentifier>[0]) => {
    try {
      const n = normaliseIdentifier(input, record.jurisdiction);
      out.set(lookupKey(n), n);
    } catch {
      // A record may carry a value the index cannot use (a truncated number); it is still served.
    }
  };
  for (const d of record.documents) add({ kind: 'TRAVEL_DOCUMENT', value: d.number, country: d.issuingCountry });
  for (const i of record.identifiers) add({ kind: i.kind, value: i.value });
  return [...out.values()];
}
