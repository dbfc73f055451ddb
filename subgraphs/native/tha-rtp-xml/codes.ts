// The Thai agencies' own vocabulary, as their records system writes it. The adapter in
// subgraphs/tha keeps its own copy of these tables on purpose: in a deployment it reads the real
// agency's system and must not depend on this simulator.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';

/** Person roles in Thai legal usage (Criminal Procedure Code and the 2008 Anti-Trafficking Act). */
export const ROLE_CODES: Record<PersonRole, string> = {
  SUSPECT: 'ผู้ต้องหา', // alleged offender
  VICTIM: 'ผู้เสียหาย', // injured party
  POTENTIAL_VICTIM: 'ผู้ที่อาจเป็นผู้เสียหาย', // person who may be an injured party (screening)
  WITNESS: 'พยาน',
  IRREGULAR_MIGRANT: 'ผู้เข้าเมืองโดยผิดกฎหมาย', // person who entered the kingdom unlawfully
  FACILITATOR: 'ผู้สนับสนุน', // supporter / accessory
};

/** Police write sex in Thai; the Immigration Bureau copies the passport's F / M / X. */
export const SEX_CODES: Record<'thai' | 'passport', Partial<Record<Sex, string>>> = {
  thai: { FEMALE: 'หญิง', MALE: 'ชาย', OTHER: 'อื่น ๆ' },
  passport: { FEMALE: 'F', MALE: 'M', OTHER: 'X' },
};

/** Event codes of the records system; a border crossing is recorded as an entry into the kingdom. */
export const EVENT_CODES: Record<EventType, string> = {
  RECRUITMENT: 'REC',
  TRANSIT: 'TRN',
  BORDER_CROSSING: 'ENT',
  EXPLOITATION: 'EXP',
  INTERCEPTION: 'ICP',
  RESCUE: 'RSC',
  ARREST: 'ARR',
  CHARGE: 'CHG',
  CONVICTION: 'CNV',
  REPATRIATION: 'RPT',
};

/** Passport status as the Immigration Bureau's document check reports it. */
export const DOCUMENT_STATUS_CODES: Record<DocumentStatus, string> = {
  VALID: 'ACTIVE',
  EXPIRED: 'EXPIRED',
  STOLEN: 'STOLEN',
  LOST: 'LOST',
  REVOKED: 'CANCELLED',
  UNKNOWN: 'UNVERIFIED',
};

/** `<Contact type="…">` for identifiers other than phones and documents. */
export const CONTACT_CODES: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>, string> = {
  EMAIL: 'EMAIL',
  SOCIAL_HANDLE: 'SOCIAL',
  CRYPTO_WALLET: 'WALLET',
  BANK_ACCOUNT: 'BANK',
  IMEI: 'IMEI',
};
