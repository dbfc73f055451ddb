// The adapter's two statements over the agency's tables (subgraphs/native/zzx-native/schema.sql).
// SCAFFOLD: when the agency's layout differs, change the table and column names here; the record
// they assemble keeps the shape native-record.ts reads.
import { escapeIdentifier } from 'pg';

/** The simulated agency's schema (its load.ts); a real deployment names the agency's own. */
export const DEFAULT_SCHEMA = 'zzx_records';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface RecordQueries {
  /** $1 ref[], $2 agency[] (pairs): the persons with these keys, in no particular order. */
  readonly byKeys: string;
  /** $1 ref, $2 agency of the last row read (both null: from the start), $3 row limit. */
  readonly page: string;
}

/**
 * Each statement returns one row per person: its key, and the whole record assembled as JSON
 * (`record`) from the person's row and every child table's rows in their recorded order. A batch
 * or a page is therefore one round trip, however many tables it touches.
 *
 * Every value is a parameter. The one thing written into the text is the schema name, because an
 * identifier cannot be a parameter: it is configuration, checked and quoted once, at start.
 */
export function recordQueries(schema: string = DEFAULT_SCHEMA): RecordQueries {
  if (!SCHEMA_NAME.test(schema)) throw new Error('the ZZX schema name must be a lower-case SQL identifier (a-z, 0-9, _)');
  const s = escapeIdentifier(schema);
  const list = (value: string, table: string, where = 'true') =>
    `coalesce((SELECT jsonb_agg(${value} ORDER BY x.seq) FROM ${s}.${table} x WHERE x.ref = p.ref AND x.agency = p.agency AND ${where}), '[]'::jsonb)`;
  const person = `p.ref, p.agency, jsonb_build_object(
      'ref', p.ref, 'agency', p.agency,
      'full_name', p.full_name, 'given_name', p.given_name, 'middle_name', p.middle_name,
      'family_name', p.family_name, 'romanised_name', p.romanised_name, 'aliases', to_jsonb(p.aliases),
      'sex', p.sex, 'birth_date', p.birth_date, 'nationalities', to_jsonb(p.nationalities), 'roles', to_jsonb(p.roles),
      'handling_code', p.handling_code, 'releasable_to', to_jsonb(p.releasable_to), 'updated_at', p.updated_at,
      'documents', ${list(`jsonb_build_object('type', x.doc_type, 'number', x.doc_number, 'issuing_country', x.issuing_country, 'expiry', x.expiry_date, 'status', x.status)`, 'documents')},
      'phones', ${list('x.value', 'identifiers', `x.kind = 'PHONE'`)},
      'other_identifiers', ${list(`jsonb_build_object('kind', x.kind, 'value', x.value)`, 'identifiers', `x.kind <> 'PHONE'`)},
      'events', ${list(
        `jsonb_build_object('type', x.event_type, 'date', x.occurred_on, 'time', to_char(x.local_time, 'HH24:MI'), 'country', x.country,
          'locality', x.locality, 'facility', x.facility, 'operation', x.operation_code, 'summary', x.summary)`,
        'events',
      )},
      'cases', ${list(
        `jsonb_build_object('reference', x.case_reference, 'role', x.role, 'status', x.status,
          'exploitation_types', to_jsonb(x.exploitation_types), 'offences', to_jsonb(x.offences))`,
        'case_parties',
      )}
    ) AS record`;
  return {
    byKeys: `SELECT ${person}
      FROM unnest($1::text[], $2::text[]) AS w(ref, agency)
      JOIN ${s}.persons p ON p.ref = w.ref AND p.agency = w.agency`,
    // Keys compare byte-wise (COLLATE "C"), as the key columns are declared: the order of pages
    // must not depend on the server's locale.
    page: `SELECT ${person}
      FROM ${s}.persons p
      WHERE $1::text IS NULL OR (p.ref, p.agency) > ($1::text COLLATE "C", $2::text COLLATE "C")
      ORDER BY p.ref COLLATE "C", p.agency COLLATE "C"
      LIMIT $3`,
  };
}
