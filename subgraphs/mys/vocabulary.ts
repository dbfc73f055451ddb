// The PDRM / JIM database's codes and what they mean in the shared schema. An unknown code is a
// MappingError for that record: guessing would put a wrong role or event in front of an investigator.
import { MappingError } from '../kit/mapping/mapping-error';
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';

/** `peranan` and `kes_orang.peranan`. */
export const ROLES: Readonly<Record<string, PersonRole>> = {
  MANGSA: 'VICTIM',
  MANGSA_BERPOTENSI: 'POTENTIAL_VICTIM',
  SUSPEK: 'SUSPECT',
  // Orang kena tuduh: the accused, on charge sheets.
  OKT: 'SUSPECT',
  SAKSI: 'WITNESS',
  // Pendatang asing tanpa izin: a migrant without a valid pass.
  PATI: 'IRREGULAR_MIGRANT',
  FASILITATOR: 'FACILITATOR',
};

/** `jantina`: lelaki, perempuan, lain-lain. NULL (not recorded) is UNKNOWN. */
export const SEXES: Readonly<Record<string, Sex>> = { L: 'MALE', P: 'FEMALE', LL: 'OTHER' };

/** `peristiwa.jenis`. JIM's older rows split border crossings into entry and exit. */
export const EVENT_TYPES: Readonly<Record<string, EventType>> = {
  PEREKRUTAN: 'RECRUITMENT',
  TRANSIT: 'TRANSIT',
  LINTAS_SEMPADAN: 'BORDER_CROSSING',
  MASUK: 'BORDER_CROSSING',
  KELUAR: 'BORDER_CROSSING',
  EKSPLOITASI: 'EXPLOITATION',
  PINTASAN: 'INTERCEPTION',
  PENYELAMATAN: 'RESCUE',
  TANGKAPAN: 'ARREST',
  PERTUDUHAN: 'CHARGE',
  SABITAN: 'CONVICTION',
  HANTAR_PULANG: 'REPATRIATION',
};

/** `dokumen_perjalanan.jenis`, as TravelDocument.type. */
export const DOCUMENT_TYPES: Readonly<Record<string, string>> = {
  PASPORT: 'PASSPORT',
  KAD_PENGENALAN: 'NATIONAL_ID',
  VISA: 'VISA',
  PERMIT_PERJALANAN: 'TRAVEL_PERMIT',
  BUKU_PELAUT: 'SEAMAN_BOOK',
};

/** `dokumen_perjalanan.status`: JIM's document check. NULL means not checked. */
export const DOCUMENT_STATUSES: Readonly<Record<string, DocumentStatus>> = {
  SAH: 'VALID',
  TAMAT_TEMPOH: 'EXPIRED',
  DICURI: 'STOLEN',
  HILANG: 'LOST',
  DIBATALKAN: 'REVOKED',
  BELUM_DISAHKAN: 'UNKNOWN',
};

/** `pengenal_lain.jenis`. */
export const OTHER_IDENTIFIERS: Readonly<Record<string, Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>>> = {
  EMEL: 'EMAIL',
  MEDIA_SOSIAL: 'SOCIAL_HANDLE',
  DOMPET_KRIPTO: 'CRYPTO_WALLET',
  AKAUN_BANK: 'BANK_ACCOUNT',
  IMEI: 'IMEI',
};

/**
 * `kes_orang.status`. The shared field is free text, so a status the table does not know is
 * served as recorded rather than refused; NFA (no further action) closes a person's part.
 */
export const CASE_STATUSES: Readonly<Record<string, string>> = {
  DIBUKA: 'OPEN',
  DALAM_SIASATAN: 'UNDER_INVESTIGATION',
  DITUDUH: 'CHARGED',
  DITUTUP: 'CLOSED',
  NFA: 'CLOSED',
};

/** `kes_orang.bentuk_eksploitasi`, in ATIPSOM 2007 s.2 terms, as UNODC forms of exploitation. */
export const EXPLOITATION_TYPES: Readonly<Record<string, string>> = {
  EKSPLOITASI_SEKS: 'SEXUAL_EXPLOITATION',
  BURUH_PAKSA: 'FORCED_LABOUR',
  // "Any illegal activity": the Act's words for forced criminality, as in the scam compounds.
  AKTIVITI_HARAM: 'FORCED_CRIMINALITY',
  PERHAMBAAN: 'SLAVERY',
  PENGHAMBAAN: 'SERVITUDE',
  PEMINDAHAN_ORGAN: 'ORGAN_REMOVAL',
};

/** A code as the desks type it: case and spacing vary, underscores or spaces between words. */
export const codeWord = (raw: string): string => raw.trim().toUpperCase().replace(/[\s_-]+/g, '_');

/** The shared value of a native code; an unknown code is a MappingError naming the field. */
export function decode<T>(field: string, table: Readonly<Record<string, T>>, raw: string): T {
  const found = Object.hasOwn(table, codeWord(raw)) ? table[codeWord(raw)] : undefined;
  if (found === undefined) throw new MappingError(field, raw, 'not a code of the PDRM / JIM system');
  return found;
}
