// The Thai system's native codes and what they mean in the shared schema. An unknown code is a
// MappingError for that record: guessing would put a wrong role or event in front of an investigator.
import { MappingError } from '../kit/mapping/mapping-error';
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';

/**
 * `<Role>` and `<Case role>`: Thai legal terms (Criminal Procedure Code; Anti-Trafficking in
 * Persons Act B.E. 2551), and the shared codes themselves, which some exports write instead.
 */
export const ROLES: Readonly<Record<string, PersonRole>> = {
  'ผู้ต้องหา': 'SUSPECT', // alleged offender
  'ผู้เสียหาย': 'VICTIM', // injured party
  'ผู้ที่อาจเป็นผู้เสียหาย': 'POTENTIAL_VICTIM', // person who may be an injured party (screening)
  'พยาน': 'WITNESS',
  'ผู้เข้าเมืองโดยผิดกฎหมาย': 'IRREGULAR_MIGRANT', // entered the kingdom unlawfully
  'ผู้สนับสนุน': 'FACILITATOR', // supporter / accessory
  SUSPECT: 'SUSPECT',
  VICTIM: 'VICTIM',
  POTENTIAL_VICTIM: 'POTENTIAL_VICTIM',
  WITNESS: 'WITNESS',
  IRREGULAR_MIGRANT: 'IRREGULAR_MIGRANT',
  FACILITATOR: 'FACILITATOR',
};

/** `<Gender>`: police write Thai words, the Immigration Bureau the passport's letter. */
export const SEXES: Readonly<Record<string, Sex>> = {
  'หญิง': 'FEMALE',
  'ชาย': 'MALE',
  'อื่น ๆ': 'OTHER',
  'ไม่ทราบ': 'UNKNOWN', // not known
  F: 'FEMALE',
  M: 'MALE',
  X: 'OTHER',
  U: 'UNKNOWN',
};

/** `<Event type>`: the system's event codes. Entry and exit are both border crossings. */
export const EVENT_TYPES: Readonly<Record<string, EventType>> = {
  REC: 'RECRUITMENT',
  TRN: 'TRANSIT',
  ENT: 'BORDER_CROSSING',
  EXT: 'BORDER_CROSSING',
  EXP: 'EXPLOITATION',
  ICP: 'INTERCEPTION',
  RSC: 'RESCUE',
  ARR: 'ARREST',
  CHG: 'CHARGE',
  CNV: 'CONVICTION',
  RPT: 'REPATRIATION',
};

/** `<Passport status>`: the Immigration Bureau's document check. No status means not checked. */
export const DOCUMENT_STATUSES: Readonly<Record<string, DocumentStatus>> = {
  ACTIVE: 'VALID',
  EXPIRED: 'EXPIRED',
  STOLEN: 'STOLEN',
  LOST: 'LOST',
  CANCELLED: 'REVOKED',
  UNVERIFIED: 'UNKNOWN',
};

/** `<Contact type>`: identifiers other than phones and documents. */
export const CONTACT_KINDS: Readonly<Record<string, IdentifierKind>> = {
  EMAIL: 'EMAIL',
  SOCIAL: 'SOCIAL_HANDLE',
  WALLET: 'CRYPTO_WALLET',
  BANK: 'BANK_ACCOUNT',
  IMEI: 'IMEI',
};

/** The shared offence codes (schema/shared/record.graphql, CaseInvolvement.offences). */
export type OffenceCode =
  | 'TRAFFICKING_IN_PERSONS'
  | 'MIGRANT_SMUGGLING'
  | 'FRAUD'
  | 'ILLEGAL_GAMBLING'
  | 'DOCUMENT_FRAUD'
  | 'MONEY_LAUNDERING'
  | 'IMMIGRATION_OFFENCE';

/**
 * `<Case><Offence code>`: statute and section charged, `<act><B.E. year>-<section>`, or
 * `PC-<section>` for the Criminal Code. The element's text (a Thai title) is not read. Operation
 * summaries count trafficking and smuggling arrests from these, so only the sections listed map;
 * any other code fails the record.
 */
export const OFFENCES: Readonly<Record<string, OffenceCode>> = {
  'TIP2551-6': 'TRAFFICKING_IN_PERSONS', // Anti-Trafficking in Persons Act B.E. 2551, s. 6
  'IMM2522-63': 'MIGRANT_SMUGGLING', // Immigration Act B.E. 2522, s. 63: bringing aliens in unlawfully
  'IMM2522-64': 'MIGRANT_SMUGGLING', // s. 64: harbouring aliens who entered unlawfully
  'PC-343': 'FRAUD', // Criminal Code s. 343: fraud on the public
  'PC-341': 'FRAUD', // Criminal Code s. 341: fraud
  'GMB2478-4': 'ILLEGAL_GAMBLING', // Gambling Act B.E. 2478, s. 4
  'PC-264': 'DOCUMENT_FRAUD', // Criminal Code s. 264: forgery of documents
  'PC-265': 'DOCUMENT_FRAUD', // s. 265: forgery of official documents
  'PC-268': 'DOCUMENT_FRAUD', // s. 268: use of forged documents
  'AML2542-5': 'MONEY_LAUNDERING', // Anti-Money Laundering Act B.E. 2542, s. 5
  'IMM2522-62': 'IMMIGRATION_OFFENCE', // Immigration Act B.E. 2522, s. 62: entry or exit outside a checkpoint
  'IMM2522-81': 'IMMIGRATION_OFFENCE', // s. 81: staying without permission
};

/** The meaning of a native code, or a MappingError naming the field. Codes compare upper-cased. */
export function decode<T>(field: string, table: Readonly<Record<string, T>>, raw: string): T {
  const key = raw.trim();
  const value = Object.hasOwn(table, key) ? table[key] : Object.hasOwn(table, key.toUpperCase()) ? table[key.toUpperCase()] : undefined;
  if (value === undefined) throw new MappingError(field, raw, 'not a known code');
  return value;
}
