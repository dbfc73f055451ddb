// The PNP / BI system's words, as its API documentation lists them, and what they mean in the
// shared schema. The simulator speaks the same words; simulated-source.test.ts checks they agree.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../kit/record/person-record';

export const ROLES: ReadonlyMap<string, PersonRole> = new Map([
  ['victim', 'VICTIM'],
  ['potential victim', 'POTENTIAL_VICTIM'],
  ['suspect', 'SUSPECT'],
  ['witness', 'WITNESS'],
  ['irregular migrant', 'IRREGULAR_MIGRANT'],
  ['facilitator', 'FACILITATOR'],
]);

export const INCIDENT_TYPES: ReadonlyMap<string, EventType> = new Map([
  ['recruitment', 'RECRUITMENT'],
  ['transit', 'TRANSIT'],
  ['border crossing', 'BORDER_CROSSING'],
  ['exploitation', 'EXPLOITATION'],
  ['offloading', 'INTERCEPTION'],
  ['rescue', 'RESCUE'],
  ['arrest', 'ARREST'],
  ['filing of case', 'CHARGE'],
  ['conviction', 'CONVICTION'],
  ['repatriation', 'REPATRIATION'],
]);

export const PASSPORT_STATUSES: ReadonlyMap<string, DocumentStatus> = new Map([
  ['valid', 'VALID'],
  ['expired', 'EXPIRED'],
  ['stolen', 'STOLEN'],
  ['lost', 'LOST'],
  ['cancelled', 'REVOKED'],
  ['canceled', 'REVOKED'],
  ['unverified', 'UNKNOWN'],
]);

export const SEXES: ReadonlyMap<string, Sex> = new Map([
  ['f', 'FEMALE'],
  ['m', 'MALE'],
  ['x', 'OTHER'],
]);

export const CASE_STATUSES: ReadonlyMap<string, string> = new Map([
  ['open', 'OPEN'],
  ['under investigation', 'UNDER_INVESTIGATION'],
  ['filed in court', 'CHARGED'],
  ['closed', 'CLOSED'],
]);

export const OTHER_IDENTIFIERS: ReadonlyMap<string, Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>> = new Map([
  ['email', 'EMAIL'],
  ['social media', 'SOCIAL_HANDLE'],
  ['crypto wallet', 'CRYPTO_WALLET'],
  ['bank account', 'BANK_ACCOUNT'],
  ['imei', 'IMEI'],
]);

/** Native words compared the way officers vary them: case, underscores, doubled spaces. */
export function word(text: string): string {
  return text.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

/** A UNODC exploitation code from the PNP's words ("forced labor" → FORCED_LABOUR). */
export function exploitationCode(text: string): string {
  return word(text).toUpperCase().replace(/ /g, '_').replace(/LABOR\b/g, 'LABOUR');
}
