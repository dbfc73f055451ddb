import { partialDate } from '../../kit/mapping/dates';
import { normaliseDocumentNumber } from '../../kit/mapping/documents';
import { toE164 } from '../../kit/mapping/phones';
import type { Identifier, PersonName, PersonRecord, TravelDocument } from '../../kit/record/person-record';
import type { ScenarioDate } from '../model';

/** What one desk recorded about one person, before it is shaped like an adapter's answer. */
export interface RecordedPerson {
  readonly id: string;
  readonly jurisdiction: string;
  readonly agency: string;
  readonly nationality: string;
  readonly name: PersonName;
  readonly birth: ScenarioDate | null;
  readonly documents: readonly { readonly number: string; readonly issuingCountry: string }[];
  /** As typed: national format at home, international abroad. */
  readonly phones: readonly string[];
  readonly emails: readonly string[];
}

/**
 * The record in the shared schema's shape, normalised with the kit's own helpers (document numbers,
 * E.164 phones, partial dates), as a jurisdiction's subgraph would serve it. Only the fields the
 * index publishes keys for are filled.
 */
export function sharedRecord(p: RecordedPerson): PersonRecord {
  const documents: TravelDocument[] = p.documents.map((d) => ({
    type: 'PASSPORT',
    number: normaliseDocumentNumber(d.number) ?? d.number,
    rawNumber: d.number,
    issuingCountry: d.issuingCountry,
    expiry: null,
    status: 'VALID',
  }));
  const identifiers: Identifier[] = [
    ...p.phones.map((raw): Identifier => ({ kind: 'PHONE', value: toE164(raw, p.jurisdiction) ?? raw, raw })),
    ...p.emails.map((raw): Identifier => ({ kind: 'EMAIL', value: raw.toLowerCase(), raw })),
  ];
  const b = p.birth;
  const raw = b ? [b.year, b.month, b.day].filter((x) => x !== undefined).join('-') : '';
  return {
    id: p.id,
    jurisdiction: p.jurisdiction,
    agency: p.agency,
    roles: [],
    names: [p.name],
    sex: 'UNKNOWN',
    dateOfBirth: b ? partialDate('birth', { year: b.year, month: b.month, day: b.month ? b.day : undefined }, raw) : null,
    nationalities: [p.nationality],
    documents,
    identifiers,
    events: [],
    cases: [],
    handling: null,
    updatedAt: null,
  };
}
