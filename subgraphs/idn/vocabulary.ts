// The POLRI / Imigrasi system's words, as its API documentation lists them, and what they mean in
// the shared schema. The simulator (subgraphs/native/idn-polri-json) keeps its own copy; the
// round-trip test there checks that the two agree. A word missing here is a MappingError.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';
import { MappingError } from '../kit/mapping/mapping-error';

export const ROLES: ReadonlyMap<string, PersonRole> = new Map([
  ['KORBAN', 'VICTIM'],
  ['TERDUGA KORBAN', 'POTENTIAL_VICTIM'],
  ['TERSANGKA', 'SUSPECT'],
  ['SAKSI', 'WITNESS'],
  // Indonesian workers who left outside the legal placement procedure (UU 18/2017)…
  ['PMI NONPROSEDURAL', 'IRREGULAR_MIGRANT'],
  // …and foreigners in Indonesia without a valid stay.
  ['WNA ILEGAL', 'IRREGULAR_MIGRANT'],
  ['PERANTARA', 'FACILITATOR'],
  ['CALO', 'FACILITATOR'],
]);

export const EVENT_TYPES: ReadonlyMap<string, EventType> = new Map([
  ['PEREKRUTAN', 'RECRUITMENT'],
  ['TRANSIT', 'TRANSIT'],
  ['PELINTASAN PERBATASAN', 'BORDER_CROSSING'],
  ['EKSPLOITASI', 'EXPLOITATION'],
  // Imigrasi holds back a departing passenger it suspects is being trafficked.
  ['PENUNDAAN KEBERANGKATAN', 'INTERCEPTION'],
  ['PENYELAMATAN', 'RESCUE'],
  ['PENANGKAPAN', 'ARREST'],
  ['PENUNTUTAN', 'CHARGE'],
  ['PUTUSAN', 'CONVICTION'],
  ['PEMULANGAN', 'REPATRIATION'],
  ['DEPORTASI', 'REPATRIATION'],
]);

/** Laki-laki / Perempuan, the two values Indonesian identity forms know. */
export const SEXES: ReadonlyMap<string, Sex> = new Map([
  ['L', 'MALE'],
  ['P', 'FEMALE'],
]);

export const DOCUMENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['PASPOR', 'PASSPORT'],
  ['KTP', 'NATIONAL_ID'],
  ['KARTU IDENTITAS', 'NATIONAL_ID'],
]);

export const DOCUMENT_STATUSES: ReadonlyMap<string, DocumentStatus> = new Map([
  ['BERLAKU', 'VALID'],
  ['KEDALUWARSA', 'EXPIRED'],
  ['DICURI', 'STOLEN'],
  ['HILANG', 'LOST'],
  ['DICABUT', 'REVOKED'],
  ['BELUM DIVERIFIKASI', 'UNKNOWN'],
]);

export const CONTACT_KINDS: ReadonlyMap<string, Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>> = new Map([
  ['EMAIL', 'EMAIL'],
  ['MEDIA SOSIAL', 'SOCIAL_HANDLE'],
  ['DOMPET KRIPTO', 'CRYPTO_WALLET'],
  ['REKENING BANK', 'BANK_ACCOUNT'],
  ['IMEI', 'IMEI'],
]);

/** Stages of Indonesian criminal procedure, as POLRI files them. */
export const CASE_STAGES: ReadonlyMap<string, string> = new Map([
  ['PENYELIDIKAN', 'OPEN'],
  ['PENYIDIKAN', 'UNDER_INVESTIGATION'],
  // P-21: the prosecutor declared the file complete and takes the case to court.
  ['P-21', 'CHARGED'],
  ['TAHAP II', 'CHARGED'],
  ['SELESAI', 'CLOSED'],
  // SP3: investigation stopped.
  ['SP3', 'CLOSED'],
]);

export const EXPLOITATION_TYPES: ReadonlyMap<string, string> = new Map([
  ['EKSPLOITASI SEKSUAL', 'SEXUAL_EXPLOITATION'],
  ['KERJA PAKSA', 'FORCED_LABOUR'],
  ['KRIMINALITAS PAKSA', 'FORCED_CRIMINALITY'],
]);

/** Native words compared the way clerks vary them: case, underscores, doubled spaces. */
export function word(text: string): string {
  return text.normalize('NFC').trim().toUpperCase().replace(/[_\s]+/g, ' ');
}

/** The shared value of a native word, or a MappingError naming the field (never the word). */
export function decode<T>(field: string, table: ReadonlyMap<string, T>, raw: string): T {
  const found = table.get(word(raw));
  if (found === undefined) throw new MappingError(field, raw, 'not a word of the POLRI / Imigrasi vocabulary');
  return found;
}

/**
 * A case stage in the shared schema. Status is free text there, so a stage the table does not
 * know yet passes through in the shared spelling rather than failing the record.
 */
export function caseStatus(raw: string): string {
  return CASE_STAGES.get(word(raw)) ?? word(raw).replace(/ /g, '_');
}
