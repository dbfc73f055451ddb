import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { countryField } from '../kit/mapping/countries';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { personName } from '../kit/mapping/names';
import { toE164 } from '../kit/mapping/phones';
import type { Identifier, IdentifierKind, PersonRecord, PersonRole, RecordEvent, TravelDocument } from '../kit/record/person-record';
import { recordId } from '../kit/record/person-record';
import { parseIncidentDate, parseUsDate } from './native-dates';
import { readNativePerson, type NativePerson } from './native-record';
import { CASE_STATUSES, INCIDENT_TYPES, OFFENCES, OTHER_IDENTIFIERS, PASSPORT_STATUSES, ROLES, SEXES, exploitationCode, word } from './vocabulary';

function lookup<T>(table: ReadonlyMap<string, T>, field: string, raw: string): T {
  const found = table.get(word(raw));
  if (found === undefined) throw new MappingError(field, raw, 'not a word of the PNP vocabulary');
  return found;
}

const role = (field: string, raw: string): PersonRole => lookup(ROLES, field, raw);
const unique = <T>(items: T[]): T[] => [...new Set(items)];

function documentNumber(field: string, rawNumber: string): { number: string; rawNumber: string } {
  const number = normaliseDocumentNumber(rawNumber);
  if (!number) throw new MappingError(field, rawNumber, 'not a document number');
  return { number, rawNumber };
}

const country = (field: string, code: string | null): string | null => code && countryField(field, code);

function documents(p: NativePerson): TravelDocument[] {
  return [
    ...p.passports.map((d, i) => ({
      type: 'PASSPORT',
      ...documentNumber(`passports[${i}].passport_no`, d.passport_no),
      issuingCountry: country(`passports[${i}].issuing_country`, d.issuing_country),
      expiry: d.expiry ? parseUsDate(`passports[${i}].expiry`, d.expiry) : null,
      // A status word we do not know tells us nothing about the document: UNKNOWN, not an error.
      status: (d.status && PASSPORT_STATUSES.get(word(d.status))) || 'UNKNOWN',
    })),
    ...p.government_ids.map((d, i) => ({
      type: 'NATIONAL_ID',
      ...documentNumber(`government_ids[${i}].id_no`, d.id_no),
      issuingCountry: country(`government_ids[${i}].issuing_country`, d.issuing_country),
      expiry: null,
      status: 'UNKNOWN' as const,
    })),
  ];
}

function identifiers(p: NativePerson, home: string): Identifier[] {
  // A value that does not normalise (a truncated number) is still what the agency holds: it is
  // served as recorded, and the index simply cannot match on it.
  const normalise = (kind: IdentifierKind, raw: string): Identifier => {
    let value = raw.trim();
    if (kind === 'PHONE') value = toE164(raw, home) ?? value;
    else {
      try {
        value = normaliseIdentifier({ kind, value: raw }, home).value;
      } catch {
        // kept as recorded, see above
      }
    }
    return { kind, value, raw };
  };
  const all = [
    ...p.contact_numbers.map((raw) => normalise('PHONE', raw)),
    ...p.emails.map((raw) => normalise('EMAIL', raw)),
    ...p.other_identifiers.map((o, i) => normalise(lookup(OTHER_IDENTIFIERS, `other_identifiers[${i}].id_type`, o.id_type), o.value)),
  ].filter((id) => id.value !== '');
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function events(p: NativePerson, timeZone: string): RecordEvent[] {
  return p.incidents.map((e, i) => {
    const field = `incidents[${i}]`;
    const place = e.place;
    const where =
      place && (place.country || place.province_city || place.facility)
        ? { country: country(`${field}.place.country`, place.country), locality: place.province_city, facility: place.facility }
        : null;
    return {
      type: lookup(INCIDENT_TYPES, `${field}.incident_type`, e.incident_type),
      when: e.incident_date ? parseIncidentDate(`${field}.incident_date`, e.incident_date, timeZone) : null,
      where,
      operation: e.operation_code,
      summary: e.narrative,
    };
  });
}

function updatedAt(raw: string | null): string | null {
  if (raw === null) return null;
  const time = /^\d{4}-\d{2}-\d{2}T/.test(raw) ? Date.parse(raw) : NaN;
  if (Number.isNaN(time)) throw new MappingError('last_modified', raw, 'not an ISO 8601 date-time');
  return new Date(time).toISOString();
}

/** One PNP / BI native record as a PHL PersonRecord. Throws MappingError naming the native field. */
export function mapPhlRecord(raw: unknown, jurisdiction: Jurisdiction): PersonRecord {
  const p = readNativePerson(raw);
  if (!jurisdiction.agencies.includes(p.agency)) throw new MappingError('agency', p.agency, `not an agency of ${jurisdiction.code}`);
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (p.handling_code !== null && !/^H[0-3]$/.test(p.handling_code)) throw new MappingError('handling_code', p.handling_code, 'not H0 to H3');
  const name = personName({ given: p.first_name, middle: p.middle_name, family: p.last_name });
  return {
    id: recordId(jurisdiction.code, p.agency, p.pnp_ref),
    jurisdiction: jurisdiction.code,
    agency: p.agency,
    roles: unique(p.involvement.map((r, i) => role(`involvement[${i}]`, r))),
    names: name ? [name] : [],
    sex: p.sex ? lookup(SEXES, 'sex', p.sex) : 'UNKNOWN',
    dateOfBirth: p.birth_date ? parseUsDate('birth_date', p.birth_date) : null,
    nationalities: unique((p.citizenship ?? '').split(/[/,;]/).map((c) => c.trim()).filter(Boolean).map((c) => countryField('citizenship', c))),
    documents: documents(p),
    identifiers: identifiers(p, jurisdiction.code),
    events: events(p, jurisdiction.timeZone),
    cases: p.cases.map((c, i) => ({
      reference: c.case_no,
      role: c.involvement ? role(`cases[${i}].involvement`, c.involvement) : null,
      // Free text in the schema: a status word we do not know yet passes through, upper-cased.
      status: c.case_status && (CASE_STATUSES.get(word(c.case_status)) ?? word(c.case_status).toUpperCase().replace(/ /g, '_')),
      exploitationTypes: c.exploitation.map(exploitationCode),
      // Counted in operation summaries: an offense we cannot name fails the record (lookup throws).
      offences: unique(c.offenses.map((o, j) => lookup(OFFENCES, `cases[${i}].offenses[${j}]`, o))),
    })),
    handling: { code: p.handling_code, releasableTo: unique(p.release_to.map((c, i) => countryField(`release_to[${i}]`, c))), contact: jurisdiction.contact },
    updatedAt: updatedAt(p.last_modified),
  };
}
