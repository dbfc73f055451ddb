// The words the CNP system uses where Corridor has enums. The KHM adapter keeps its own copy of
// this vocabulary (it must not depend on the simulator); the round-trip test checks they agree.
import type { DocumentStatus, EventType, IdentifierKind, PersonRole, Sex } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';
import type { CnpCharge } from './cnp-person';

export const PERSON_TYPE: Record<PersonRole, string> = {
  VICTIM: 'victim',
  POTENTIAL_VICTIM: 'suspected victim',
  SUSPECT: 'suspect',
  WITNESS: 'witness',
  IRREGULAR_MIGRANT: 'illegal immigrant',
  FACILITATOR: 'broker',
};

export const EVENT_TYPE: Record<EventType, string> = {
  RECRUITMENT: 'recruitment',
  TRANSIT: 'transport',
  BORDER_CROSSING: 'border crossing',
  EXPLOITATION: 'exploitation',
  INTERCEPTION: 'interception',
  RESCUE: 'rescue',
  ARREST: 'arrest',
  CHARGE: 'sent to court',
  CONVICTION: 'convicted',
  REPATRIATION: 'repatriation',
};

export const GENDER: Record<Sex, string | null> = { MALE: 'ប្រុស', FEMALE: 'ស្រី', OTHER: 'ផ្សេងទៀត', UNKNOWN: null };

export const DOC_STATUS: Record<DocumentStatus, string> = {
  VALID: 'valid',
  EXPIRED: 'expired',
  STOLEN: 'stolen',
  LOST: 'lost',
  REVOKED: 'revoked',
  UNKNOWN: 'unverified',
};

export const DOC_TYPE = { PASSPORT: 'passport', NATIONAL_ID: 'id card' } as const;

export const CONTACT_TYPE: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>, string> = {
  EMAIL: 'email',
  SOCIAL_HANDLE: 'social',
  CRYPTO_WALLET: 'wallet',
  BANK_ACCOUNT: 'bank',
  IMEI: 'imei',
};

export const CASE_STAGE: Record<string, string> = {
  OPEN: 'open',
  UNDER_INVESTIGATION: 'investigating',
  CHARGED: 'sent to court',
  CLOSED: 'closed',
};

/** The charge the CNP files for each offence (the 2008 law's art. 10: unlawful removal for exploitation). */
export const CHARGE: Record<Offence, CnpCharge> = {
  TRAFFICKING_IN_PERSONS: { law: 'LSHTSE-2008', article: '10' },
  MIGRANT_SMUGGLING: { law: 'LI-1994', article: '30' },
  IMMIGRATION_OFFENCE: { law: 'LI-1994', article: '29' },
  FRAUD: { law: 'CC-2009', article: '377' },
  DOCUMENT_FRAUD: { law: 'CC-2009', article: '629' },
  ILLEGAL_GAMBLING: { law: 'LSG-1996', article: '2' },
  MONEY_LAUNDERING: { law: 'LAML-2020', article: '29' },
};

/** A case stage as the CNP writes it; a stage it has no word for is written in plain words. */
export const stageWord = (status: string): string => CASE_STAGE[status] ?? status.toLowerCase().replace(/_/g, ' ');

/** Exploitation codes as the CNP writes them: FORCED_CRIMINALITY → "forced criminality". */
export const exploitationWord = (code: string): string => code.toLowerCase().replace(/_/g, ' ');
