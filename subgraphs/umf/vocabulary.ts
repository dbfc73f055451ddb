// The standard format's code lists, and what they are in the shared schema. Most of its codes are
// ours already (roles, event types, offences, document statuses); the rest are translated here.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Script, Sex } from '../kit/record/person-record';

export const ROLES = ['SUSPECT', 'VICTIM', 'POTENTIAL_VICTIM', 'WITNESS', 'IRREGULAR_MIGRANT', 'FACILITATOR'] as const satisfies readonly PersonRole[];

export const EVENT_TYPES = [
  'RECRUITMENT', 'TRANSIT', 'BORDER_CROSSING', 'EXPLOITATION', 'INTERCEPTION',
  'RESCUE', 'ARREST', 'CHARGE', 'CONVICTION', 'REPATRIATION',
] as const satisfies readonly EventType[];

export const DOCUMENT_STATUSES = ['VALID', 'EXPIRED', 'STOLEN', 'LOST', 'REVOKED', 'UNKNOWN'] as const satisfies readonly DocumentStatus[];

/** Offences in the shared codes: operation summaries count arrests by them, so the list is closed. */
export const OFFENCES = [
  'TRAFFICKING_IN_PERSONS', 'MIGRANT_SMUGGLING', 'FRAUD', 'ILLEGAL_GAMBLING',
  'DOCUMENT_FRAUD', 'MONEY_LAUNDERING', 'IMMIGRATION_OFFENCE',
] as const;

export const HANDLING_CODES = ['H0', 'H1', 'H2', 'H3'] as const;

export const SEXES = { F: 'FEMALE', M: 'MALE', X: 'OTHER', U: 'UNKNOWN' } as const satisfies Record<string, Sex>;

/** ICAO 9303 document codes. */
export const DOCUMENT_TYPES = { P: 'PASSPORT', ID: 'NATIONAL_ID', V: 'VISA' } as const;

export const CONTACT_KINDS = {
  phone: 'PHONE',
  email: 'EMAIL',
  social: 'SOCIAL_HANDLE',
  wallet: 'CRYPTO_WALLET',
  bank: 'BANK_ACCOUNT',
  imei: 'IMEI',
} as const satisfies Record<string, IdentifierKind>;

export const NAME_KINDS = { primary: 'PRIMARY', alias: 'ALIAS', birth: 'BIRTH' } as const;

/**
 * ISO 15924 codes the shared schema has a value for; scripts it has none for are OTHER. `Jpan`
 * (Han and kana) is absent on purpose: the kit reads from the text whether a name is kanji (HAN).
 * Codes not listed here are read from the text as well.
 */
export const SCRIPTS: Readonly<Record<string, Script>> = {
  Latn: 'LATIN',
  Arab: 'ARABIC',
  Cyrl: 'CYRILLIC',
  Hani: 'HAN',
  Hans: 'HAN',
  Hant: 'HAN',
  Thai: 'THAI',
  Khmr: 'KHMER',
  Hang: 'OTHER',
  Grek: 'OTHER',
  Deva: 'OTHER',
  Geor: 'OTHER',
  Armn: 'OTHER',
};
