// The words the PNP / BI system uses where Corridor has enums. The adapter keeps its own copy of
// this vocabulary (it must not depend on the simulator); an integration test checks they agree.
import type { DocumentStatus, EventType, PersonRole, Sex } from '../../kit/record/person-record';

export const INVOLVEMENT: Record<PersonRole, string> = {
  VICTIM: 'victim',
  POTENTIAL_VICTIM: 'potential victim',
  SUSPECT: 'suspect',
  WITNESS: 'witness',
  IRREGULAR_MIGRANT: 'irregular migrant',
  FACILITATOR: 'facilitator',
};

export const INCIDENT_TYPE: Record<EventType, string> = {
  RECRUITMENT: 'recruitment',
  TRANSIT: 'transit',
  BORDER_CROSSING: 'border crossing',
  EXPLOITATION: 'exploitation',
  // BI's word for stopping a departing passenger at the airport.
  INTERCEPTION: 'offloading',
  RESCUE: 'rescue',
  ARREST: 'arrest',
  CHARGE: 'filing of case',
  CONVICTION: 'conviction',
  REPATRIATION: 'repatriation',
};

export const PASSPORT_STATUS: Record<DocumentStatus, string> = {
  VALID: 'valid',
  EXPIRED: 'expired',
  STOLEN: 'stolen',
  LOST: 'lost',
  REVOKED: 'cancelled',
  UNKNOWN: 'unverified',
};

export const SEX: Record<Sex, 'F' | 'M' | 'X' | null> = { FEMALE: 'F', MALE: 'M', OTHER: 'X', UNKNOWN: null };

export const CASE_STATUS: Record<string, string> = {
  OPEN: 'open',
  UNDER_INVESTIGATION: 'under investigation',
  CHARGED: 'filed in court',
  CLOSED: 'closed',
};

export const OTHER_IDENTIFIER = {
  EMAIL: 'email',
  SOCIAL_HANDLE: 'social media',
  CRYPTO_WALLET: 'crypto wallet',
  BANK_ACCOUNT: 'bank account',
  IMEI: 'imei',
} as const;

/** UNODC codes in the PNP's words: lower case, and US spelling (FORCED_LABOUR → "forced labor"). */
export function exploitationWords(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ').replace(/labour/g, 'labor');
}
