// TypeScript shapes of schema/shared/record.graphql, as adapters produce them.

export type PersonRole = 'SUSPECT' | 'VICTIM' | 'POTENTIAL_VICTIM' | 'WITNESS' | 'IRREGULAR_MIGRANT' | 'FACILITATOR';
export type Sex = 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
export type Script = 'LATIN' | 'THAI' | 'KHMER' | 'HAN' | 'CYRILLIC' | 'ARABIC' | 'OTHER';
export type Calendar = 'GREGORIAN' | 'BUDDHIST';
export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';
export type DocumentStatus = 'VALID' | 'EXPIRED' | 'STOLEN' | 'LOST' | 'REVOKED' | 'UNKNOWN';
export type IdentifierKind = 'TRAVEL_DOCUMENT' | 'PHONE' | 'EMAIL' | 'SOCIAL_HANDLE' | 'CRYPTO_WALLET' | 'BANK_ACCOUNT' | 'IMEI';
export type EventType =
  | 'RECRUITMENT' | 'TRANSIT' | 'BORDER_CROSSING' | 'EXPLOITATION' | 'INTERCEPTION'
  | 'RESCUE' | 'ARREST' | 'CHARGE' | 'CONVICTION' | 'REPATRIATION';

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  iso: string;
  precision: DatePrecision;
  raw: string;
  calendar: Calendar;
  /** Local `HH:mm`, when recorded. */
  time?: string | null;
  /** Offset of the owner's zone at that moment, e.g. `+08:00`. */
  utcOffset?: string | null;
  /** The moment in UTC, ISO 8601. */
  instant?: string | null;
}

export interface PersonName {
  full: string;
  script: Script;
  romanised: string | null;
  family: string | null;
  given: string | null;
  middle: string | null;
  kind: string | null;
}

export interface TravelDocument {
  type: string | null;
  number: string;
  rawNumber: string;
  issuingCountry: string | null;
  expiry: PartialDate | null;
  status: DocumentStatus;
}

export interface Identifier {
  kind: IdentifierKind;
  value: string;
  raw: string;
}

export interface Place {
  country: string | null;
  locality: string | null;
  facility: string | null;
}

export interface RecordEvent {
  type: EventType;
  when: PartialDate | null;
  where: Place | null;
  operation: string | null;
  summary: string | null;
}

export interface CaseInvolvement {
  reference: string;
  role: PersonRole | null;
  status: string | null;
  exploitationTypes: string[];
  offences: string[];
}

export interface Handling {
  code: string | null;
  releasableTo: string[];
  contact: string | null;
}

/** One person record mapped to the shared schema, as a jurisdiction's subgraph serves it. */
export interface PersonRecord {
  id: string;
  jurisdiction: string;
  agency: string | null;
  roles: PersonRole[];
  names: PersonName[];
  sex: Sex;
  dateOfBirth: PartialDate | null;
  nationalities: string[];
  documents: TravelDocument[];
  identifiers: Identifier[];
  events: RecordEvent[];
  cases: CaseInvolvement[];
  handling: Handling | null;
  updatedAt: string | null;
}

/** Global record id: `PHL:PNP:2024-000123`. */
export function recordId(jurisdiction: string, agency: string, localId: string): string {
  return `${jurisdiction}:${agency}:${localId}`;
}
