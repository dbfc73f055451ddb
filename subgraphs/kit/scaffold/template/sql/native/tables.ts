// Rows of the ZZX agency's tables (schema.sql), as the loader inserts them. Dates and timestamps
// are ISO text, which PostgreSQL casts on insert. SCAFFOLD: keep in step with schema.sql.

interface PersonKey {
  ref: string;
  agency: string;
}

interface Ordered extends PersonKey {
  seq: number;
}

export interface PersonRow extends PersonKey {
  full_name: string;
  given_name: string | null;
  middle_name: string | null;
  family_name: string | null;
  romanised_name: string | null;
  aliases: string[];
  sex: string | null;
  birth_date: string | null;
  nationalities: string[];
  roles: string[];
  handling_code: string | null;
  releasable_to: string[];
  updated_at: string;
}

export interface DocumentRow extends Ordered {
  doc_type: string | null;
  doc_number: string;
  issuing_country: string | null;
  expiry_date: string | null;
  status: string | null;
}

export interface IdentifierRow extends Ordered {
  kind: string;
  value: string;
}

export interface EventRow extends Ordered {
  event_type: string;
  occurred_on: string | null;
  local_time: string | null;
  country: string | null;
  locality: string | null;
  facility: string | null;
  operation_code: string | null;
  summary: string | null;
}

export interface CasePartyRow extends Ordered {
  case_reference: string;
  role: string | null;
  status: string | null;
  exploitation_types: string[];
  offences: string[];
}

export interface AgencyTables {
  persons: PersonRow[];
  documents: DocumentRow[];
  identifiers: IdentifierRow[];
  events: EventRow[];
  case_parties: CasePartyRow[];
}

/** Every table, parents before children: the order inserts must follow for the foreign keys. */
export const TABLE_ORDER = ['persons', 'documents', 'identifiers', 'events', 'case_parties'] as const satisfies readonly (keyof AgencyTables)[];

export const emptyTables = (): AgencyTables => ({ persons: [], documents: [], identifiers: [], events: [], case_parties: [] });
