import { escapeIdentifier, type PoolClient } from 'pg';
import { GENESIS } from './hash-chain';

/** Names of the audit objects inside one schema, quoted for SQL. */
export interface AuditTables {
  readonly schema: string;
  readonly log: string;
  readonly head: string;
}

export function auditTables(schema: string): AuditTables {
  const s = escapeIdentifier(schema);
  return { schema: s, log: `${s}.audit_log`, head: `${s}.audit_head` };
}

/**
 * Create the audit tables when missing. Idempotent, and safe when several replicas start at once:
 * the transaction-scoped advisory lock serialises them, since `CREATE … IF NOT EXISTS` alone races.
 *
 * `audit_log` is append-only. Its owner cannot be denied UPDATE or DELETE by REVOKE, so a trigger
 * refuses them (and TRUNCATE). The owner can still drop the trigger; what makes tampering
 * detectable in the end is the hash chain, checked by `npm run audit:verify`, and the one-row
 * `audit_head`, which shows when entries were cut from the end. Needs PostgreSQL 14 or later
 * (`CREATE OR REPLACE TRIGGER`).
 */
export async function ensureAuditSchema(client: PoolClient, t: AuditTables): Promise<void> {
  // Already set up (perhaps by an administrator, so that the gateway's role does not own the
  // table and can be refused UPDATE and DELETE outright): touch nothing. The DDL below needs
  // CREATE rights that a least-privilege role does not have.
  const { rows } = await client.query<{ ready: boolean }>(
    `SELECT to_regclass($1) IS NOT NULL AND to_regclass($2) IS NOT NULL
        AND EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass($1) AND tgname = 'audit_log_append_only') AS ready`,
    [t.log, t.head],
  );
  if (rows[0]?.ready) return;
  await client.query('BEGIN');
  try {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext('corridor.audit.schema'))`);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${t.schema}`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${t.log} (
        seq bigint PRIMARY KEY CHECK (seq > 0),
        prev_hash text NOT NULL,
        hash text NOT NULL,
        at timestamptz NOT NULL,
        event jsonb NOT NULL
      )`);
    await client.query(`
      CREATE TABLE IF NOT EXISTS ${t.head} (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        seq bigint NOT NULL,
        hash text NOT NULL
      )`);
    // A log that predates the head table still gets the right head.
    await client.query(
      `INSERT INTO ${t.head} (id, seq, hash)
       SELECT true, coalesce(max(seq), 0), coalesce((SELECT hash FROM ${t.log} ORDER BY seq DESC LIMIT 1), $1)
       FROM ${t.log}
       ON CONFLICT (id) DO NOTHING`,
      [GENESIS.hash],
    );
    await client.query(`
      CREATE OR REPLACE FUNCTION ${t.schema}.audit_log_refuse_change() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await client.query(`
      CREATE OR REPLACE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON ${t.log}
      FOR EACH ROW EXECUTE FUNCTION ${t.schema}.audit_log_refuse_change()`);
    await client.query(`
      CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON ${t.log}
      FOR EACH STATEMENT EXECUTE FUNCTION ${t.schema}.audit_log_refuse_change()`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}
