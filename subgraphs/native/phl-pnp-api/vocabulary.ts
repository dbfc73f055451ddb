// The words the PNP / BI system uses where Corridor has enums. The adapter keeps its own copy of
// this vocabulary (it must not depend on the simulator); an integration test checks they agree.
import type { DocumentStatus, EventType, PersonRole, Sex } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';

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

/**
 * Offenses as the PNP / BI case docket cites them: the Philippine statute, then its short title in
 * brackets. The adapter also reads a few other citations of the same offense (subgraphs/phl).
 */
export const OFFENSE: Record<Offence, string> = {
  // RA 9208 (2003), as amended by RA 10364 (2012) and RA 11862 (2022).
  TRAFFICKING_IN_PERSONS: 'RA 9208 (Anti-Trafficking in Persons Act)',
  // Philippine Immigration Act of 1940, s. 46: bringing in, landing or harbouring aliens not admitted.
  MIGRANT_SMUGGLING: 'CA 613 Sec. 46 (Smuggling of Aliens)',
  // Cybercrime Prevention Act of 2012, s. 4(b)(2): the online fraud of the scam compounds.
  FRAUD: 'RA 10175 Sec. 4(b)(2) (Computer-related Fraud)',
  // Stiffer penalties on illegal gambling (1978), as amended by RA 9287.
  ILLEGAL_GAMBLING: 'PD 1602 (Illegal Gambling)',
  // Revised Penal Code, art. 172: falsification by private individuals and use of falsified documents.
  DOCUMENT_FRAUD: 'RPC Art. 172 (Falsification of Documents)',
  // Anti-Money Laundering Act of 2001.
  MONEY_LAUNDERING: 'RA 9160 (Anti-Money Laundering Act)',
  // Philippine Immigration Act of 1940, s. 45: entry by false statement, false documents, and the like.
  IMMIGRATION_OFFENCE: 'CA 613 Sec. 45 (Philippine Immigration Act)',
};

/** UNODC codes in the PNP's words: lower case, and US spelling (FORCED_LABOUR → "forced labor"). */
export function exploitationWords(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ').replace(/labour/g, 'labor');
}
