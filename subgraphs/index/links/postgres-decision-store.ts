import { escapeIdentifier, Pool } from 'pg';
import { LINK_DECISIONS, pairKey, type DecisionRecord, type LinkDecision, type LinkDecisionStore } from './decision-store';

export interface PostgresDecisionStoreOptions {
  /** A pool to share (left open by `close`), or a connection string to open one with (closed by `close`). */
  pool: Pool | string;
  /** Schema holding `link_decisions`; created when missing. @default 'public' */
  schema?: string;
}

interface Row {
  record_a: string;
  record_b: string;
  decision: LinkDecision;
  reason: string;
  decided_by_sub: string;
  decided_by_country: string;
  decided_by_agency: string;
  purpose: string | null;
  decided_at: Date;
}

const fromRow = (r: Row): DecisionRecord => ({
  a: r.record_a,
  b: r.record_b,
  decision: r.decision,
  reason: r.reason,
  decidedBy: { sub: r.decided_by_sub, country: r.decided_by_country, agency: r.decided_by_agency },
  purpose: r.purpose,
  decidedAt: r.decided_at.toISOString(),
});

/**
 * Link decisions in PostgreSQL (DATABASE_URL): durable, and shared by every index replica, so a
 * decision taken through one changes the traces answered by all. Append-only: a new decision on a
 * pair is a new row, the latest in force, and the earlier ones stay as its history.
 */
export function postgresDecisionStore({ pool: poolOrUrl, schema = 'public' }: PostgresDecisionStoreOptions): LinkDecisionStore {
  const owned = typeof poolOrUrl === 'string';
  const pool = typeof poolOrUrl === 'string' ? new Pool({ connectionString: poolOrUrl, max: 4 }) : poolOrUrl;
  const s = escapeIdentifier(schema);
  const table = `${s}.link_decisions`;
  const allowed = LINK_DECISIONS.map((d) => `'${d}'`).join(', ');
  let readying: Promise<void> | undefined;

  const ready = (): Promise<void> => {
    readying ??= (async () => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        // Several replicas may start at once: `IF NOT EXISTS` alone races.
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('corridor.index.link_decisions'))`);
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
        await client.query(`
          CREATE TABLE IF NOT EXISTS ${table} (
            seq bigserial PRIMARY KEY,
            record_a text NOT NULL,
            record_b text NOT NULL,
            decision text NOT NULL CHECK (decision IN (${allowed})),
            reason text NOT NULL,
            decided_by_sub text NOT NULL,
            decided_by_country text NOT NULL,
            decided_by_agency text NOT NULL,
            purpose text,
            decided_at timestamptz NOT NULL,
            CHECK (record_a < record_b)
          )`);
        await client.query(`CREATE INDEX IF NOT EXISTS link_decisions_pair ON ${table} (record_a, record_b, seq DESC)`);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    })().catch((error: unknown) => {
      readying = undefined; // try again on the next call
      throw error;
    });
    return readying;
  };

  return {
    kind: 'postgresql',
    ready,
    async record(d) {
      await ready();
      await pool.query(
        `INSERT INTO ${table} (record_a, record_b, decision, reason, decided_by_sub, decided_by_country, decided_by_agency, purpose, decided_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [d.a, d.b, d.decision, d.reason, d.decidedBy.sub, d.decidedBy.country, d.decidedBy.agency, d.purpose, d.decidedAt],
      );
      return d;
    },
    async among(ids) {
      const out = new Map<string, DecisionRecord>();
      if (ids.length < 2) return out;
      await ready();
      const { rows } = await pool.query<Row>(
        `SELECT DISTINCT ON (record_a, record_b) record_a, record_b, decision, reason, decided_by_sub, decided_by_country,
                decided_by_agency, purpose, decided_at
           FROM ${table}
          WHERE record_a = ANY($1::text[]) AND record_b = ANY($1::text[])
          ORDER BY record_a, record_b, seq DESC`,
        [[...new Set(ids)]],
      );
      for (const row of rows) out.set(pairKey(row.record_a, row.record_b), fromRow(row));
      return out;
    },
    async close() {
      if (owned) await pool.end();
    },
  };
}
