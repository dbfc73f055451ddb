import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeIdentifier, escapeLiteral, type ClientBase } from 'pg';
import { recordsOf } from '../../scenario/generate';
import type { Scenario, ScenarioRecord } from '../../scenario/model';
import { renderTables } from './render';
import { TABLE_ORDER } from './tables';

/** Where the agency keeps its tables. */
export const DEFAULT_SCHEMA = 'pdrm';

/** A plain lower-case identifier: schema names go into DDL text, where parameters cannot. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function checkSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) throw new Error('a schema name is a lower-case SQL identifier (a-z, 0-9, _)');
  return schema;
}

const DDL = readFileSync(join(__dirname, 'schema.sql'), 'utf8');

export interface LoadOptions {
  /** @default 'pdrm' */
  schema?: string;
  /** The agency's time zone (registry), for the local timestamps it stores. */
  timeZone: string;
}

export interface LoadResult {
  readonly schema: string;
  readonly persons: number;
  /** The schema already held exactly these rows, so it was left alone. */
  readonly reused: boolean;
}

/**
 * Load records into their own schema, in one transaction: drop it, recreate it from schema.sql,
 * insert every table. Idempotent; every value travels as a parameter (one JSON array per table).
 *
 * A schema that already holds exactly these rows (its comment carries their fingerprint) is left
 * alone: test stacks sharing one database each start a source, and dropping the tables under
 * another stack's running queries would fail them for nothing.
 */
export async function loadRecords(client: ClientBase, records: readonly ScenarioRecord[], options: LoadOptions): Promise<LoadResult> {
  const schema = checkSchemaName(options.schema ?? DEFAULT_SCHEMA);
  const tables = renderTables(records, options.timeZone);
  const fingerprint = `corridor:${createHash('sha256').update(DDL).update(JSON.stringify(tables)).digest('hex')}`;
  const result = (reused: boolean): LoadResult => ({ schema, persons: tables.orang.length, reused });

  // Loaders of one schema take turns; the second then finds the first one's rows and keeps them.
  // The lock is taken before the transaction begins, so that the transaction sees the catalog as
  // the first loader left it (a lock taken inside it can leave the dropped schema in its caches).
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

/** The scenario's MYS records, loaded as loadRecords does. */
export function loadScenario(client: ClientBase, scenario: Scenario, options: LoadOptions): Promise<LoadResult> {
  return loadRecords(client, recordsOf(scenario, 'MYS'), options);
}

/** Drop a schema and everything in it (tests clean up with it). */
export async function dropSchema(client: ClientBase, schema: string): Promise<void> {
  await client.query(`DROP SCHEMA IF EXISTS ${escapeIdentifier(checkSchemaName(schema))} CASCADE`);
}
