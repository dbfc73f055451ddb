import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { countryField } from '../kit/mapping/countries';
import { parseIsoDate } from '../kit/mapping/dates';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { toE164 } from '../kit/mapping/phones';
import { recordId, type CaseInvolvement, type Identifier, type IdentifierKind, type PersonRecord, type RecordEvent, type TravelDocument } from '../kit/record/person-record';
import { mysName } from './name';
import { nationalityOf } from './nationality';
import { birthDate, eventDate, updatedAt } from './native-dates';
import { readNativePerson, type NativePerson } from './native-record';
import { offenceOf } from './offences';
import { CASE_STATUSES, DOCUMENT_STATUSES, DOCUMENT_TYPES, EVENT_TYPES, EXPLOITATION_TYPES, OTHER_IDENTIFIERS, ROLES, SEXES, codeWord, decode } from './vocabulary';

const unique = <T>(items: T[]): T[] => [...new Set(items)];

function document(d: NativePerson['dokumen_perjalanan'][number], i: number): TravelDocument {
  const field = `dokumen_perjalanan[${i}]`;
  const number = normaliseDocumentNumber(d.no_dokumen);
  if (!number) throw new MappingError(`${field}.no_dokumen`, d.no_dokumen, 'not a document number');
  return {
    type: decode(`${field}.jenis`, DOCUMENT_TYPES, d.jenis),
    number,
    rawNumber: d.no_dokumen,
    issuingCountry: d.negara_pengeluar && countryField(`${field}.negara_pengeluar`, d.negara_pengeluar),
    expiry: d.tarikh_luput ? parseIsoDate(`${field}.tarikh_luput`, d.tarikh_luput) : null,
    status: d.status ? decode(`${field}.status`, DOCUMENT_STATUSES, d.status) : 'UNKNOWN',
  };
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
    ...p.telefon.map((raw) => normalise('PHONE', raw)),
    ...p.pengenal_lain.map((o, i) => normalise(decode(`pengenal_lain[${i}].jenis`, OTHER_IDENTIFIERS, o.jenis), o.nilai)),
  ].filter((id) => id.value !== '');
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function event(e: NativePerson['peristiwa'][number], i: number, timeZone: string): RecordEvent {
  const field = `peristiwa[${i}]`;
  const country = e.negara && countryField(`${field}.negara`, e.negara);
  return {
    type: decode(`${field}.jenis`, EVENT_TYPES, e.jenis),
    when: eventDate(field, e.masa_tempatan, e.zon_waktu, e.ketepatan, timeZone),
    where: country || e.lokaliti || e.premis ? { country, locality: e.lokaliti, facility: e.premis } : null,
    operation: e.kod_operasi,
    summary: e.ringkasan,
  };
}

function involvement(k: NativePerson['kes_orang'][number], i: number): CaseInvolvement {
  const field = `kes_orang[${i}]`;
  return {
    reference: k.no_kes,
    role: k.peranan ? decode(`${field}.peranan`, ROLES, k.peranan) : null,
    status: k.status && (CASE_STATUSES[codeWord(k.status)] ?? codeWord(k.status)),
    exploitationTypes: unique(k.bentuk_eksploitasi.map((x, j) => decode(`${field}.bentuk_eksploitasi[${j}]`, EXPLOITATION_TYPES, x))),
    offences: unique(k.kes_kesalahan.map((c, j) => offenceOf(`${field}.kes_kesalahan[${j}].peruntukan`, c))),
  };
}

/** One PDRM / JIM person in the shared schema. Throws MappingError naming the first bad column. */
export function mapMysPerson(p: NativePerson, jurisdiction: Jurisdiction): PersonRecord {
  if (!jurisdiction.agencies.includes(p.agensi)) throw new MappingError('agensi', p.agensi, `not an agency of ${jurisdiction.code}`);
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (p.kod_kawalan !== null && !/^H[0-3]$/.test(p.kod_kawalan)) throw new MappingError('kod_kawalan', p.kod_kawalan, 'not H0 to H3');
  return {
    id: recordId(jurisdiction.code, p.agensi, p.no_rujukan),
    jurisdiction: jurisdiction.code,
    agency: p.agensi,
    roles: unique(p.peranan.map((r, i) => decode(`peranan[${i}]`, ROLES, r))),
    names: [mysName(p)],
    sex: p.jantina === null ? 'UNKNOWN' : decode('jantina', SEXES, p.jantina),
    dateOfBirth: birthDate(p),
    nationalities: unique(p.warganegara.map((n, i) => nationalityOf(`warganegara[${i}]`, n))),
    documents: p.dokumen_perjalanan.map(document),
    identifiers: identifiers(p, jurisdiction.code),
    events: p.peristiwa.map((e, i) => event(e, i, jurisdiction.timeZone)),
    cases: p.kes_orang.map(involvement),
    handling: {
      code: p.kod_kawalan,
      releasableTo: unique(p.boleh_dikongsi.map((c, i) => countryField(`boleh_dikongsi[${i}]`, c))),
      contact: jurisdiction.contact,
    },
    updatedAt: updatedAt(p.dikemaskini, jurisdiction.timeZone),
  };
}

/**
 * An assembled record, checked and mapped; an Error in place of one that cannot be, so one bad row
 * never fails its batch or page. Errors other than MappingError are replaced: their messages reach
 * clients and may quote native data.
 */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapMysPerson(readNativePerson(raw), jurisdiction);
  } catch (error) {
    return error instanceof MappingError ? error : new MappingError('orang', undefined, 'could not be mapped');
  }
}
