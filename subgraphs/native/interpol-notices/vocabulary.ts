// The words the simulated INTERPOL system writes where Corridor has codes. The adapter keeps its own
// copy (it must not depend on the simulator); the round-trip test checks that the two agree.
import type { IdentifierKind, Sex } from '../../kit/record/person-record';
import type { Offence, ScenarioDocument } from '../../scenario/model';

/** Offences in INTERPOL's wording, as charges of arrest warrants and as crime areas. */
export const CHARGE: Record<Offence, string> = {
  TRAFFICKING_IN_PERSONS: 'Trafficking in human beings',
  MIGRANT_SMUGGLING: 'Smuggling of migrants',
  FRAUD: 'Fraud',
  ILLEGAL_GAMBLING: 'Illegal gambling',
  DOCUMENT_FRAUD: 'Travel and identity document fraud',
  MONEY_LAUNDERING: 'Money laundering',
  IMMIGRATION_OFFENCE: 'Illegal entry or stay',
};

export const SEX_ID: Record<Sex, string> = { FEMALE: 'F', MALE: 'M', OTHER: 'X', UNKNOWN: 'U' };

export const DOCUMENT_TYPE: Record<ScenarioDocument['type'], string> = { PASSPORT: 'PASSPORT', NATIONAL_ID: 'NATIONAL_ID_CARD' };

export const OTHER_IDENTIFIER: Record<Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT' | 'EMAIL'>, string> = {
  SOCIAL_HANDLE: 'SOCIAL_MEDIA',
  CRYPTO_WALLET: 'VIRTUAL_ASSET_ADDRESS',
  BANK_ACCOUNT: 'BANK_ACCOUNT',
  IMEI: 'IMEI',
};

/** UNODC codes in INTERPOL's words: FORCED_CRIMINALITY → "forced criminality". */
export const exploitationWords = (code: string): string => code.toLowerCase().replace(/_/g, ' ');
