// The person record as the PNP / Bureau of Immigration records system publishes it: its own
// shape and words, not Corridor's. The PHL adapter (subgraphs/phl) is what translates it.

export interface PnpPlace {
  province_city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  facility: string | null;
}

export interface PnpIncident {
  /** Native words: "recruitment", "offloading", "rescue", "arrest", … */
  incident_type: string;
  /** "MM/DD/YYYY hh:mm AM", "MM/DD/YYYY", "MM/YYYY" or "YYYY", by what the desk officer knew. */
  incident_date: string;
  place: PnpPlace | null;
  operation_code: string | null;
  narrative: string | null;
}

export interface PnpPassport {
  /** As the officer typed it off the passport. */
  passport_no: string;
  /** ISO 3166-1 alpha-2. */
  issuing_country: string;
  /** "MM/DD/YYYY". */
  expiry: string | null;
  /** "valid", "expired", "cancelled", "lost", "stolen", "unverified". */
  status: string;
}

export interface PnpGovernmentId {
  id_type: string;
  id_no: string;
  issuing_country: string;
}

export interface PnpOtherIdentifier {
  /** "social media", "crypto wallet", "bank account", "imei". */
  id_type: string;
  value: string;
}

export interface PnpCase {
  case_no: string;
  involvement: string;
  /** "open", "under investigation", "filed in court", "closed". */
  case_status: string;
  /** "forced criminality", "forced labor", "sexual exploitation", … */
  exploitation: string[];
  /** Statutes cited, e.g. "RA 9208 (Anti-Trafficking in Persons Act)"; see vocabulary.ts OFFENSE. */
  offenses: string[];
}

export interface PnpPerson {
  /** The agency's own reference, e.g. "2024-000123"; unique across PNP and BI. */
  pnp_ref: string;
  agency: 'PNP' | 'BI';
  first_name: string;
  /** Filipino usage: the mother's maiden surname. */
  middle_name: string | null;
  last_name: string;
  sex: 'F' | 'M' | 'X' | null;
  /** "MM/DD/YYYY", unknown parts written "00": "00/00/1998", "03/00/1998". */
  birth_date: string | null;
  /** ISO 3166-1 alpha-2; dual citizens (RA 9225) as "PH/US". */
  citizenship: string | null;
  passports: PnpPassport[];
  government_ids: PnpGovernmentId[];
  /** As recorded: national format for Philippine numbers, international for foreign ones. */
  contact_numbers: string[];
  emails: string[];
  other_identifiers: PnpOtherIdentifier[];
  /** Native role words: "victim", "potential victim", "suspect", "witness", … */
  involvement: string[];
  incidents: PnpIncident[];
  cases: PnpCase[];
  /** "H0" … "H3". */
  handling_code: string;
  /** ISO 3166-1 alpha-2 list. */
  release_to: string[];
  /** ISO 8601, UTC. */
  last_modified: string;
}
