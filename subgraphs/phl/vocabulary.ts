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
 * `cases[].offenses`: the statute the docket cites, then its short title in brackets, compared as
 * `word()` does (case, spacing). Only citations listed here map; any other one (illegal
 * recruitment under RA 8042, a bare "RA 10175", which covers fraud and online sexual abuse alike)
 * is a MappingError for the record, never a guess: trafficking and smuggling arrests are counted
 * from these codes.
 */
export const OFFENCES: ReadonlyMap<string, OffenceCode> = new Map(
  (
    [
      // RA 9208 (2003), amended by RA 10364 (2012) and RA 11862 (2022); dockets cite any of them.
      ['RA 9208 (Anti-Trafficking in Persons Act)', 'TRAFFICKING_IN_PERSONS'],
      ['RA 10364 (Expanded Anti-Trafficking in Persons Act)', 'TRAFFICKING_IN_PERSONS'],
      ['RA 11862 (Expanded Anti-Trafficking in Persons Act of 2022)', 'TRAFFICKING_IN_PERSONS'],
      // Philippine Immigration Act of 1940 (CA 613), s. 46: bringing in or harbouring aliens not admitted.
      ['CA 613 Sec. 46 (Smuggling of Aliens)', 'MIGRANT_SMUGGLING'],
      // Cybercrime Prevention Act, s. 4(b)(2); estafa under the Revised Penal Code.
      ['RA 10175 Sec. 4(b)(2) (Computer-related Fraud)', 'FRAUD'],
      ['RPC Art. 315 (Estafa)', 'FRAUD'],
      // PD 1602 (1978), amended by RA 9287 (2004) for illegal numbers games.
      ['PD 1602 (Illegal Gambling)', 'ILLEGAL_GAMBLING'],
      ['RA 9287 (Illegal Numbers Games)', 'ILLEGAL_GAMBLING'],
      // Revised Penal Code, art. 172: falsification by private individuals, use of falsified documents.
      ['RPC Art. 172 (Falsification of Documents)', 'DOCUMENT_FRAUD'],
      ['RA 9160 (Anti-Money Laundering Act)', 'MONEY_LAUNDERING'],
      // CA 613, s. 45: entry by false statement or false documents, and the like.
      ['CA 613 Sec. 45 (Philippine Immigration Act)', 'IMMIGRATION_OFFENCE'],
    ] as const
  ).map(([label, code]) => [word(label), code]),
);

/** Native words compared the way officers vary them: case, underscores, doubled spaces. */
export function word(text: string): string {
  return text.trim().toLowerCase().replace(/[_\s]+/g, ' ');
}

/** A UNODC exploitation code from the PNP's words ("forced labor" → FORCED_LABOUR). */
export function exploitationCode(text: string): string {
  return word(text).toUpperCase().replace(/ /g, '_').replace(/LABOR\b/g, 'LABOUR');
}
