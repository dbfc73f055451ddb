import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { countryField } from '../kit/mapping/countries';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { toE164 } from '../kit/mapping/phones';
import { recordId, type CaseInvolvement, type Identifier, type IdentifierKind, type PersonRecord, type RecordEvent, type TravelDocument } from '../kit/record/person-record';
import { idnNames } from './name';
import { parseIndonesianDate, parseIndonesianDateTime, parseTimestamp } from './native-dates';
import { readSubject, type NativeSubject } from './native-record';
import { offenceOf } from './offences';
import { CONTACT_KINDS, DOCUMENT_STATUSES, DOCUMENT_TYPES, EVENT_TYPES, EXPLOITATION_TYPES, ROLES, SEXES, caseStatus, decode } from './vocabulary';

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const country = (field: string, code: string | null): string | null => code && countryField(field, code);

function documents(s: NativeSubject): TravelDocument[] {
  return s.dokumen.map((d, i) => {
    const field = `dokumen[${i}]`;
    const number = normaliseDocumentNumber(d.nomor);
    if (!number) throw new MappingError(`${field}.nomor`, d.nomor, 'not a document number');
    return {
      type: decode(`${field}.jenis`, DOCUMENT_TYPES, d.jenis),
      number,
      rawNumber: d.nomor,
      issuingCountry: country(`${field}.negara_penerbit`, d.negara_penerbit),
      expiry: d.berlaku_sampai ? parseIndonesianDate(`${field}.berlaku_sampai`, d.berlaku_sampai) : null,
      status: d.status ? decode(`${field}.status`, DOCUMENT_STATUSES, d.status) : 'UNKNOWN',
    };
  });
}

function identifiers(s: NativeSubject, home: string): Identifier[] {
  // A value that does not normalise (a truncated number) is still what the agency holds: it is
  // served as recorded, and the index simply cannot match on it.
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
    ...s.telepon.map((raw) => normalise('PHONE', raw)),
    ...s.kontak_lain.map((c, i) => normalise(decode(`kontak_lain[${i}].jenis`, CONTACT_KINDS, c.jenis), c.nilai)),
  ].filter((id) => id.value !== '');
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function events(s: NativeSubject, timeZone: string): RecordEvent[] {
  return s.peristiwa.map((e, i) => {
    const field = `peristiwa[${i}]`;
    const where = e.negara || e.lokasi || e.tempat ? { country: country(`${field}.negara`, e.negara), locality: e.lokasi, facility: e.tempat } : null;
    return {
      type: decode(`${field}.jenis`, EVENT_TYPES, e.jenis),
      when: e.waktu ? parseIndonesianDateTime(`${field}.waktu`, e.waktu, timeZone) : null,
      where,
      operation: e.kode_operasi,
      summary: e.uraian,
    };
  });
}

function cases(s: NativeSubject): CaseInvolvement[] {
  return s.perkara.map((c, i) => ({
    reference: c.nomor_perkara,
    role: c.peran ? decode(`perkara[${i}].peran`, ROLES, c.peran) : null,
    status: c.tahap && caseStatus(c.tahap),
    exploitationTypes: unique(c.eksploitasi.map((x, j) => decode(`perkara[${i}].eksploitasi[${j}]`, EXPLOITATION_TYPES, x))),
    offences: unique(c.pasal.map((p, j) => offenceOf(`perkara[${i}].pasal[${j}]`, p))),
  }));
}

/** One POLRI / Imigrasi subject record as an IDN PersonRecord. Throws MappingError naming the native field. */
export function mapIdnRecord(raw: unknown, jurisdiction: Jurisdiction): PersonRecord {
  const s = readSubject(raw);
  if (!jurisdiction.agencies.includes(s.instansi)) throw new MappingError('instansi', s.instansi, `not an agency of ${jurisdiction.code}`);
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (s.kode_penanganan !== null && !/^H[0-3]$/.test(s.kode_penanganan)) throw new MappingError('kode_penanganan', s.kode_penanganan, 'not H0 to H3');
  return {
    id: recordId(jurisdiction.code, s.instansi, s.nomor_registrasi),
    jurisdiction: jurisdiction.code,
    agency: s.instansi,
    roles: unique(s.peran.map((r, i) => decode(`peran[${i}]`, ROLES, r))),
    names: idnNames(s),
    sex: s.jenis_kelamin ? decode('jenis_kelamin', SEXES, s.jenis_kelamin) : 'UNKNOWN',
    dateOfBirth: s.tanggal_lahir ? parseIndonesianDate('tanggal_lahir', s.tanggal_lahir) : null,
    nationalities: unique(s.kewarganegaraan.map((n, i) => countryField(`kewarganegaraan[${i}]`, n))),
    documents: documents(s),
    identifiers: identifiers(s, jurisdiction.code),
    events: events(s, jurisdiction.timeZone),
    cases: cases(s),
    handling: { code: s.kode_penanganan, releasableTo: unique(s.dapat_dibagikan_ke.map((c, i) => countryField(`dapat_dibagikan_ke[${i}]`, c))), contact: jurisdiction.contact },
    updatedAt: s.diperbarui ? parseTimestamp('diperbarui', s.diperbarui) : null,
  };
}

/**
 * mapIdnRecord with the error in place of the record, so one bad record never fails its batch or
 * page. Errors other than MappingError are replaced: their messages reach clients and may quote
 * native data.
 */
export function mapOrError(raw: unknown, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapIdnRecord(raw, jurisdiction);
  } catch (error) {
    return error instanceof MappingError ? error : new MappingError('record', undefined, 'could not be mapped');
  }
}
