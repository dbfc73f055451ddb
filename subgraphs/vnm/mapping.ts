import type { Jurisdiction } from '../../schema/registry/registry';
import { normaliseIdentifier } from '../kit/identifiers/normalise';
import { countryField } from '../kit/mapping/countries';
import { normaliseDocumentNumber } from '../kit/mapping/documents';
import { MappingError } from '../kit/mapping/mapping-error';
import { toE164 } from '../kit/mapping/phones';
import { recordId, type CaseInvolvement, type Identifier, type IdentifierKind, type PersonRecord, type RecordEvent, type TravelDocument } from '../kit/record/person-record';
import { MPS } from './global-id';
import { vnmName } from './name';
import { parseLocalStamp, parseVnDate, parseVnDateTime } from './native-dates';
import { readRow, type NativeRow } from './native-row';
import type { ExportLine } from './parse-export';
import {
  CASE_STATUSES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  EVENT_TYPES,
  EXPLOITATION_TYPES,
  OTHER_IDENTIFIERS,
  ROLES,
  SEXES,
  decode,
  fold,
  offenceOf,
} from './vocabulary';

const unique = <T>(items: T[]): T[] => [...new Set(items)];
const country = (field: string, code: string | undefined): string | null => (code ? countryField(field, code) : null);

function documents(row: NativeRow): TravelDocument[] {
  return row.giay_to.map((d, i) => {
    const field = `giay_to[${i}]`;
    const number = normaliseDocumentNumber(d.so);
    if (!number) throw new MappingError(`${field}.so`, d.so, 'not a document number');
    return {
      type: decode(`${field}.loai`, DOCUMENT_TYPES, d.loai),
      number,
      rawNumber: d.so,
      issuingCountry: country(`${field}.noi_cap`, d.noi_cap),
      expiry: d.ngay_het_han ? parseVnDate(`${field}.ngay_het_han`, d.ngay_het_han) : null,
      status: d.tinh_trang ? decode(`${field}.tinh_trang`, DOCUMENT_STATUSES, d.tinh_trang) : 'UNKNOWN',
    };
  });
}

function identifiers(row: NativeRow, home: string): Identifier[] {
  // A value that does not normalise (a truncated number) is still what the agency holds: it is
  // served as recorded, and the index cannot match on it.
  const identifier = (kind: IdentifierKind, raw: string): Identifier => {
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
    ...row.so_dien_thoai.map((raw) => identifier('PHONE', raw)),
    ...row.email.map((raw) => identifier('EMAIL', raw)),
    ...row.dinh_danh_khac.flatMap((o, i) =>
      o.gia_tri ? [identifier(decode(`dinh_danh_khac[${i}].loai`, OTHER_IDENTIFIERS, o.loai), o.gia_tri)] : [],
    ),
  ];
  const first = new Map<string, Identifier>();
  for (const id of all) if (!first.has(`${id.kind}|${id.value}`)) first.set(`${id.kind}|${id.value}`, id);
  return [...first.values()];
}

function events(row: NativeRow, timeZone: string): RecordEvent[] {
  return row.su_kien.map((e, i) => {
    const field = `su_kien[${i}]`;
    const where = { country: country(`${field}.quoc_gia`, e.quoc_gia), locality: e.dia_diem ?? null, facility: e.co_so ?? null };
    return {
      type: decode(`${field}.loai`, EVENT_TYPES, e.loai),
      when: e.thoi_gian ? parseVnDateTime(`${field}.thoi_gian`, e.thoi_gian, timeZone) : null,
      where: where.country || where.locality || where.facility ? where : null,
      operation: e.chuyen_an ?? null,
      summary: e.tom_tat ?? null,
    };
  });
}

/** A UNODC code from the export's words, or the code itself, which some desks type. */
function exploitationCode(field: string, raw: string): string {
  const code = EXPLOITATION_TYPES.get(fold(raw)) ?? (/^[A-Z]+(?:_[A-Z]+)*$/.test(raw) ? raw : undefined);
  if (code === undefined) throw new MappingError(field, raw, 'not a form of exploitation this adapter maps');
  return code;
}

function cases(row: NativeRow): CaseInvolvement[] {
  return row.vu_an.map((c, i) => {
    const field = `vu_an[${i}]`;
    return {
      reference: c.so_vu_an,
      role: c.vai_tro ? decode(`${field}.vai_tro`, ROLES, c.vai_tro) : null,
      // Free text in the schema: a status we do not know yet passes through, romanised and upper-cased.
      status: c.tinh_trang ? (CASE_STATUSES.get(fold(c.tinh_trang)) ?? fold(c.tinh_trang).toUpperCase().replace(/ /g, '_')) : null,
      exploitationTypes: unique(c.hinh_thuc_boc_lot.map((x, j) => exploitationCode(`${field}.hinh_thuc_boc_lot[${j}]`, x))),
      // Counted in operation summaries: an article we cannot name fails the record (offenceOf throws).
      offences: unique(c.toi_danh.map((o, j) => offenceOf(`${field}.toi_danh[${j}]`, o))),
    };
  });
}

/** One checked export row as a VNM PersonRecord. Throws MappingError naming the first bad column. */
export function mapVnmRow(row: NativeRow, jurisdiction: Jurisdiction): PersonRecord {
  // Policy decisions hang on the handling code: one we do not know must not pass as permissive.
  if (row.ma_xu_ly !== undefined && !/^H[0-3]$/.test(row.ma_xu_ly)) throw new MappingError('ma_xu_ly', row.ma_xu_ly, 'not H0 to H3');
  return {
    id: recordId(jurisdiction.code, MPS, row.so_ho_so),
    jurisdiction: jurisdiction.code,
    agency: MPS,
    roles: unique(row.vai_tro.map((r, i) => decode(`vai_tro[${i}]`, ROLES, r))),
    names: [vnmName(row)],
    sex: row.gioi_tinh ? decode('gioi_tinh', SEXES, row.gioi_tinh) : 'UNKNOWN',
    dateOfBirth: row.ngay_sinh ? parseVnDate('ngay_sinh', row.ngay_sinh) : null,
    nationalities: unique(row.quoc_tich.map((c, i) => countryField(`quoc_tich[${i}]`, c))),
    documents: documents(row),
    identifiers: identifiers(row, jurisdiction.code),
    events: events(row, jurisdiction.timeZone),
    cases: cases(row),
    handling: {
      code: row.ma_xu_ly ?? null,
      releasableTo: unique(row.chia_se_voi.map((c, i) => countryField(`chia_se_voi[${i}]`, c))),
      contact: jurisdiction.contact,
    },
    updatedAt: row.cap_nhat_luc ? parseLocalStamp('cap_nhat_luc', row.cap_nhat_luc, jurisdiction.timeZone) : null,
  };
}

/**
 * One export line, checked and mapped; an Error in place of a record that cannot be, so one bad
 * line never fails its batch or page. Errors other than MappingError are replaced: their messages
 * reach clients and may quote native data.
 */
export function mapLineOrError(line: ExportLine, jurisdiction: Jurisdiction): PersonRecord | Error {
  try {
    return mapVnmRow(readRow(line), jurisdiction);
  } catch (error) {
    return error instanceof MappingError ? error : new MappingError('row', undefined, 'could not be mapped');
  }
}
