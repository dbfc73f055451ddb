// What the simulated INTERPOL General Secretariat system publishes over its I-24/7-like JSON API:
// its own shapes and words, not Corridor's. The INTERPOL adapter (subgraphs/interpol) translates.
// Two code sets live side by side, as they do at INTERPOL: notices speak ISO 3166 alpha-2 (like
// the public notices API), SLTD speaks alpha-3 (the ICAO 9303 issuing-state codes of the MRZ).

export type NoticeColour = 'RED' | 'YELLOW' | 'BLUE' | 'GREEN' | 'BLACK' | 'ORANGE' | 'PURPLE';

export interface I247TravelDocument {
  /** "PASSPORT", "NATIONAL_ID_CARD", "SEAMAN_BOOK", "VISA", "TRAVEL_PERMIT". */
  document_type: string;
  /** As the requesting country wrote it. */
  document_number: string;
  /** ISO 3166-1 alpha-2. */
  issuing_country: string;
  /** "YYYY/MM/DD", unknown parts "00". */
  expiry_date: string | null;
}

export interface I247ArrestWarrant {
  /** INTERPOL's wording of the offence, e.g. "Trafficking in human beings"; see vocabulary.ts CHARGE. */
  charge: string;
  /** ISO 3166-1 alpha-2 of the judicial authority that issued the warrant. */
  issuing_country: string;
}

export interface I247OtherIdentifier {
  /** "SOCIAL_MEDIA", "VIRTUAL_ASSET_ADDRESS", "BANK_ACCOUNT", "IMEI". */
  type: string;
  value: string;
}

/** A colour notice (published by the General Secretariat) or a diffusion (sent by a member country). */
export interface I247Notice {
  /** "2024/12345" for a notice, "D-2024/12345" for a diffusion. */
  notice_id: string;
  /** "NOTICE" or "DIFFUSION". */
  kind: 'NOTICE' | 'DIFFUSION';
  colour: NoticeColour;
  /** "PUBLISHED", "PENDING" (awaiting the General Secretariat's review), "CANCELLED", "WITHDRAWN". */
  state: string;
  /** ISO 3166-1 alpha-2 of the member country that asked for it. */
  requesting_country: string;
  /** Given names, middle names included; null for a mononym. */
  forename: string | null;
  /** Family name in capitals, INTERPOL's convention; the only name of a mononym. */
  name: string;
  /** The name as written in the person's own script, when the requesting country gave it. */
  name_in_original_script: string | null;
  /** "F", "M", "X" (ICAO: neither), "U" (unknown). */
  sex_id: string;
  /** "YYYY/MM/DD" with unknown parts "00": "1986/00/00". */
  date_of_birth: string | null;
  /** ISO 3166-1 alpha-2. */
  nationalities: string[];
  travel_documents: I247TravelDocument[];
  /** International format. */
  telephones: string[];
  emails: string[];
  other_identifiers: I247OtherIdentifier[];
  /** RED notices and diffusions: the warrants they rest on. */
  arrest_warrants: I247ArrestWarrant[];
  /** INTERPOL crime areas the notice concerns, in the same words as charges. */
  crime_areas: string[];
  /** Forms of exploitation, in words: "forced criminality", "forced labour", … */
  exploitation: string[];
  /** YELLOW: the requesting country has formally identified the missing person as a trafficking victim. */
  victim_identified: boolean | null;
  /** "H0" … "H3", as the requesting country restricted it. */
  handling_code: string;
  /** ISO 3166-1 alpha-2; empty: every member country. */
  disseminated_to: string[];
  /** "YYYY/MM/DD". */
  publication_date: string;
  /** ISO 8601, UTC. */
  last_updated: string;
}

/** One entry of the stolen and lost travel documents database. */
export interface SltdEntry {
  /** Upper case, letters and digits only. */
  document_number: string;
  /** ISO 3166-1 alpha-3 (ICAO issuing state). */
  issuing_country: string;
  /** "PASSPORT", "NATIONAL_ID_CARD". */
  document_type: string;
  /** "STOLEN", "STOLEN_BLANK", "LOST", "REVOKED". */
  status: string;
  /** ISO 3166-1 alpha-3 of the country that reported it. */
  reporting_country: string;
  /** "YYYY-MM-DD". */
  date_reported: string;
}

/** `POST /sltd/check` body: up to MAX_SLTD_QUERIES documents. */
export interface SltdCheckRequest {
  documents: { number: string; country: string }[];
}

/** `POST /sltd/check` answer: the hits only; `checked` says how many queries were searched. */
export interface SltdCheckAnswer {
  checked: number;
  hits: SltdEntry[];
}

/** `GET /notices?page=&resultPerPage=`, shaped like INTERPOL's public notices API. */
export interface NoticesPage {
  total: number;
  query: { page: number; resultPerPage: number };
  _embedded: { notices: I247Notice[] };
  _links: { self: { href: string }; next?: { href: string } };
}

/** `POST /notices/lookup` answer: the notices found, unknown ids left out. */
export interface NoticesLookup {
  _embedded: { notices: I247Notice[] };
}
