// Loading the agency's tables into a PostgreSQL schema: the embedded one of the default stack, or
// a real one (DATABASE_URL, and the adapter's tests).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeIdentifier, escapeLiteral, type ClientBase } from 'pg';
import { checkSchemaName } from '../../../../../native/mys-pdrm-sql/load';
import { recordsOf } from '../../../../../scenario/generate';
import type { Scenario } from '../../../../../scenario/model';
import { renderTables } from './render';
import { TABLE_ORDER, type AgencyTables } from './tables';

export { dropSchema } from '../../../../../native/mys-pdrm-sql/load';

/** Where the simulated agency keeps its tables (the adapter's queries.ts reads the same by default). */
export const DEFAULT_SCHEMA = 'zzx_records';

const DDL = readFileSync(join(__dirname, 'schema.sql'), 'utf8');

export interface LoadResult {
  readonly schema: string;
  readonly persons: number;
  /** The schema already held exactly these rows, so it was left alone. */
  readonly reused: boolean;
}

/**
 * Load the tables into their own schema, in one transaction: drop it, recreate it from schema.sql,
 * insert every table. Every value travels as a parameter (one JSON array per table).
 *
 * A schema that already holds exactly these rows (its comment carries their fingerprint) is left
 * alone: several stacks sharing one database each start a source, and dropping the tables under
 * another's running queries would fail them for nothing.
 */
export async function loadTables(client: ClientBase, tables: AgencyTables, schema: string = DEFAULT_SCHEMA): Promise<LoadResult> {
  checkSchemaName(schema);
  const fingerprint = `corridor:${createHash('sha256').update(DDL).update(JSON.stringify(tables)).digest('hex')}`;
  const result = (reused: boolean): LoadResult => ({ schema, persons: tables.persons.length, reused });
  // Loaders of one schema take turns. The lock is taken before the transaction begins, so that the
  // transaction sees the catalog as the previous loader left it.
  const lock = `corridor-load:${schema}`;
  await client.query('SELECT pg_advisory_lock(hashtext($1))', [lock]);
  try {
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ note: string | null }>(
        `SELECT d.description AS note FROM pg_namespace n
           JOIN pg_description d ON d.objoid = n.oid AND d.classoid = 'pg_namespace'::regclass
          WHERE n.nspname = $1`,
        [schema],
      );
      if (rows[0]?.note === fingerprint) {
        await client.query('COMMIT');
        return result(true);
      }
      const ident = escapeIdentifier(schema);
      await client.query(`DROP SCHEMA IF EXISTS ${ident} CASCADE`);
      await client.query(`CREATE SCHEMA ${ident}`);
      // Transaction-local, so the unqualified names of schema.sql land in this schema only.
      await client.query(`SELECT set_config('search_path', $1, true)`, [schema]);
      await client.query(DDL);
      for (const table of TABLE_ORDER) {
        if (tables[table].length === 0) continue;
        await client.query(`INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`, [JSON.stringify(tables[table])]);
      }
      await client.query(`COMMENT ON SCHEMA ${ident} IS ${escapeLiteral(fingerprint)}`);
      await client.query('COMMIT');
      return result(false);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lock]).catch(() => undefined);
  }
}

/** The scenario's ZZX records, as the agency's tables. */
export function loadScenario(client: ClientBase, scenario: Scenario, schema: string = DEFAULT_SCHEMA): Promise<LoadResult> {
  return loadTables(client, renderTables(recordsOf(scenario, 'ZZX')), schema);
}
