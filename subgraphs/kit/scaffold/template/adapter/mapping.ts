// The agency's native record mapped to the shared schema (schema/shared/record.graphql).
// SCAFFOLD: adapt each function to the agency's own fields and vocabulary; keep FIELD_SOURCES in
// step (npm run mapping:report reads it).
import type { Jurisdiction } from '../../../../../schema/registry/registry';
import { normaliseIdentifier } from '../../../identifiers/normalise';
import { countryField } from '../../../mapping/countries';
import { parseIsoDate } from '../../../mapping/dates';
import { normaliseDocumentNumber } from '../../../mapping/documents';
import { withLocalTime } from '../../../mapping/local-time';
import { MappingError } from '../../../mapping/mapping-error';
import { personName } from '../../../mapping/names';
import { toE164 } from '../../../mapping/phones';
import { recordId, type DocumentStatus, type EventType, type Identifier, type IdentifierKind, type PersonRecord, type PersonRole, type Sex } from '../../../record/person-record';
import { readPerson, type NativePerson } from './native-record';

/** Which native field feeds each shared field (`npm run mapping:report`). */
export const FIELD_SOURCES: Record<string, string> = {
  id: 'agency + ref',
  jurisdiction: '(registry code)',
  agency: 'agency',
  roles: 'roles[]',
  names: 'full_name, given_name, middle_name, family_name, romanised_name, aliases[]',
  sex: 'sex',
  dateOfBirth: 'birth_date',
  nationalities: 'nationalities[]',
  documents: 'documents[].type, number, issuing_country, expiry, status',
  identifiers: 'phones[], other_identifiers[]',
  events: 'events[].type, date, time, country, locality, facility, operation, summary',
  cases: 'cases[].reference, role, status, exploitation_types[], offences[]',
  handling: 'handling_code, releasable_to[] (contact: registry)',
  updatedAt: 'updated_at',
};

// SCAFFOLD: the agency's words for each shared code. Unknown native words are a MappingError,
// never a guess.
const ROLES: Record<string, PersonRole> = { VICTIM: 'VICTIM', POTENTIAL_VICTIM: 'POTENTIAL_VICTIM', SUSPECT: 'SUSPECT', WITNESS: 'WITNESS', IRREGULAR_MIGRANT: 'IRREGULAR_MIGRANT', FACILITATOR: 'FACILITATOR' };
const SEXES: Record<string, Sex> = { M: 'MALE', F: 'FEMALE', X: 'OTHER' };
const EVENT_TYPES: Record<string, EventType> = Object.fromEntries(
  (['RECRUITMENT', 'TRANSIT', 'BORDER_CROSSING', 'EXPLOITATION', 'INTERCEPTION', 'RESCUE', 'ARREST', 'CHARGE', 'CONVICTION', 'REPATRIATION'] as const).map((t) => [t, t]),
);
const DOCUMENT_STATUSES: Record<string, DocumentStatus> = { VALID: 'VALID', EXPIRED: 'EXPIRED', STOLEN: 'STOLEN', LOST: 'LOST', REVOKED: 'REVOKED', UNKNOWN: 'UNKNOWN' };
const CONTACT_KINDS: Record<string, IdentifierKind> = { EMAIL: 'EMAIL', SOCIAL_HANDLE: 'SOCIAL_HANDLE', CRYPTO_WALLET: 'CRYPTO_WALLET', BANK_ACCOUNT: 'BANK_ACCOUNT', IMEI: 'IMEI' };

function decode<T>(field: string, table: Record<string, T>, word: string): T {
  const value = Object.hasOwn(table, word) ? table[word] : undefined;
  if (value === undefined) throw new MappingError(field, word, 'not a known code');
  return value;
}

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const date = (field: string, raw: string | null) => (raw === null ? null : parseIsoDate(field, raw));

