// The I-24/7 system's codes and words, as its documentation lists them, and what they mean in the
// shared schema. The simulator writes the same words; its round-trip test checks they agree.
import type { DocumentStatus, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';

export const NOTICE_COLOURS = ['RED', 'YELLOW', 'BLUE', 'GREEN', 'BLACK', 'ORANGE', 'PURPLE'] as const;
export type NoticeColour = (typeof NOTICE_COLOURS)[number];
export type NoticeKind = 'NOTICE' | 'DIFFUSION';

export const NOTICE_KINDS: ReadonlyMap<string, NoticeKind> = new Map([
  ['NOTICE', 'NOTICE'],
  ['DIFFUSION', 'DIFFUSION'],
]);

/**
 * The role a colour implies for its subject; a diffusion of a colour asks for the same thing.
 * BLUE (identity, location, activities), BLACK (unidentified body) and ORANGE (imminent threat)
 * say nothing about the person's part in a trafficking case, so they imply no role. YELLOW's
 * missing person is a potential victim until the requesting country identifies them
 * (`victim_identified`).
 */
export const COLOUR_ROLES: ReadonlyMap<NoticeColour, readonly PersonRole[]> = new Map<NoticeColour, readonly PersonRole[]>([
  ['RED', ['SUSPECT']],
  ['YELLOW', ['POTENTIAL_VICTIM']],
  ['BLUE', []],
  ['GREEN', ['SUSPECT']],
  ['BLACK', []],
  ['ORANGE', []],
  ['PURPLE', ['FACILITATOR']],
]);

/** Notice states as case statuses; PENDING notices await the General Secretariat's compliance review. */
export const NOTICE_STATES: ReadonlyMap<string, string> = new Map([
  ['PUBLISHED', 'OPEN'],
  ['PENDING', 'PENDING_REVIEW'],
  ['CANCELLED', 'CLOSED'],
  ['WITHDRAWN', 'CLOSED'],
]);

export const SEXES: ReadonlyMap<string, Sex> = new Map([
  ['F', 'FEMALE'],
  ['M', 'MALE'],
  ['X', 'OTHER'],
  ['U', 'UNKNOWN'],
]);

export const DOCUMENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['PASSPORT', 'PASSPORT'],
  ['NATIONAL_ID_CARD', 'NATIONAL_ID'],
  ['SEAMAN_BOOK', 'SEAMAN_BOOK'],
  ['VISA', 'VISA'],
  ['TRAVEL_PERMIT', 'TRAVEL_PERMIT'],
]);

export const OTHER_IDENTIFIERS: ReadonlyMap<string, Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT' | 'EMAIL'>> = new Map([
  ['SOCIAL_MEDIA', 'SOCIAL_HANDLE'],
  ['VIRTUAL_ASSET_ADDRESS', 'CRYPTO_WALLET'],
  ['BANK_ACCOUNT', 'BANK_ACCOUNT'],
  ['IMEI', 'IMEI'],
]);

/** SLTD statuses; a stolen blank (never personalised) document is still a stolen one. */
export const SLTD_STATUSES: ReadonlyMap<string, DocumentStatus> = new Map([
  ['STOLEN', 'STOLEN'],
  ['STOLEN_BLANK', 'STOLEN'],
  ['LOST', 'LOST'],
  ['REVOKED', 'REVOKED'],
  ['INVALIDATED', 'REVOKED'],
]);

/** The shared offence codes (schema/shared/record.graphql, CaseInvolvement.offences). */
export type OffenceCode =
  | 'TRAFFICKING_IN_PERSONS' | 'MIGRANT_SMUGGLING' | 'FRAUD' | 'ILLEGAL_GAMBLING'
  | 'DOCUMENT_FRAUD' | 'MONEY_LAUNDERING' | 'IMMIGRATION_OFFENCE';

/**
 * Charges of arrest warrants and crime areas, in INTERPOL's wording, compared as `word()` does.
 * Any other wording is a MappingError for the notice, never a guess.
 */
export const OFFENCES: ReadonlyMap<string, OffenceCode> = new Map(
  (
    [
      ['Trafficking in human beings', 'TRAFFICKING_IN_PERSONS'],
      ['Smuggling of migrants', 'MIGRANT_SMUGGLING'],
      ['Fraud', 'FRAUD'],
      ['Illegal gambling', 'ILLEGAL_GAMBLING'],
      ['Travel and identity document fraud', 'DOCUMENT_FRAUD'],
      ['Money laundering', 'MONEY_LAUNDERING'],
      ['Illegal entry or stay', 'IMMIGRATION_OFFENCE'],
    ] as const
  ).map(([label, code]) => [word(label), code]),
);

/** Native words compared the way clerks vary them: case, underscores, doubled spaces. */
export function word(text: string): string {
  return text.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

/** A UNODC exploitation code from INTERPOL's words ("forced criminality" → FORCED_CRIMINALITY). */
export function exploitationCode(text: string): string {
  return word(text).toUpperCase().replace(/ /g, '_').replace(/LABOR\b/g, 'LABOUR');
}
