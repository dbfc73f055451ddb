// The person record as the Cambodian National Police's records system publishes it: its own
// shape and words, not Corridor's. The KHM adapter (subgraphs/khm) is what translates it.

export interface CnpLocation {
  /** ISO 3166-1 alpha-3; left empty when a province code already says Cambodia. */
  country: string | null;
  /** Two-digit Cambodian province code ("12" Phnom Penh, "18" Preah Sihanouk, …); null abroad. */
  province_code: string | null;
  /** District, town or border post below the province, or the place abroad, as the officer wrote it. */
  district: string | null;
  /** A compound, casino, checkpoint or other site, when known. */
  site: string | null;
}

export interface CnpEvent {
  /** "recruitment", "transport", "border crossing", "rescue", "arrest", "sent to court", … */
  event_type: string;
  /** "DD-MM-YYYY HH:mm" (24-hour, local), "DD-MM-YYYY", or "00" for unknown day / month. */
  event_date: string;
  location: CnpLocation | null;
  operation: string | null;
  remarks: string | null;
}

export interface CnpDocument {
  /** "passport" or "id card". */
  doc_type: string;
  doc_no: string;
  /** ISO 3166-1 alpha-3. */
  issued_by: string;
  /** "DD-MM-YYYY". */
  expiry_date: string | null;
  /** "valid", "expired", "stolen", "lost", "revoked", "unverified". */
  doc_status: string;
}

export interface CnpCharge {
  /** The CNP's law code: "LSHTSE-2008" (2008 anti-trafficking law), "CC-2009" (Criminal Code), … */
  law: string;
  article: string;
}

export interface CnpCase {
  case_no: string;
  person_type: string;
  /** "open", "investigating", "sent to court", "closed". */
  stage: string;
  exploitation: string[];
  charges: CnpCharge[];
}

export interface CnpPerson {
  /** The CNP's own person number. */
  person_no: string;
  agency: string;
  /** The name in Khmer script, surname first (Cambodian names only); may hold zero-width spaces. */
  name_km: string | null;
  /** The Latin name on the identity card or passport, upper case (surname first for Khmer names). */
  name_latin: string | null;
  /** In Khmer: "ប្រុស" (male), "ស្រី" (female), "ផ្សេងទៀត" (other). */
  gender: string | null;
  /** "DD-MM-YYYY", unknown parts "00"; Khmer digits for Cambodians, as on their identity card. */
  date_of_birth: string | null;
  /** ISO 3166-1 alpha-3. */
  nationality: string[];
  documents: CnpDocument[];
  /** As recorded: national format for Cambodian numbers, international for foreign ones. */
  phones: string[];
  /** type: "email", "social", "wallet", "bank", "imei". */
  contacts: { type: string; value: string }[];
  /** "victim", "suspected victim", "suspect", "witness", "illegal immigrant", "broker". */
  person_type: string[];
  events: CnpEvent[];
  cases: CnpCase[];
  /** "H0" … "H3". */
  handling_code: string;
  /** ISO 3166-1 alpha-3. */
  release_to: string[];
  /** "YYYY-MM-DD HH:mm:ss", Phnom Penh local time, no offset. */
  updated_at: string;
}
