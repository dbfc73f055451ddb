import { escapeIdentifier } from 'pg';

/** The agency's schema by default (subgraphs/native/mys-pdrm-sql/schema.sql). */
export const DEFAULT_SCHEMA = 'pdrm';

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export interface PdrmQueries {
  /** $1 no_rujukan[], $2 agensi[] (pairs): the persons with these keys, in no particular order. */
  readonly byKeys: string;
  /** $1 no_rujukan, $2 agensi of the last row read (both null: from the start), $3 row limit. */
  readonly page: string;
}

/**
 * The adapter's two statements over the agency's tables. Each returns one row per person with the
 * whole record assembled as JSON (`rekod`): the `orang` columns plus every child table's rows in
 * their recorded order, so a batch or a page is one round trip however many tables it touches.
 *
 * Every value is a parameter. The one thing written into the text is the schema name, because an
 * identifier cannot be a parameter: it is configuration, checked against a strict pattern and
 * quoted, once, when the adapter starts.
 */
export function pdrmQueries(schema: string = DEFAULT_SCHEMA): PdrmQueries {
  if (!SCHEMA_NAME.test(schema)) throw new Error('the MYS schema name must be a lower-case SQL identifier (a-z, 0-9, _)');
  const s = escapeIdentifier(schema);
  const of = (table: string, alias: string) => `${s}.${table} ${alias} WHERE ${alias}.no_rujukan = o.no_rujukan AND ${alias}.agensi = o.agensi`;
  const rows = (value: string, table: string, alias = 'x') =>
    `coalesce((SELECT jsonb_agg(${value} ORDER BY ${alias}.susunan) FROM ${of(table, alias)}), '[]'::jsonb)`;
  const offences = `coalesce((SELECT jsonb_agg(x.peruntukan ORDER BY x.susunan) FROM ${s}.kes_kesalahan x
      WHERE x.no_rujukan = k.no_rujukan AND x.agensi = k.agensi AND x.susunan_kes = k.susunan), '[]'::jsonb)`;
  const person = `o.no_rujukan, o.agensi, to_jsonb(o) || jsonb_build_object(
      'peranan', ${rows('x.peranan', 'peranan')},
      'dokumen_perjalanan', ${rows('to_jsonb(x)', 'dokumen_perjalanan')},
      'telefon', ${rows('x.no_telefon', 'telefon')},
      'pengenal_lain', ${rows('to_jsonb(x)', 'pengenal_lain')},
      'peristiwa', ${rows('to_jsonb(x)', 'peristiwa')},
      'kes_orang', ${rows(`to_jsonb(k) || jsonb_build_object('kes_kesalahan', ${offences})`, 'kes_orang', 'k')}
    ) AS rekod`;
  return {
    byKeys: `SELECT ${person}
      FROM unnest($1::text[], $2::text[]) AS w(no_rujukan, agensi)
      JOIN ${s}.orang o ON o.no_rujukan = w.no_rujukan AND o.agensi = w.agensi`,
    // Keys compare byte-wise (COLLATE "C"), as the key columns are declared: the order of pages
    // must not depend on the server's locale.
    page: `SELECT ${person}
      FROM ${s}.orang o
      WHERE $1::text IS NULL OR (o.no_rujukan, o.agensi) > ($1::text COLLATE "C", $2::text COLLATE "C")
      ORDER BY o.no_rujukan COLLATE "C", o.agensi COLLATE "C"
      LIMIT $3`,
  };
}
