// The CNP system's words, as its API documentation lists them, and what they mean in the shared
// schema. The simulator (subgraphs/native/khm-cnp-json) keeps its own copy; the round-trip test
// there checks that the two agree. A word missing here is a MappingError, never a guess.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';
import { MappingError } from '../kit/mapping/mapping-error';

export const PERSON_TYPES: ReadonlyMap<string, PersonRole> = new Map([
  ['victim', 'VICTIM'],
  ['suspected victim', 'POTENTIAL_VICTIM'],
  ['suspect', 'SUSPECT'],
  ['witness', 'WITNESS'],
  ['illegal immigrant', 'IRREGULAR_MIGRANT'],
  // The word Cambodian police use for recruiters and go-betweens.
  ['broker', 'FACILITATOR'],
]);

export const EVENT_TYPES: ReadonlyMap<string, EventType> = new Map([
  ['recruitment', 'RECRUITMENT'],
  ['transport', 'TRANSIT'],
  ['border crossing', 'BORDER_CROSSING'],
  ['exploitation', 'EXPLOITATION'],
  ['interception', 'INTERCEPTION'],
  ['rescue', 'RESCUE'],
  ['arrest', 'ARREST'],
  // The police send the case file to the provincial prosecutor, who charges.
  ['sent to court', 'CHARGE'],
  ['convicted', 'CONVICTION'],
  ['repatriation', 'REPATRIATION'],
  // Foreigners leave through the General Department of Immigration: a return all the same.
  ['deportation', 'REPATRIATION'],
]);

/** Gender is written in Khmer, as on the national identity card. */
export const GENDERS: ReadonlyMap<string, Sex> = new Map([
  ['ប្រុស', 'MALE'],
  ['ស្រី', 'FEMALE'],
  ['ផ្សេងទៀត', 'OTHER'],
]);

export const DOCUMENT_TYPES: ReadonlyMap<string, string> = new Map([
  ['passport', 'PASSPORT'],
  ['id card', 'NATIONAL_ID'],
]);

export const DOCUMENT_STATUSES: ReadonlyMap<string, DocumentStatus> = new Map([
  ['valid', 'VALID'],
  ['expired', 'EXPIRED'],
  ['stolen', 'STOLEN'],
  ['lost', 'LOST'],
  ['revoked', 'REVOKED'],
  ['unverified', 'UNKNOWN'],
]);

export const CONTACT_TYPES: ReadonlyMap<string, Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>> = new Map([
  ['email', 'EMAIL'],
  ['social', 'SOCIAL_HANDLE'],
  ['wallet', 'CRYPTO_WALLET'],
  ['bank', 'BANK_ACCOUNT'],
  ['imei', 'IMEI'],
]);

export const CASE_STAGES: ReadonlyMap<string, string> = new Map([
  ['open', 'OPEN'],
  ['investigating', 'UNDER_INVESTIGATION'],
  ['sent to court', 'CHARGED'],
  ['closed', 'CLOSED'],
]);

/** Native words compared the way clerks vary them: case, underscores, doubled spaces. */
export function word(text: string): string {
  return text.normalize('NFC').trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

/** The shared value of a native word, or a MappingError naming the field (never the word). */
export function decode<T>(field: string, table: ReadonlyMap<string, T>, raw: string): T {
  const found = table.get(word(raw));
  if (found === undefined) throw new MappingError(field, raw, 'not a word of the CNP vocabulary');
  return found;
}

/**
 * A case stage in the shared schema. Status is free text there, so a stage the table does not
 * know yet passes through in the shared spelling rather than failing the record.
 */
export function caseStatus(raw: string): string {
  return CASE_STAGES.get(word(raw)) ?? word(raw).toUpperCase().replace(/ /g, '_');
}

/** A UNODC exploitation code from the CNP's words ("forced criminality" → FORCED_CRIMINALITY). */
export function exploitationCode(raw: string): string {
  return word(raw).toUpperCase().replace(/ /g, '_').replace(/LABOR\b/g, 'LABOUR');
}
