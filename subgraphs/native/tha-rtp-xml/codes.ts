// The Thai agencies' own vocabulary, as their records system writes it. The adapter in
// subgraphs/tha keeps its own copy of these tables on purpose: in a deployment it reads the real
// agency's system and must not depend on this simulator.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';

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

/**
 * `<Offence code="…">title</Offence>` inside a `<Case>`: the statute and section charged, coded
 * `<act><B.E. year>-<section>`, or `PC-<section>` for the Criminal Code (ประมวลกฎหมายอาญา). The text
 * is the offence's Thai title, for the reader; the code is what counts.
 *
 * | code       | statute, section                                       | offence                                     |
 * |------------|--------------------------------------------------------|---------------------------------------------|
 * | TIP2551-6  | Anti-Trafficking in Persons Act B.E. 2551 (2008), s. 6 | trafficking in persons                      |
 * | IMM2522-63 | Immigration Act B.E. 2522 (1979), s. 63                | bringing aliens into the kingdom unlawfully |
 * | PC-343     | Criminal Code, s. 343                                  | fraud on the public                         |
 * | GMB2478-4  | Gambling Act B.E. 2478 (1935), s. 4                    | gambling without a licence                  |
 * | PC-264     | Criminal Code, s. 264                                  | forgery of documents                        |
 * | AML2542-5  | Anti-Money Laundering Act B.E. 2542 (1999), s. 5       | money laundering                            |
 * | IMM2522-81 | Immigration Act B.E. 2522 (1979), s. 81                | staying in the kingdom without permission   |
 *
 * The adapter (subgraphs/tha/codes.ts) also reads a few other sections of the same offences.
 */
export const OFFENCE_CODES: Record<Offence, { code: string; title: string }> = {
  TRAFFICKING_IN_PERSONS: { code: 'TIP2551-6', title: 'ค้ามนุษย์' },
  MIGRANT_SMUGGLING: { code: 'IMM2522-63', title: 'นำหรือพาคนต่างด้าวเข้ามาในราชอาณาจักรโดยผิดกฎหมาย' },
  FRAUD: { code: 'PC-343', title: 'ฉ้อโกงประชาชน' },
  ILLEGAL_GAMBLING: { code: 'GMB2478-4', title: 'การพนันโดยไม่ได้รับอนุญาต' },
  DOCUMENT_FRAUD: { code: 'PC-264', title: 'ปลอมเอกสาร' },
  MONEY_LAUNDERING: { code: 'AML2542-5', title: 'ฟอกเงิน' },
  IMMIGRATION_OFFENCE: { code: 'IMM2522-81', title: 'อยู่ในราชอาณาจักรโดยไม่ได้รับอนุญาต' },
};
