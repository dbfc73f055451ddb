import { Pool } from 'pg';
import type { AuditEvent } from './audit-event';
import type { AuditSink, ReadFilter } from './audit-sink';
import { checkedAppend } from './checked-append';
import { groupCommit } from './group-commit';
import { canonicalJson, chainEntries, GENESIS, type ChainedEntry, type ChainHead } from './hash-chain';
import { auditTables, ensureAuditSchema } from './postgres-schema';
import { parseStoredEntry } from './stored-entry';

export interface PostgresSinkOptions {
  /** A pool to share (left open by `close`), or a connection string to open one with (closed by `close`). */
  pool: Pool | string;
  /** Schema holding `audit_log` and `audit_head`; created when missing. @default 'public' */
  schema?: string;
}

/** Reading a trail that was never written is an empty trail, not an error. */
const NOTHING_YET = new Set(['42P01', '3F000']); // undefined_table, invalid_schema_name

function isNothingYet(error: unknown): boolean {
  return NOTHING_YET.has((error as { code?: string }).code ?? '');
}

/**
 * The durable audit trail, the record of truth. Appends that arrive together are one transaction
 * (group commit) that locks the one-row head (`SELECT … FOR UPDATE`), so appends from any number of
 * gateway replicas queue up behind each other and extend a single chain. That lock is the trail's
 * throughput limit: one commit at a time, however many entries it carries.
 */
export function postgresSink({ pool: poolOrUrl, schema = 'public' }: PostgresSinkOptions): AuditSink {
  const owned = typeof poolOrUrl === 'string';
  const pool = typeof poolOrUrl === 'string' ? new Pool({ connectionString: poolOrUrl, max: 4 }) : poolOrUrl;
  const t = auditTables(schema);
  let ready: Promise<void> | undefined;
  let closed = false;

  function ensureReady(): Promise<void> {
    ready ??= (async () => {
      const client = await pool.connect();
      try {
        await ensureAuditSchema(client, t);
      } finally {
        client.release();
      }
    })().catch((error: unknown) => {
      ready = undefined; // try again on the next append
      throw error;
    });
    return ready;
  }

  /**
   * One transaction per batch: lock the head, chain the batch from it, insert every entry in one
   * statement, move the head. Appends from other replicas queue on the lock between batches.
   */
  const commit = groupCommit(async (events: readonly AuditEvent[]) => {
    await ensureReady();
    const client = await pool.connect();
    let broken = false;
    try {
      await client.query('BEGIN');
      const { rows } = await client.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${t.head} WHERE id FOR UPDATE`);
      const row = rows[0];
      if (!row) throw new Error(`${t.head} has no row: the audit chain head is gone`);
      const { entries, head: last } = chainEntries({ seq: Number(row.seq), hash: row.hash }, events);
      await client.query(
        `INSERT INTO ${t.log} (seq, prev_hash, hash, at, event)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::timestamptz[], $5::jsonb[])`,
        [entries.map((e) => e.seq), entries.map((e) => e.prevHash), entries.map((e) => e.hash), events.map((e) => e.at), events.map((e) => canonicalJson(e))],
      );
      await client.query(`UPDATE ${t.head} SET seq = $1, hash = $2 WHERE id`, [last.seq, last.hash]);
      await client.query('COMMIT');
      return entries;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {
        broken = true;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  });

  const append = checkedAppend(commit);

  return {
    append,

    async read({ jurisdiction, limit, afterSeq = 0 }: ReadFilter = {}) {
      try {
        const { rows } = await pool.query<{ seq: string; prev_hash: string; hash: string; event: unknown }>(
          `SELECT seq, prev_hash, hash, event FROM ${t.log}
           WHERE seq > $1
             AND ($2::text IS NULL OR EXISTS (
               SELECT 1 FROM jsonb_array_elements_text(
                 CASE WHEN jsonb_typeof(event->'records') = 'array' THEN event->'records' ELSE '[]'::jsonb END
               ) AS r WHERE split_part(r, ':', 1) = $2))
           ORDER BY seq
           LIMIT $3`,
          [afterSeq, jurisdiction ?? null, limit === undefined || limit === Infinity ? null : limit],
        );
        return rows.map((r) => parseStoredEntry({ seq: Number(r.seq), prevHash: r.prev_hash, hash: r.hash, event: r.event }, Number(r.seq)));
      } catch (error) {
        if (isNothingYet(error)) return [];
        throw error;
      }
    },

    async head(): Promise<ChainHead> {
      try {
        const { rows } = await pool.query<{ seq: string; hash: string }>(`SELECT seq, hash FROM ${t.head} WHERE id`);
        const row = rows[0];
        return row ? { seq: Number(row.seq), hash: row.hash } : GENESIS;
      } catch (error) {
        if (isNothingYet(error)) return GENESIS;
        throw error;
      }
    },

    async close() {
      if (!owned || closed) return;
      closed = true;
      await pool.end();
    },
  };
}