function identifiers(p: NativePerson, home: string): Identifier[] {
  // A value that does not normalise is still what the agency holds: served as recorded.
  const normalise = (kind: IdentifierKind, raw: string): Identifier => {
    let value = raw.trim();
    try {
      value = kind === 'PHONE' ? (toE164(raw, home) ?? value) : normaliseIdentifier({ kind, value: raw }, home).value;
    } catch {
      // kept as recorded
    }
    return { kind, value, raw };
  };
  const all = [...p.phones.map((raw) => normalise('PHONE', raw)), ...p.other_identifiers.map((o, i) => normalise(decode(`other_identifiers[${i}].kind`, CONTACT_KINDS, o.kind), o.value))];
  const first = new Map<string, Identifier>();
  for (const id of all) if (id.value !== '' && !first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

/** One native record as a PersonRecord. Throws MappingError naming the native field. */
export function mapRecord(raw: unknown, jurisdiction: Jurisdiction): PersonRecord {
  const p = readPerson(raw);
  if (!jurisdiction.agencies.includes(p.agency)) throw new MappingError('agency', p.agency, `not an agency of ${jurisdiction.code}`);
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (p.handling_code !== null && !/^H[0-3]$/.test(p.handling_code)) throw new MappingError('handling_code', p.handling_code, 'not H0 to H3');
  const primary = personName({ full: p.full_name, given: p.given_name, middle: p.middle_name, family: p.family_name, romanised: p.romanised_name });
  return {
    id: recordId(jurisdiction.code, p.agency, p.ref),
    jurisdiction: jurisdiction.code,
    agency: p.agency,
    roles: unique(p.roles.map((r, i) => decode(`roles[${i}]`, ROLES, r))),
    names: [primary, ...p.aliases.map((a) => personName({ full: a, kind: 'ALIAS' }))].filter((n) => n !== null),
    sex: p.sex === null ? 'UNKNOWN' : decode('sex', SEXES, p.sex),
    dateOfBirth: date('birth_date', p.birth_date),
    nationalities: unique(p.nationalities.map((n, i) => countryField(`nationalities[${i}]`, n))),
    documents: p.documents.map((d, i) => {
      const number = normaliseDocumentNumber(d.number);
      if (!number) throw new MappingError(`documents[${i}].number`, d.number, 'not a document number');
      return {
        type: d.type,
        number,
        rawNumber: d.number,
        issuingCountry: d.issuing_country && countryField(`documents[${i}].issuing_country`, d.issuing_country),
        expiry: date(`documents[${i}].expiry`, d.expiry),
        status: d.status === null ? 'UNKNOWN' : decode(`documents[${i}].status`, DOCUMENT_STATUSES, d.status),
      };
    }),
    identifiers: identifiers(p, jurisdiction.code),
    events: p.events.map((e, i) => {
      const field = `events[${i}]`;
      let when = date(`${field}.date`, e.date);
      if (when && e.time !== null) {
        const hm = /^(\d{2}):(\d{2})$/.exec(e.time);
        if (!hm) throw new MappingError(`${field}.time`, e.time, 'not HH:mm');
        when = withLocalTime(`${field}.time`, when, { hour: Number(hm[1]), minute: Number(hm[2]) }, jurisdiction.timeZone);
      }
      return {
        type: decode(`${field}.type`, EVENT_TYPES, e.type),
        when,
        where: e.country || e.locality || e.facility ? { country: e.country && countryField(`${field}.country`, e.country), locality: e.locality, facility: e.facility } : null,
        operation: e.operation,
        summary: e.summary,
      };
    }),
    cases: p.cases.map((c, i) => ({
      reference: c.reference,
      role: c.role === null ? null : decode(`cases[${i}].role`, ROLES, c.role),
      status: c.status,
      exploitationTypes: unique(c.exploitation_types),
      offences: unique(c.offences),
    })),
    handling: { code: p.handling_code, releasableTo: unique(p.releasable_to.map((c, i) => countryField(`releasable_to[${i}]`, c))), contact: jurisdiction.contact },
    updatedAt: p.updated_at === null ? null : new Date(p.updated_at).toISOString(),
  };
}

/** mapRecord with the error in place of the record, so one bad record never fails its batch or page. */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapRecord(raw, jurisdiction);
  } catch (error) {
    // Other errors' messages may quote native data, and messages reach clients.
    return error instanceof MappingError ? error : new MappingError('record', undefined, 'could not be mapped');
  }
}
