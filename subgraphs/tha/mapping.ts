import type { Jurisdiction } from '../../schema/registry/registry';
import { countryField } from '../kit/mapping/countries';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { mrzDocumentNumber } from '../kit/mapping/mrz';
import { toE164 } from '../kit/mapping/phones';
import { recordId, type Identifier, type PersonRecord, type RecordEvent, type TravelDocument } from '../kit/record/person-record';
import { CONTACT_KINDS, DOCUMENT_STATUSES, EVENT_TYPES, OFFENCES, ROLES, SEXES, decode } from './codes';
import { thaName } from './name';
import { parseBuddhistDate, parseBuddhistDateTime } from './native-dates';
import { readPerson, type NativePerson } from './native-shape';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

type NativeDocument = NativePerson['Passport'][number];

function document(field: string, type: string, d: NativeDocument): TravelDocument {
  // A scanned MRZ is checked against the typed number and, when both agree, is the number served.
  const number = d.Mrz ? mrzDocumentNumber(`${field}.Mrz`, d.Mrz, d['@no']) : normaliseDocumentNumber(d['@no']);
  if (!number) throw new MappingError(`${field}.@no`, d['@no'], 'not a document number');
  return {
    type,
    number,
    rawNumber: d['@no'],
    issuingCountry: d['@country'] ? countryField(`${field}.@country`, d['@country']) : null,
    expiry: d['@expiry'] ? parseBuddhistDate(`${field}.@expiry`, d['@expiry']) : null,
    status: d['@status'] ? decode(`${field}.@status`, DOCUMENT_STATUSES, d['@status']) : 'UNKNOWN',
  };
}

function identifiers(p: NativePerson): Identifier[] {
  // A phone that is not a valid number is kept as typed rather than dropped: the investigator still
  // sees it, and the index skips it because it does not normalise (kit record-keys).
  const phones = p.Phone.map((raw): Identifier => ({ kind: 'PHONE', value: toE164(raw, 'THA') ?? raw, raw }));
  const others = p.Contact.flatMap((c, i): Identifier[] => {
    const value = c['#text'];
    if (!value) return [];
    const kind = decode(`Contact[${i}].@type`, CONTACT_KINDS, c['@type']);
    return [{ kind, value: kind === 'EMAIL' ? value.toLowerCase() : value, raw: value }];
  });
  return [...phones, ...others];
}

function event(e: NativePerson['Event'][number], i: number, timeZone: string): RecordEvent {
  const field = `Event[${i}]`;
  const country = e['@country'] ? countryField(`${field}.@country`, e['@country']) : null;
  const locality = e['@province'] ?? null;
  const facility = e['@facility'] ?? null;
  return {
    type: decode(`${field}.@type`, EVENT_TYPES, e['@type']),
    when: e['@date'] ? parseBuddhistDateTime(`${field}.@date`, e['@date'], timeZone) : null,
    where: country || locality || facility ? { country, locality, facility } : null,
    operation: e['@operation'] ?? null,
    summary: e['#text'] ?? null,
  };
}

/** One checked `<Person>` in the shared schema. Throws MappingError naming the first bad field. */
export function mapThaPerson(p: NativePerson, jurisdiction: Jurisdiction): PersonRecord {
  return {
    id: recordId(jurisdiction.code, p['@agency'], p['@refNo']),
    jurisdiction: jurisdiction.code,
    agency: p['@agency'],
    roles: unique(p.Role.map((r, i) => decode(`Role[${i}]`, ROLES, r))),
    names: [thaName(p)],
    sex: p.Gender ? decode('Gender', SEXES, p.Gender) : 'UNKNOWN',
    dateOfBirth: p.BirthDate ? parseBuddhistDate('BirthDate', p.BirthDate) : null,
    nationalities: unique(p.Nationality.map((n, i) => countryField(`Nationality[${i}]`, n))),
    documents: [
      ...p.Passport.map((d, i) => document(`Passport[${i}]`, 'PASSPORT', d)),
      ...p.IdCard.map((d, i) => document(`IdCard[${i}]`, 'NATIONAL_ID', d)),
    ],
    identifiers: identifiers(p),
    events: p.Event.map((e, i) => event(e, i, jurisdiction.timeZone)),
    cases: p.Case.map((c, i) => ({
      reference: c['@ref'],
      role: c['@role'] ? decode(`Case[${i}].@role`, ROLES, c['@role']) : null,
      status: c['@status'] ?? null,
      exploitationTypes: unique(c.Exploitation.map((x) => x.toUpperCase())),
      offences: unique(c.Offence.map((o, j) => decode(`Case[${i}].Offence[${j}].@code`, OFFENCES, o['@code']))),
    })),
    handling: p.Handling
      ? {
          code: p.Handling['@code'],
          releasableTo: unique(p.Handling.ReleasableTo.map((c, i) => countryField(`Handling.ReleasableTo[${i}]`, c))),
          contact: jurisdiction.contact,
        }
      : null,
    // The system writes Thai local time with its offset; the shared schema wants UTC.
    updatedAt: p.LastModified ? new Date(p.LastModified).toISOString() : null,
  };
}

/**
 * A raw `<Person>` from the parser, checked and mapped; an Error in place of a record that cannot
 * be, so one bad record never fails its batch or page. Errors other than MappingError are replaced:
 * their messages reach clients and may quote native data.
 */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapThaPerson(readPerson(raw), jurisdiction);
  } catch (error) {
    return error instanceof MappingError ? error : new MappingError('Person', undefined, 'could not be mapped');
  }
}
