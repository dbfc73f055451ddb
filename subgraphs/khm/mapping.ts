import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { countryField } from '../kit/mapping/countries';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { toE164 } from '../kit/mapping/phones';
import { recordId, type CaseInvolvement, type Identifier, type IdentifierKind, type PersonRecord, type RecordEvent, type TravelDocument } from '../kit/record/person-record';
import { khmName } from './name';
import { parseCnpDate, parseCnpDateTime, parseCnpTimestamp } from './native-dates';
import { readCnpPerson, type CnpPerson } from './native-record';
import { offenceOf } from './offences';
import { placeOf } from './provinces';
import { CONTACT_TYPES, DOCUMENT_STATUSES, DOCUMENT_TYPES, EVENT_TYPES, GENDERS, PERSON_TYPES, caseStatus, decode, exploitationCode } from './vocabulary';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function documents(p: CnpPerson): TravelDocument[] {
  return p.documents.map((d, i) => {
    const field = `documents[${i}]`;
    const number = normaliseDocumentNumber(d.doc_no);
    if (!number) throw new MappingError(`${field}.doc_no`, d.doc_no, 'not a document number');
    return {
      type: decode(`${field}.doc_type`, DOCUMENT_TYPES, d.doc_type),
      number,
      rawNumber: d.doc_no,
      issuingCountry: d.issued_by ? countryField(`${field}.issued_by`, d.issued_by) : null,
      expiry: d.expiry_date ? parseCnpDate(`${field}.expiry_date`, d.expiry_date) : null,
      status: d.doc_status ? decode(`${field}.doc_status`, DOCUMENT_STATUSES, d.doc_status) : 'UNKNOWN',
    };
  });
}

function identifiers(p: CnpPerson, home: string): Identifier[] {
  // A value that does not normalise (a truncated number) is still what the CNP holds: it is served
  // as recorded, and the index simply cannot match on it.
  const normalise = (kind: IdentifierKind, raw: string): Identifier => {
    let value = raw.trim();
    try {
      value = kind === 'PHONE' ? (toE164(raw, home) ?? value) : normaliseIdentifier({ kind, value: raw }, home).value;
    } catch {
      // kept as recorded, see above
    }
    return { kind, value, raw };
  };
  const all = [
    ...p.phones.map((raw) => normalise('PHONE', raw)),
    ...p.contacts.map((c, i) => normalise(decode(`contacts[${i}].type`, CONTACT_TYPES, c.type), c.value)),
  ].filter((id) => id.value !== '');
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function events(p: CnpPerson, timeZone: string): RecordEvent[] {
  return p.events.map((e, i) => {
    const field = `events[${i}]`;
    return {
      type: decode(`${field}.event_type`, EVENT_TYPES, e.event_type),
      when: e.event_date ? parseCnpDateTime(`${field}.event_date`, e.event_date, timeZone) : null,
      where: e.location ? placeOf(`${field}.location`, e.location) : null,
      operation: e.operation,
      summary: e.remarks,
    };
  });
}

function cases(p: CnpPerson): CaseInvolvement[] {
  return p.cases.map((c, i) => ({
    reference: c.case_no,
    role: c.person_type ? decode(`cases[${i}].person_type`, PERSON_TYPES, c.person_type) : null,
    status: c.stage && caseStatus(c.stage),
    exploitationTypes: unique(c.exploitation.map(exploitationCode)),
    offences: unique(c.charges.map((charge, j) => offenceOf(`cases[${i}].charges[${j}]`, charge))),
  }));
}

/** One CNP native record as a KHM PersonRecord. Throws MappingError naming the native field. */
export function mapKhmRecord(raw: unknown, jurisdiction: Jurisdiction): PersonRecord {
  const p = readCnpPerson(raw);
  if (!jurisdiction.agencies.includes(p.agency)) throw new MappingError('agency', p.agency, `not an agency of ${jurisdiction.code}`);
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (p.handling_code !== null && !/^H[0-3]$/.test(p.handling_code)) throw new MappingError('handling_code', p.handling_code, 'not H0 to H3');
  return {
    id: recordId(jurisdiction.code, p.agency, p.person_no),
    jurisdiction: jurisdiction.code,
    agency: p.agency,
    roles: unique(p.person_type.map((t, i) => decode(`person_type[${i}]`, PERSON_TYPES, t))),
    names: [khmName(p.name_km, p.name_latin)],
    sex: p.gender ? decode('gender', GENDERS, p.gender) : 'UNKNOWN',
    dateOfBirth: p.date_of_birth ? parseCnpDate('date_of_birth', p.date_of_birth) : null,
    nationalities: unique(p.nationality.map((n, i) => countryField(`nationality[${i}]`, n))),
    documents: documents(p),
    identifiers: identifiers(p, jurisdiction.code),
    events: events(p, jurisdiction.timeZone),
    cases: cases(p),
    handling: { code: p.handling_code, releasableTo: unique(p.release_to.map((c, i) => countryField(`release_to[${i}]`, c))), contact: jurisdiction.contact },
    updatedAt: p.updated_at ? parseCnpTimestamp('updated_at', p.updated_at, jurisdiction.timeZone) : null,
  };
}

/**
 * mapKhmRecord with the error in place of the record, so one bad record never fails its batch or
 * page. Errors other than MappingError are replaced: their messages reach clients and may quote
 * native data.
 */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapKhmRecord(raw, jurisdiction);
  } catch (error) {
    return error instanceof MappingError ? error : new MappingError('record', undefined, 'could not be mapped');
  }
}
