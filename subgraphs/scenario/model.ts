// The synthetic world behind the simulated agency systems. Every person in it is invented.
import type {
  DocumentStatus,
  EventType,
  IdentifierKind,
  PersonRole,
  Sex,
} from '../kit/record/person-record';

/** A Gregorian date, possibly partial, with an optional local time (the owner's time zone). */
export interface ScenarioDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/**
 * A name the way one agency wrote it: parts in Latin (with diacritics where the language has
 * them), and the native-script form if the agency keeps one.
 */
export interface ScenarioName {
  given: string;
  middle?: string;
  /** Absent for mononyms (common in Indonesia) and for Malay patronymic names. */
  family?: string;
  /** Malay `bin` / `binti` + father's name: part of the name, not a family name. */
  patronymic?: string;
  /** The full name in the agency's own script (Thai, Khmer, Han), if recorded. */
  nativeScript?: string;
}

export interface ScenarioDocument {
  type: 'PASSPORT' | 'NATIONAL_ID';
  /** The number as this agency typed it (spacing and case vary between agencies). */
  number: string;
  /** Issuing country, ISO 3166-1 alpha-3 (renderers write it in their own code set). */
  issuingCountry: string;
  expiry?: ScenarioDate;
  status: DocumentStatus;
}

export interface ScenarioEvent {
  type: EventType;
  when: ScenarioDate;
  country: string;
  locality: string;
  facility?: string;
  operation?: string;
  summary: string;
}

/** Offences a case investigates or charges; the operation summary counts trafficking and smuggling arrests by them. */
export type Offence = 'TRAFFICKING_IN_PERSONS' | 'MIGRANT_SMUGGLING' | 'FRAUD' | 'ILLEGAL_GAMBLING' | 'DOCUMENT_FRAUD' | 'MONEY_LAUNDERING' | 'IMMIGRATION_OFFENCE';

export interface ScenarioCase {
  reference: string;
  role: PersonRole;
  status: string;
  exploitationTypes: string[];
  offences: Offence[];
}

/** One record held by one agency of one jurisdiction about one synthetic person. */
export interface ScenarioRecord {
  jurisdiction: string;
  agency: string;
  /** The agency's own reference, e.g. `2024-000123`. */
  localId: string;
  /** Ground truth: which synthetic person this record is about (never sent to any adapter). */
  personKey: string;
  roles: PersonRole[];
  name: ScenarioName;
  sex: Sex;
  birth: ScenarioDate | null;
  nationalities: string[];
  documents: ScenarioDocument[];
  /** Phone numbers as recorded: national format at home, international abroad. */
  phones: string[];
  otherIdentifiers: { kind: Exclude<IdentifierKind, 'PHONE' | 'TRAVEL_DOCUMENT'>; value: string }[];
  events: ScenarioEvent[];
  cases: ScenarioCase[];
  handling: { code: 'H0' | 'H1' | 'H2' | 'H3'; releasableTo: string[] };
  updatedAt: string;
}

export interface Scenario {
  readonly seed: number;
  /** Every record of every jurisdiction. */
  readonly records: readonly ScenarioRecord[];
  /** One jurisdiction's records, without making the others' (absent on a hand-made scenario). */
  recordsOf?(jurisdiction: string): readonly ScenarioRecord[];
}
