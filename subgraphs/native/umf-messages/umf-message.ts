// The long tail's standard message format as the simulated National Central Bureaus send it: a
// UMF-like JSON (after INTERPOL's Universal Message Format), one format for every country. The
// generic adapter (subgraphs/umf) reads it with its own schema; an integration test checks that
// the two agree.
import type { DocumentStatus, EventType, PersonRole } from '../../kit/record/person-record';
import type { Offence } from '../../scenario/model';

/** The version this simulator writes; readers accept any 1.x. */
export const UMF_VERSION = '1.0';

/**
 * ISO 15924 codes of the scripts names are written in. `Zzzz` (ISO 15924 "uncoded script") is
 * what a sender writes for a script it cannot name.
 */
export type UmfScript = 'Latn' | 'Arab' | 'Cyrl' | 'Hang' | 'Jpan' | 'Grek' | 'Deva' | 'Geor' | 'Armn' | 'Hani' | 'Thai' | 'Khmr' | 'Zzzz';

export interface UmfName {
  type: 'primary' | 'alias' | 'birth';
  surname: string | null;
  /** Given names, and any middle name: the format has no field of its own for it. */
  forename: string | null;
  /** As the sender writes it, in `script` and the order of that script's usage. */
  fullName: string;
  script: UmfScript;
  /** The Latin form, for names in any other script; null for Latin names. */
  latin: string | null;
}

export interface UmfTravelDocument {
  /** ICAO 9303 document codes: P passport, ID identity card, V visa. */
  documentType: 'P' | 'ID' | 'V';
  documentNumber: string;
  /** ISO 3166-1 alpha-2. */
  issuingCountry: string;
  /** ISO 8601 partial date. */
  expiryDate: string | null;
  /** SLTD-style status codes. */
  status: DocumentStatus;
  /**
   * The ICAO 9303 machine-readable zone, one string per line (a passport: two lines of 44), when
   * the bureau scanned the document; absent otherwise.
   */
  mrz?: string[];
}

export interface UmfContact {
  type: 'phone' | 'email' | 'social' | 'wallet' | 'bank' | 'imei';
  /** As recorded: phone numbers in national format for the sender's own. */
  value: string;
}

export interface UmfPlace {
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  locality: string | null;
  facility: string | null;
}

export interface UmfEvent {
  type: EventType;
  /**
   * ISO 8601 as far as it is known: `2024`, `2024-10`, `2024-10-02`, or a local date-time with the
   * sender's UTC offset, `2024-10-02T05:30:00+10:00`.
   */
  dateTime: string;
  place: UmfPlace;
  operationCode: string | null;
  summary: string | null;
}

export interface UmfCase {
  reference: string;
  role: PersonRole | null;
  status: string | null;
  /** UNODC forms of exploitation, e.g. FORCED_CRIMINALITY. */
  exploitationTypes: string[];
  offences: Offence[];
}

export interface UmfPerson {
  /** The sender's own reference; unique per sender. */
  personId: string;
  names: UmfName[];
  /** ISO 8601 partial date: `1990`, `1990-05`, `1990-05-17`. */
  dateOfBirth: string | null;
  sex: 'F' | 'M' | 'X' | 'U';
  /** ISO 3166-1 alpha-2. */
  nationalities: string[];
  travelDocuments: UmfTravelDocument[];
  contacts: UmfContact[];
  roles: PersonRole[];
  events: UmfEvent[];
  cases: UmfCase[];
  /** Handling code H0–H3 and the countries (alpha-2) the record may be released to. */
  handling: { code: 'H0' | 'H1' | 'H2' | 'H3'; releasableTo: string[] };
  /** ISO 8601 date-time. */
  lastModified: string;
}

export interface UmfHeader {
  /** ISO 3166-1 alpha-2 of the sending country. */
  sender: string;
  messageId: string;
  /** ISO 8601, the sender's local time with its offset. */
  created: string;
}

export interface UmfMessage<Body> {
  umf: typeof UMF_VERSION;
  header: UmfHeader;
  body: Body;
}

/** The answer to `POST /umf/persons/query`: the persons the sender holds, in the order asked. */
export interface UmfPersonsBody {
  persons: UmfPerson[];
}

/** The answer to `GET /umf/persons?offset=&limit=`. */
export interface UmfPageBody extends UmfPersonsBody {
  offset: number;
  limit: number;
  total: number;
}
